// How the authorization matrix calls each HTTP route: path, body, and any state it needs first.
// Who may call it, and what each caller must get, is written in route-spec.ts; every route there
// needs an entry here (the matrix names any missing).
import { SEED_PROCESSES } from "../../../db/seed/monitor-processes";
import type { SpecRole } from "../../shared/authorization-spec";
import { DESK_ROUTE_CALLS } from "./desk-route-calls";
import { FAQ_ROUTE_CALLS } from "./faq-route-calls";
import { INTEGRATION_ROUTE_CALLS } from "./integration-route-calls";
import { LOYALTY_ROUTE_CALLS } from "./loyalty-route-calls";
import { MERCHANT_ROUTE_CALLS } from "./merchant-route-calls";
import { ORDER_ROUTE_CALLS } from "./order-route-calls";
import { PORTAL_ROUTE_CALLS } from "./portal-route-calls";
import { WORKFLOW_ROUTE_CALLS } from "./workflow-route-calls";

/** Ids of the org a request targets: the caller's own (Northwind) or another (Harbor). */
export interface Ids {
  customer: string;
  staff: string;
  team: string;
  region: string;
  /** A note the caller wrote (own org) or any note of the other org. */
  note: string;
  /** A merchant and its records (on routes that change a merchant, the merchant the matrix gives the role). */
  merchant: string;
  endpoint: string;
  invoice: string;
  planChange: string;
  plan: string;
  /** A ticket (on routes that need its ownership, the ticket the matrix gives the role). */
  ticket: string;
}

export interface RouteCase {
  role: SpecRole;
  org: "own" | "other";
  ids: Ids;
  /** The fencing token to present: the caller's own when it holds the lock, else the current one. */
  lockToken: number;
  /** Unique per request, for things that must not collide (emails, names). */
  unique: string;
  email: string;
  /** Ids a route's `prepare` made for this case (own org only). */
  made?: Record<string, string>;
}

export interface RouteCall {
  /** The request the matrix sends; its expected status comes from ROUTE_SPEC (route-spec.ts). */
  request(c: RouteCase): { path: string; body?: unknown };
  /** For an `app.all` route: the methods to send (each one runs the whole matrix). */
  methods?: readonly string[];
  /**
   * State the route needs to succeed (an order in the right status, a plan change at the role's
   * stage): on a route that needs ownership, made by the rival holding the lock on the account
   * (`customer` is the account's id, whatever its kind); on one that does not, by the caller itself
   * when the spec permits it (a callback of its own to move). `role` is the caller's.
   */
  prepare?: (p: { customer: string; cookie: string; lockToken: number; role: SpecRole }) => Promise<Record<string, string>>;
  /** Ends the caller's session(s): the matrix signs in afresh around it. */
  session?: "ends-one" | "ends-all";
  /** Answers without org data (the dev sign-in list of seeded staff of every org). */
  crossOrgByDesign?: true;
}

const EVERY_METHOD = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

export const ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/health": { request: () => ({ path: "/api/health" }) },
  "GET /api/auth/dev/staff": {
    request: () => ({ path: "/api/auth/dev/staff" }),
    crossOrgByDesign: true,
  },
  "POST /api/auth/dev/sign-in": {
    request: (c) => ({ path: "/api/auth/dev/sign-in", body: { email: c.email } }),
  },
  "POST /api/auth/sign-out": {
    request: () => ({ path: "/api/auth/sign-out", body: {} }),
    session: "ends-one",
  },
  "POST /api/auth/sign-out-everywhere": {
    request: () => ({ path: "/api/auth/sign-out-everywhere", body: {} }),
    session: "ends-all",
  },
  // Without an identity provider configured both send the browser back to the sign-in page;
  // the full flow runs against a real provider in tests/e2e/oidc.test.ts.
  "GET /api/auth/oidc/start": { request: () => ({ path: "/api/auth/oidc/start" }) },
  "GET /api/auth/oidc/callback": {
    request: () => ({ path: "/api/auth/oidc/callback?code=x&state=y" }),
  },
  "GET /api/dev/outbox": { request: () => ({ path: "/api/dev/outbox" }) },
  "GET /api/me": { request: () => ({ path: "/api/me" }) },

  "GET /api/customers": {
    request: (c) => ({ path: `/api/customers${q({ q: c.org === "own" ? "Johnson" : "cus_9001" })}` }),
  },
  "GET /api/customers/:id": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}` }),
  },
  "GET /api/customers/:id/activity": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/activity` }),
  },
  "POST /api/customers/:id/notes": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes`, body: { text: `matrix ${c.unique}` } }),
  },
  "PATCH /api/customers/:id/profile": {
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/profile`,
      body: { lockToken: c.lockToken, note: "Customer asked for evening calls", changes: { preferredContactTime: `after ${c.unique}` } },
    }),
  },
  "POST /api/customers/:id/prompts/:promptId/dismiss": {
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/prompts/identity-unverified/dismiss`,
      body: { reason: "Verified on the call" },
    }),
  },
  "GET /api/customers/:id/notes": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes` }),
  },
  "PATCH /api/customers/:id/notes/:noteId": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes/${c.ids.note}`, body: { text: `edited ${c.unique}` } }),
  },
  "POST /api/customers/:id/reveal": {
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/reveal`, body: { field: "dateOfBirth", note: "Caller verified" } }),
  },
  "GET /api/call-list": { request: () => ({ path: "/api/call-list" }) },
  "GET /api/dashboard": {
    request: (c) => ({ path: `/api/dashboard?team=${c.ids.team}` }),
  },

  // A lead watches their own team (the default); another org's team is not found.
  "GET /api/monitor": { request: (c) => ({ path: c.org === "own" ? "/api/monitor" : `/api/monitor?team=${c.ids.team}` }) },
  "GET /api/monitor/drill": {
    request: (c) => ({
      path: `/api/monitor/drill${q(c.org === "own" ? { process: "prc_northwind_inbound-payment", staff: "stf_ana", step: "payment" } : { process: "prc_harbor_inbound-payment", staff: c.ids.staff, step: "payment" })}`,
    }),
  },
  "GET /api/monitor/me": { request: () => ({ path: "/api/monitor/me" }) },
  "GET /api/monitor/processes": { request: () => ({ path: "/api/monitor/processes" }) },
  "PUT /api/monitor/processes/:id": {
    request: (c) => ({
      path: `/api/monitor/processes/${c.org === "own" ? "prc_northwind_loan-servicing" : "prc_harbor_loan-servicing"}`,
      body: { name: "Loan servicing call", steps: SEED_PROCESSES[2]?.steps, note: `Matrix check ${c.unique}` },
    }),
  },
  "POST /api/monitor/assignments": {
    request: (c) => ({
      path: "/api/monitor/assignments",
      body: {
        kind: "course",
        staffId: c.org === "own" ? "stf_ana" : c.ids.staff,
        processId: c.org === "own" ? "prc_northwind_inbound-payment" : "prc_harbor_inbound-payment",
        stepKey: "payment",
        courseId: "payments-one-pass",
      },
    }),
  },
  // Each measured role marks its own seeded assignment done (again: done is done).
  "POST /api/monitor/assignments/:id/done": {
    request: (c) => ({
      path: `/api/monitor/assignments/${c.org === "other" ? "trn_harbor_none" : c.role === "senior_rep" ? "trn_seed_sam_wrap" : "trn_seed_ana_intake"}/done`,
      body: {},
    }),
  },
  "POST /api/monitor/steps": {
    request: (c) => ({
      path: "/api/monitor/steps",
      body: {
        customerId: c.ids.customer,
        interactionId: "int_00000000000000000000",
        batchId: `matrix-${c.unique}`,
        sentAt: Date.now(),
        intervals: [],
        current: null,
      },
    }),
  },

  "GET /api/admin/staff": { request: () => ({ path: "/api/admin/staff" }) },
  "POST /api/admin/staff": {
    request: (c) => ({
      path: "/api/admin/staff",
      body: { email: `m${c.unique}@tandem.test`, name: "Matrix Person", role: "rep", teamId: c.ids.team },
    }),
  },
  "PATCH /api/admin/staff/:id": {
    request: (c) => ({ path: `/api/admin/staff/${c.ids.staff}`, body: { name: c.org === "own" ? "Wes Hale" : "Hijacked" } }),
  },
  "GET /api/admin/org": { request: () => ({ path: "/api/admin/org" }) },
  "POST /api/admin/regions": {
    request: (c) => ({ path: "/api/admin/regions", body: { name: `Region ${c.unique}` } }),
  },
  "PATCH /api/admin/regions/:id": {
    request: (c) => ({ path: `/api/admin/regions/${c.ids.region}`, body: { name: c.org === "own" ? "Pacific" : "Hijacked" } }),
  },
  "POST /api/admin/teams": {
    request: (c) => ({ path: "/api/admin/teams", body: { name: `Team ${c.unique}`, regionId: c.ids.region } }),
  },
  "PATCH /api/admin/teams/:id": {
    request: (c) => ({ path: `/api/admin/teams/${c.ids.team}`, body: { name: c.org === "own" ? "West" : "Hijacked" } }),
  },

  "GET /api/compliance/people": {
    request: () => ({ path: "/api/compliance/people" }),
  },
  "GET /api/compliance/notes": {
    request: (c) => ({ path: `/api/compliance/notes?customerId=${c.ids.customer}` }),
  },
  "GET /api/compliance/audit": {
    request: (c) => ({ path: `/api/compliance/audit?staffId=${c.ids.staff}` }),
  },
  "GET /api/compliance/audit/verify": {
    request: () => ({ path: "/api/compliance/audit/verify" }),
  },
  "GET /api/compliance/notes/export": {
    request: (c) => ({ path: `/api/compliance/notes/export?customerId=${c.ids.customer}` }),
  },
  "GET /api/compliance/audit/export": {
    request: (c) => ({ path: `/api/compliance/audit/export?staffId=${c.ids.staff}` }),
  },
  ...ORDER_ROUTE_CALLS,
  ...LOYALTY_ROUTE_CALLS,
  ...INTEGRATION_ROUTE_CALLS,
  ...WORKFLOW_ROUTE_CALLS,
  ...FAQ_ROUTE_CALLS,
  ...MERCHANT_ROUTE_CALLS,
  ...DESK_ROUTE_CALLS,
  ...PORTAL_ROUTE_CALLS,
  // Fallbacks registered with app.all, sent with each method: an unknown API path, a room path naming no room.
  "ALL /api/*": { request: () => ({ path: "/api/no-such-route" }), methods: EVERY_METHOD },
  "ALL /parties/*": { request: () => ({ path: "/parties/customer-room" }), methods: EVERY_METHOD },
  // The web app's files: public, checked for a session-free answer.
  "GET /*": { request: () => ({ path: "/sign-in" }) },
};
