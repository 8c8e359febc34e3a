// How the authorization matrix calls the integration routes (route-calls.ts has the rest). The
// org's endpoint is Northwind's order platform; the other org's is Harbor's.
import type { RouteCall } from "./route-calls";

const endpoint = (org: "own" | "other") => (org === "own" ? "ie_northwind_orders" : "ie_harbor_orders");

export const INTEGRATION_ROUTE_CALLS: Record<string, RouteCall> = {
  // Back ends, not people: an endpoint id nobody has is not found, whoever calls.
  "POST /api/integrations/:endpointId/events": {
    request: (c) => ({ path: "/api/integrations/ie_no_such_endpoint/events", body: { id: `evt-${c.unique}`, type: "test.ping" } }),
  },
  "POST /api/integrations/:endpointId/events/batch": {
    request: (c) => ({
      path: "/api/integrations/ie_no_such_endpoint/events/batch",
      body: { events: [{ id: `evt-${c.unique}`, type: "test.ping" }] },
    }),
  },
  "GET /api/customers/:id/sync": { request: (c) => ({ path: `/api/customers/${c.ids.customer}/sync` }) },
  "GET /api/integrations/health": { request: () => ({ path: "/api/integrations/health" }) },
  "GET /api/integrations/endpoints/:id/dead-letters": {
    request: (c) => ({ path: `/api/integrations/endpoints/${endpoint(c.org)}/dead-letters` }),
  },
  // No dead letter in the seed: a permitted caller is told so (404), like everyone else for another org's.
  "GET /api/integrations/endpoints/:id/dead-letters/:eventId": {
    request: (c) => ({ path: `/api/integrations/endpoints/${endpoint(c.org)}/dead-letters/evt-none` }),
  },
  "POST /api/integrations/endpoints/:id/dead-letters/:eventId/replay": {
    request: (c) => ({ path: `/api/integrations/endpoints/${endpoint(c.org)}/dead-letters/evt-none/replay`, body: {} }),
  },
  "POST /api/integrations/endpoints/:id/test-event": {
    request: (c) => ({ path: `/api/integrations/endpoints/${endpoint(c.org)}/test-event`, body: {} }),
  },
  "POST /api/integrations/outbox/:id/retry": {
    request: () => ({ path: "/api/integrations/outbox/obx_none/retry", body: {} }),
  },
};
