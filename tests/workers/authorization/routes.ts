// What every HTTP route of the app must answer, per role, org and lock state. The matrix test
// walks createApp().routes: a route without an entry here fails it, so add one with every route.

import type { Permission } from "../../../core/domain/permissions";
import { canReveal } from "../../../core/domain/pii";
import type { Role } from "../../../core/domain/roles";
import { ORDER_ROUTES } from "./order-routes";

/** Ids of the org a request targets: the caller's own (Northwind) or another (Harbor). */
export interface Ids {
  customer: string;
  staff: string;
  team: string;
  region: string;
  /** A note the caller wrote (own org) or any note of the other org. */
  note: string;
}

export interface RouteCase {
  role: Role;
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

export interface RouteExpectation {
  /** "public": answers without a session. Otherwise 401 without one, 403 for roles missing any listed permission. */
  access: "public" | "signed-in" | Permission[];
  request(c: RouteCase): { path: string; body?: unknown };
  /** How another org's ids are refused: 404, or simply absent from a 200 answer. */
  otherOrg: "404" | "filtered";
  /** Changes the account's data: only the lock owner with the current token (409 otherwise). */
  ownership?: true;
  /** A rule after the permission check (the PII reveal policy). */
  allowed?: (role: Role) => boolean;
  /** 404: a public route whose matrix input (an unknown signing link) is not found, whoever asks. */
  success: 200 | 201 | 302 | 404;
  /** State the route needs to succeed (an order in the right status), made by the rival holding the lock. */
  prepare?: (p: { customer: string; cookie: string; lockToken: number }) => Promise<Record<string, string>>;
  /** Ends the caller's session(s): the matrix signs in afresh around it. */
  session?: "ends-one" | "ends-all";
  /** Answers without org data (the dev sign-in list of seeded staff of every org). */
  crossOrgByDesign?: true;
}

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

export const ROUTES: Record<string, RouteExpectation> = {
  "GET /api/health": { access: "public", request: () => ({ path: "/api/health" }), otherOrg: "filtered", success: 200 },
  "GET /api/auth/dev/staff": {
    access: "public",
    request: () => ({ path: "/api/auth/dev/staff" }),
    otherOrg: "filtered",
    success: 200,
    crossOrgByDesign: true,
  },
  "POST /api/auth/dev/sign-in": {
    access: "public",
    request: (c) => ({ path: "/api/auth/dev/sign-in", body: { email: c.email } }),
    otherOrg: "filtered",
    success: 200,
  },
  "POST /api/auth/sign-out": {
    access: "public",
    request: () => ({ path: "/api/auth/sign-out", body: {} }),
    otherOrg: "filtered",
    success: 200,
    session: "ends-one",
  },
  "POST /api/auth/sign-out-everywhere": {
    access: "signed-in",
    request: () => ({ path: "/api/auth/sign-out-everywhere", body: {} }),
    otherOrg: "filtered",
    success: 200,
    session: "ends-all",
  },
  // Without an identity provider configured both send the browser back to the sign-in page;
  // the full flow runs against a real provider in tests/e2e/oidc.test.ts.
  "GET /api/auth/oidc/start": { access: "public", request: () => ({ path: "/api/auth/oidc/start" }), otherOrg: "filtered", success: 302 },
  "GET /api/auth/oidc/callback": {
    access: "public",
    request: () => ({ path: "/api/auth/oidc/callback?code=x&state=y" }),
    otherOrg: "filtered",
    success: 302,
  },
  "GET /api/me": { access: "signed-in", request: () => ({ path: "/api/me" }), otherOrg: "filtered", success: 200 },

  "GET /api/customers": {
    access: ["customer.read"],
    request: (c) => ({ path: `/api/customers${q({ q: c.org === "own" ? "Johnson" : "cus_9001" })}` }),
    otherOrg: "filtered",
    success: 200,
  },
  "GET /api/customers/:id": {
    access: ["customer.read"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}` }),
    otherOrg: "404",
    success: 200,
  },
  "GET /api/customers/:id/activity": {
    access: ["customer.read"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/activity` }),
    otherOrg: "404",
    success: 200,
  },
  "POST /api/customers/:id/notes": {
    access: ["customer.read", "customer.note"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes`, body: { text: `matrix ${c.unique}` } }),
    otherOrg: "404",
    success: 201,
  },
  "PATCH /api/customers/:id/profile": {
    access: ["customer.read", "customer.edit"],
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/profile`,
      body: { lockToken: c.lockToken, note: "Customer asked for evening calls", changes: { preferredContactTime: `after ${c.unique}` } },
    }),
    otherOrg: "404",
    ownership: true,
    success: 200,
  },
  "POST /api/customers/:id/prompts/:promptId/dismiss": {
    access: ["customer.read", "prompt.dismiss"],
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/prompts/identity-unverified/dismiss`,
      body: { reason: "Verified on the call" },
    }),
    otherOrg: "404",
    success: 201,
  },
  "GET /api/customers/:id/notes": {
    access: ["customer.read"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes` }),
    otherOrg: "404",
    success: 200,
  },
  "PATCH /api/customers/:id/notes/:noteId": {
    access: ["customer.read", "customer.note"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/notes/${c.ids.note}`, body: { text: `edited ${c.unique}` } }),
    otherOrg: "404",
    success: 200,
  },
  "POST /api/customers/:id/reveal": {
    access: ["customer.read"],
    request: (c) => ({ path: `/api/customers/${c.ids.customer}/reveal`, body: { field: "dateOfBirth", note: "Caller verified" } }),
    otherOrg: "404",
    allowed: (role) => canReveal(role, "dateOfBirth"),
    success: 200,
  },
  "GET /api/call-list": { access: ["customer.read"], request: () => ({ path: "/api/call-list" }), otherOrg: "filtered", success: 200 },
  "GET /api/dashboard": {
    access: ["floor.watch"],
    request: (c) => ({ path: `/api/dashboard?team=${c.ids.team}` }),
    otherOrg: "404",
    success: 200,
  },

  "GET /api/admin/staff": { access: ["staff.manage"], request: () => ({ path: "/api/admin/staff" }), otherOrg: "filtered", success: 200 },
  "POST /api/admin/staff": {
    access: ["staff.manage"],
    request: (c) => ({
      path: "/api/admin/staff",
      body: { email: `m${c.unique}@tandem.test`, name: "Matrix Person", role: "rep", teamId: c.ids.team },
    }),
    otherOrg: "404",
    success: 201,
  },
  "PATCH /api/admin/staff/:id": {
    access: ["staff.manage"],
    request: (c) => ({ path: `/api/admin/staff/${c.ids.staff}`, body: { name: c.org === "own" ? "Wes Hale" : "Hijacked" } }),
    otherOrg: "404",
    success: 200,
  },
  "GET /api/admin/org": { access: ["staff.manage"], request: () => ({ path: "/api/admin/org" }), otherOrg: "filtered", success: 200 },
  "POST /api/admin/regions": {
    access: ["staff.manage"],
    request: (c) => ({ path: "/api/admin/regions", body: { name: `Region ${c.unique}` } }),
    otherOrg: "filtered",
    success: 201,
  },
  "PATCH /api/admin/regions/:id": {
    access: ["staff.manage"],
    request: (c) => ({ path: `/api/admin/regions/${c.ids.region}`, body: { name: c.org === "own" ? "Pacific" : "Hijacked" } }),
    otherOrg: "404",
    success: 200,
  },
  "POST /api/admin/teams": {
    access: ["staff.manage"],
    request: (c) => ({ path: "/api/admin/teams", body: { name: `Team ${c.unique}`, regionId: c.ids.region } }),
    otherOrg: "404",
    success: 201,
  },
  "PATCH /api/admin/teams/:id": {
    access: ["staff.manage"],
    request: (c) => ({ path: `/api/admin/teams/${c.ids.team}`, body: { name: c.org === "own" ? "West" : "Hijacked" } }),
    otherOrg: "404",
    success: 200,
  },

  "GET /api/compliance/people": {
    access: ["audit.read"],
    request: () => ({ path: "/api/compliance/people" }),
    otherOrg: "filtered",
    success: 200,
  },
  "GET /api/compliance/notes": {
    access: ["audit.read"],
    request: (c) => ({ path: `/api/compliance/notes?customerId=${c.ids.customer}` }),
    otherOrg: "filtered",
    success: 200,
  },
  "GET /api/compliance/audit": {
    access: ["audit.read"],
    request: (c) => ({ path: `/api/compliance/audit?staffId=${c.ids.staff}` }),
    otherOrg: "filtered",
    success: 200,
  },
  "GET /api/compliance/notes/export": {
    access: ["audit.read", "audit.export"],
    request: (c) => ({ path: `/api/compliance/notes/export?customerId=${c.ids.customer}` }),
    otherOrg: "filtered",
    success: 200,
  },
  "GET /api/compliance/audit/export": {
    access: ["audit.read", "audit.export"],
    request: (c) => ({ path: `/api/compliance/audit/export?staffId=${c.ids.staff}` }),
    otherOrg: "filtered",
    success: 200,
  },
  ...ORDER_ROUTES,
  // The web app's files: public, checked for a session-free answer.
  "GET /*": { access: "public", request: () => ({ path: "/sign-in" }), otherOrg: "filtered", success: 200 },
};

/** Middleware and fallbacks (method ALL on a wildcard) are not endpoints; room upgrades have their own matrix. */
export function isEndpoint(method: string, path: string): boolean {
  return !(method === "ALL" && path.endsWith("*"));
}

export type LockHolder = "self" | "other" | "nobody";

/** The status a request must get. Order mirrors the app: session, permission, org, lock, policy. */
export function expectedStatus(
  e: RouteExpectation,
  c: { role: Role | null; org: "own" | "other"; lock: LockHolder },
  can: (role: Role, p: Permission) => boolean,
): number {
  if (e.access === "public") return e.success;
  if (c.role === null) return 401;
  if (e.access !== "signed-in" && !e.access.every((p) => can(c.role as Role, p))) return 403;
  if (c.org === "other" && e.otherOrg === "404") return 404;
  if (e.ownership && c.lock !== "self") return 409;
  if (e.allowed && !e.allowed(c.role)) return 403;
  return e.success;
}

export const ERROR_CODE_FOR: Record<number, string[]> = {
  401: ["UNAUTHENTICATED"],
  403: ["FORBIDDEN"],
  404: ["NOT_FOUND"],
  409: ["LOCK_HELD", "LOCK_NOT_HELD", "LOCK_STALE"],
};
