// How the matrix calls the loyalty routes (issue 17). Ids follow the seed's rules: purchases are
// ltx_<customer number>_<n>, campaigns cmp_<org>_<key>, stores sto_<org>_<n>; another org's are
// well formed and never found. The lockout reset needs a locked-out customer: the rival's `prepare`
// has the loyalty platform report five wrong codes first.
import { lockOut } from "../support/loyalty";
import type { RouteCall, RouteCase } from "./route-calls";

const customer = (c: RouteCase) => c.ids.customer;
const number = (c: RouteCase) => customer(c).slice(4);
const read = (tail: string) => ({ request: (c: RouteCase) => ({ path: `/api/customers/${customer(c)}/${tail}` }) });

export const LOYALTY_ROUTE_CALLS: Record<string, RouteCall> = {
  "POST /api/connectors/loyalty/events": {
    request: (c) => ({
      path: "/api/connectors/loyalty/events",
      body: { customerId: c.ids.customer, eventId: `matrix-${c.unique}`, event: {} },
    }),
  },
  "GET /api/customers/:id/loyalty": read("loyalty"),
  "GET /api/customers/:id/campaigns": read("campaigns"),
  "GET /api/customers/:id/incentives": read("incentives"),
  "GET /api/customers/:id/rewards": read("rewards"),
  "GET /api/customers/:id/promos": read("promos"),
  "GET /api/customers/:id/tags": read("tags"),
  "GET /api/customers/:id/devices": read("devices"),
  "GET /api/customers/:id/locations": read("locations"),
  "GET /api/customers/:id/stores/nearby": {
    request: (c) => ({ path: `/api/customers/${customer(c)}/stores/nearby?from=store:sto_${c.org === "own" ? "nw" : "hb"}_001&radius=50` }),
  },
  "GET /api/customers/:id/transactions/:transactionId": {
    request: (c) => ({ path: `/api/customers/${customer(c)}/transactions/ltx_${number(c)}_1` }),
  },
  "POST /api/customers/:id/promos/lockout/reset": {
    request: (c) => ({
      path: `/api/customers/${customer(c)}/promos/lockout/reset`,
      body: { lockToken: c.lockToken, note: `matrix ${c.unique}` },
    }),
    prepare: async (p) => {
      await lockOut(p.customer);
      return {};
    },
  },
  "GET /api/campaigns/:id": {
    request: (c) => ({ path: `/api/campaigns/cmp_${c.org === "own" ? "nw" : "hb"}_spring` }),
  },
};
