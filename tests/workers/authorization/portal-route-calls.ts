// How the authorization matrix calls the merchant portal's routes with staff sessions (route-spec.ts
// says what each caller gets: the portal's data routes refuse every staff cookie).
import type { RouteCall } from "./route-calls";

export const PORTAL_ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/portal/session": { request: () => ({ path: "/api/portal/session" }) },
  "GET /api/portal/auth/dev/users": { request: () => ({ path: "/api/portal/auth/dev/users" }), crossOrgByDesign: true },
  // A staff member's email is no portal user's.
  "POST /api/portal/auth/dev/sign-in": { request: (c) => ({ path: "/api/portal/auth/dev/sign-in", body: { email: c.email } }) },
  "POST /api/portal/auth/code/start": { request: (c) => ({ path: "/api/portal/auth/code/start", body: { email: c.email } }) },
  "POST /api/portal/auth/code/verify": {
    request: (c) => ({ path: "/api/portal/auth/code/verify", body: { email: c.email, code: "000000" } }),
  },
  "POST /api/portal/auth/link/check": {
    request: (c) => ({ path: "/api/portal/auth/link/check", body: { token: `matrix-${c.unique}-link-token-0000000000` } }),
  },
  "POST /api/portal/auth/link": {
    request: (c) => ({ path: "/api/portal/auth/link", body: { token: `matrix-${c.unique}-link-token-0000000000` } }),
  },
  "POST /api/portal/auth/sign-out": { request: () => ({ path: "/api/portal/auth/sign-out", body: {} }) },
  "GET /api/portal/me": { request: () => ({ path: "/api/portal/me" }) },
  "GET /api/portal/transactions": { request: () => ({ path: "/api/portal/transactions" }) },
  "GET /api/portal/transactions/:id": { request: () => ({ path: "/api/portal/transactions/ord_pt_0001_07" }) },
  "GET /api/portal/settlements": { request: () => ({ path: "/api/portal/settlements" }) },
  "GET /api/portal/invoices": { request: () => ({ path: "/api/portal/invoices" }) },
  "GET /api/portal/invoices/:id": { request: (c) => ({ path: `/api/portal/invoices/${c.ids.invoice}` }) },
  "GET /api/portal/invoices/:id/csv": { request: (c) => ({ path: `/api/portal/invoices/${c.ids.invoice}/csv` }) },
  "GET /api/portal/contracts": { request: () => ({ path: "/api/portal/contracts" }) },
  "GET /api/portal/integration": { request: () => ({ path: "/api/portal/integration" }) },
  "GET /api/portal/plan": { request: () => ({ path: "/api/portal/plan" }) },
  "POST /api/portal/plan/requests": {
    request: () => ({ path: "/api/portal/plan/requests", body: { toPlanVersionId: "plv_nw_scale_1", note: "matrix" } }),
  },
  "GET /api/merchants/:id/portal-users": { request: (c) => ({ path: `/api/merchants/${c.ids.merchant}/portal-users` }) },
  "POST /api/merchants/:id/portal-users": {
    request: (c) => ({
      path: `/api/merchants/${c.ids.merchant}/portal-users`,
      body: { email: `matrix-${c.unique}@portal.test`, name: `Matrix ${c.unique}`, role: "staff" },
    }),
  },
  // Own org: Lakeside's staff member, already active (nothing changes, so every role's call is the
  // same); another org's merchant: 404.
  "POST /api/merchants/:id/portal-users/:userId/status": {
    request: (c) => ({
      path: `/api/merchants/${c.org === "own" ? "mer_0001" : c.ids.merchant}/portal-users/mus_0001_staff/status`,
      body: { status: "active", note: "matrix" },
    }),
  },
};
