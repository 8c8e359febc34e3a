// How the matrix calls the service desk's routes. A change that needs ownership runs on the role's
// own ticket (tkt_0010 + the role's index, seeded open); `prepare` puts it back to open, unescalated,
// straight into the database (the rival holds the lock), so every status move it tries is allowed.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { tickets } from "../../../db/schema";
import type { RouteCall, RouteCase } from "./route-calls";

const t = (c: RouteCase) => `/api/desk/tickets/${c.ids.ticket}`;

async function reopen(p: { customer: string }): Promise<Record<string, string>> {
  await createDatabase({ DB: env.DB })
    .update(tickets)
    .set({ status: "open", slaPausedAt: null, escalated: false, team: "support" })
    .where(eq(tickets.id, p.customer));
  return {};
}

export const DESK_ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/desk/tickets": { request: () => ({ path: "/api/desk/tickets?limit=20" }) },
  "GET /api/desk/counters": { request: () => ({ path: "/api/desk/counters" }) },
  "GET /api/desk/tickets/:id": { request: (c) => ({ path: t(c) }) },
  "POST /api/desk/tickets": {
    request: (c) => ({
      path: "/api/desk/tickets",
      body: { customerId: c.ids.customer, subject: `Matrix ${c.unique}`, priority: "low", body: "Opened by the matrix" },
    }),
  },
  "POST /api/desk/tickets/:id/replies": {
    request: (c) => ({ path: `${t(c)}/replies`, body: { lockToken: c.lockToken, body: `matrix reply ${c.unique}` } }),
    prepare: reopen,
  },
  "POST /api/desk/tickets/:id/notes": { request: (c) => ({ path: `${t(c)}/notes`, body: { text: `matrix note ${c.unique}` } }) },
  "POST /api/desk/tickets/:id/status": {
    request: (c) => ({ path: `${t(c)}/status`, body: { lockToken: c.lockToken, status: "waiting_on_client", note: `matrix ${c.unique}` } }),
    prepare: reopen,
  },
  "POST /api/desk/tickets/:id/escalate": {
    request: (c) => ({ path: `${t(c)}/escalate`, body: { lockToken: c.lockToken, note: `matrix ${c.unique}` } }),
    prepare: reopen,
  },
  "GET /api/portal/tickets": { request: () => ({ path: "/api/portal/tickets" }) },
  "POST /api/portal/tickets": { request: () => ({ path: "/api/portal/tickets", body: { subject: "x", body: "x" } }) },
  "GET /api/portal/tickets/:id": { request: (c) => ({ path: `/api/portal/tickets/${c.ids.ticket}` }) },
  "POST /api/portal/tickets/:id/replies": {
    request: (c) => ({ path: `/api/portal/tickets/${c.ids.ticket}/replies`, body: { body: "x" } }),
  },
  "POST /api/portal/tickets/:id/reopen": { request: (c) => ({ path: `/api/portal/tickets/${c.ids.ticket}/reopen`, body: { body: "x" } }) },
  "POST /api/portal/tickets/:id/rating": { request: (c) => ({ path: `/api/portal/tickets/${c.ids.ticket}/rating`, body: { rating: 3 } }) },
  "POST /api/email/inbound": {
    request: (c) => ({ path: "/api/email/inbound", body: { from: c.email, to: "desk@tandem.test", subject: "x", text: "unsigned" } }),
  },
};
