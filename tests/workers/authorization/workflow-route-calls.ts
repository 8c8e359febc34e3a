// How the matrix calls the routes of the rep's day added by issue 13: callbacks (no ownership: each
// permitted role makes its own callback to move), direct-deposit loans (opened by the rival who holds
// the lock, paid out by the caller) and compliance's quarterly reviews.
import { post } from "../support/json";
import type { RouteCall, RouteCase } from "./route-calls";

type Prepared = Parameters<NonNullable<RouteCall["prepare"]>>[0];
const HOUR = 3_600_000;
/** Well-formed ids of the other org (or of nothing). */
const FOREIGN = { callback: "cb_foreign01", loan: "loa_foreign01" };
const made = (c: RouteCase, key: keyof typeof FOREIGN) => c.made?.[key] ?? FOREIGN[key];

/** A callback of the caller's own, on the account the matrix gives it. */
async function ownCallback(p: Prepared) {
  const res = await post<{ callbackId: string }>(`/api/customers/${p.customer}/callbacks`, p.cookie, {
    dueAt: Date.now() + 2 * HOUR,
    note: "Client asked to call back this afternoon",
  });
  if (res.status !== 201) throw new Error(`no callback: ${res.status} ${JSON.stringify(res.body)}`);
  return { callback: res.body.callbackId };
}

/** A direct-deposit loan opened by the rival (so anyone else may pay it out). */
async function openedLoan(p: Prepared) {
  const res = await post<{ loanId: string }>(`/api/customers/${p.customer}/loans`, p.cookie, {
    lockToken: p.lockToken,
    note: "Client asked for $500 to their checking account",
    principalCents: 50_000,
    accountNumber: "000111222333",
  });
  if (res.status !== 201) throw new Error(`no loan: ${res.status} ${JSON.stringify(res.body)}`);
  return { loan: res.body.loanId };
}

export const WORKFLOW_ROUTE_CALLS: Record<string, RouteCall> = {
  "POST /api/customers/:id/callbacks": {
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/callbacks`,
      body: { dueAt: Date.now() + HOUR, note: `matrix ${c.unique}: call back in an hour` },
    }),
  },
  "POST /api/customers/:id/callbacks/:callbackId/reschedule": {
    prepare: ownCallback,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/callbacks/${made(c, "callback")}/reschedule`,
      body: { dueAt: Date.now() + 3 * HOUR, note: `matrix ${c.unique}: later, she is at work` },
    }),
  },
  "POST /api/customers/:id/callbacks/:callbackId/complete": {
    prepare: ownCallback,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/callbacks/${made(c, "callback")}/complete`,
      body: { note: `matrix ${c.unique}: called back, payment date moved` },
    }),
  },
  "GET /api/callbacks/assignees": { request: () => ({ path: "/api/callbacks/assignees" }) },
  "POST /api/customers/:id/loans": {
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/loans`,
      body: { lockToken: c.lockToken, note: `matrix ${c.unique}`, principalCents: 50_000, accountNumber: "000111222333" },
    }),
  },
  "POST /api/customers/:id/loans/:loanId/payout": {
    prepare: openedLoan,
    request: (c) => ({
      path: `/api/customers/${c.ids.customer}/loans/${made(c, "loan")}/payout`,
      body: { lockToken: c.lockToken, note: `matrix ${c.unique}: account verified, paying out` },
    }),
  },
  "GET /api/compliance/reviews": { request: () => ({ path: "/api/compliance/reviews" }) },
  "POST /api/compliance/reviews": {
    request: (c) => ({
      path: "/api/compliance/reviews",
      body: { from: "2026-07-01", to: "2026-09-30", scope: { tab: "notes" }, note: `matrix ${c.unique}: Q3 reviewed` },
    }),
  },
};
