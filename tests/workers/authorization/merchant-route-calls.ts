// How the matrix calls the merchant routes. Changes need state: an invoice still open, a plan change
// waiting at the caller's own stage (or returned to sales); `prepare` puts it straight into the
// database (the rival holds the lock, and nobody else could make a request reach every stage).
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { invoices, merchants, planChangeRequests } from "../../../db/schema";
import { SPEC_STAGE_ROLE, type SpecRole } from "../../shared/authorization-spec";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import type { RouteCall, RouteCase } from "./route-calls";

type Prepared = Parameters<NonNullable<RouteCall["prepare"]>>[0];
const db = () => createDatabase({ DB: env.DB });
const m = (c: RouteCase) => `/api/merchants/${c.ids.merchant}`;
const noted = (c: RouteCase, body: Record<string, unknown> = {}) => ({ lockToken: c.lockToken, note: `matrix ${c.unique}`, ...body });
const made = (c: RouteCase, key: "invoice" | "planChange") => c.made?.[key] ?? c.ids[key];
/** A month long before the seeded invoices: nobody invoiced it, and it has ended. */
const UNBILLED = new Date(TEST_ANCHOR - 200 * 86_400_000).toISOString().slice(0, 7);

/** The stage whose role is the caller's (engineering's for roles that have none). */
function stageFor(role: SpecRole) {
  const stages = Object.entries(SPEC_STAGE_ROLE) as [keyof typeof SPEC_STAGE_ROLE, string | null][];
  return stages.find(([stage, who]) => who === role && stage !== "returned" && stage !== "scheduled")?.[0] ?? "engineering";
}

async function request(p: Prepared, stage: keyof typeof SPEC_STAGE_ROLE): Promise<Record<string, string>> {
  const [merchant] = await db().select().from(merchants).where(eq(merchants.id, p.customer));
  if (!merchant) throw new Error(`no merchant ${p.customer}`);
  const id = `pcr_matrix_${p.customer}_${p.role}_${String(Math.random()).slice(2, 10)}`;
  const now = Date.now();
  await db()
    .insert(planChangeRequests)
    .values({
      id,
      orgId: merchant.orgId,
      merchantId: merchant.id,
      fromPlanVersionId: merchant.planVersionId,
      toPlanVersionId: merchant.planVersionId === "plv_nw_scale_1" ? "plv_nw_growth_2" : "plv_nw_scale_1",
      reason: "Matrix request",
      stage,
      stageSince: now,
      openedBy: "stf_sales",
      openedAt: now,
    });
  return { planChange: id };
}

async function openInvoice(p: Prepared): Promise<Record<string, string>> {
  const id = `inv_matrix_${p.customer}`;
  const now = Date.now();
  await db()
    .insert(invoices)
    .values({
      id,
      orgId: "org_northwind",
      merchantId: p.customer,
      number: `INV-MATRIX-${p.customer}`,
      period: UNBILLED,
      kind: "monthly",
      status: "open",
      issuedAt: now,
      dueAt: now,
      totalCents: 0,
      dedupeKey: `matrix:${p.customer}`,
    });
  return { invoice: id };
}

export const MERCHANT_ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/merchants": { request: (c) => ({ path: `/api/merchants?q=${c.org === "own" ? "o" : "Harbor"}` }) },
  "GET /api/merchants/:id": { request: (c) => ({ path: m(c) }) },
  "GET /api/merchants/:id/activity": { request: (c) => ({ path: `${m(c)}/activity` }) },
  "GET /api/merchants/:id/notes": { request: (c) => ({ path: `${m(c)}/notes` }) },
  "POST /api/merchants/:id/notes": { request: (c) => ({ path: `${m(c)}/notes`, body: { text: `matrix ${c.unique}` } }) },
  "PATCH /api/merchants/:id/profile": {
    request: (c) => ({ path: `${m(c)}/profile`, body: noted(c, { changes: { website: `https://m${c.unique}.example` } }) }),
  },
  "GET /api/merchants/:id/endpoints": { request: (c) => ({ path: `${m(c)}/endpoints` }) },
  "POST /api/merchants/:id/endpoints": {
    request: (c) => ({
      path: `${m(c)}/endpoints`,
      body: noted(c, {
        kind: "checkout",
        name: "Matrix checkout",
        url: "https://matrix.example/checkout",
        modelVersionId: "dmv_nw_lease-std_1",
      }),
    }),
  },
  "POST /api/merchants/:id/endpoints/:endpointId/rotate-key": {
    request: (c) => ({ path: `${m(c)}/endpoints/${c.ids.merchant.replace("mer_", "mep_")}_1/rotate-key`, body: noted(c) }),
  },
  "PATCH /api/merchants/:id/endpoints/:endpointId/model": {
    request: (c) => ({
      path: `${m(c)}/endpoints/${c.ids.merchant.replace("mer_", "mep_")}_1/model`,
      body: noted(c, { modelVersionId: "dmv_nw_lease-std_1", thresholds: null }),
    }),
  },
  "POST /api/merchants/:id/endpoints/:endpointId/test": {
    request: (c) => ({ path: `${m(c)}/endpoints/${c.ids.endpoint}/test`, body: {} }),
  },
  "GET /api/decision-models": { request: () => ({ path: "/api/decision-models" }) },
  "GET /api/merchants/:id/ledger": { request: (c) => ({ path: `${m(c)}/ledger` }) },
  "POST /api/merchants/:id/ledger": {
    request: (c) => ({ path: `${m(c)}/ledger`, body: noted(c, { kind: "deposit", amountCents: 1_000 }) }),
  },
  "GET /api/merchants/:id/invoices/:invoiceId": { request: (c) => ({ path: `${m(c)}/invoices/${c.ids.invoice}` }) },
  "GET /api/merchants/:id/invoices/:invoiceId/csv": { request: (c) => ({ path: `${m(c)}/invoices/${c.ids.invoice}/csv` }) },
  "POST /api/merchants/:id/invoices": { request: (c) => ({ path: `${m(c)}/invoices`, body: noted(c, { period: UNBILLED }) }) },
  "POST /api/merchants/:id/invoices/:invoiceId/status": {
    prepare: openInvoice,
    request: (c) => ({ path: `${m(c)}/invoices/${made(c, "invoice")}/status`, body: noted(c, { status: "void" }) }),
  },
  "POST /api/merchants/:id/contracts": {
    request: (c) => ({
      path: `${m(c)}/contracts`,
      body: noted(c, { title: "Merchant agreement", effectiveFrom: "2027-01-01", summary: "Renewal" }),
    }),
  },
  "POST /api/merchants/:id/plan-changes": {
    request: (c) => ({ path: `${m(c)}/plan-changes`, body: noted(c, { toPlanVersionId: "plv_nw_enterprise_1" }) }),
  },
  "POST /api/merchants/:id/plan-changes/:requestId/approve": {
    prepare: (p) => request(p, stageFor(p.role)),
    request: (c) => ({
      path: `${m(c)}/plan-changes/${made(c, "planChange")}/approve`,
      body: noted(c, { releaseAt: Date.now() + 86_400_000 }),
    }),
  },
  "POST /api/merchants/:id/plan-changes/:requestId/send-back": {
    prepare: (p) => request(p, stageFor(p.role)),
    request: (c) => ({ path: `${m(c)}/plan-changes/${made(c, "planChange")}/send-back`, body: noted(c) }),
  },
  "POST /api/merchants/:id/plan-changes/:requestId/resubmit": {
    prepare: (p) => request(p, "returned"),
    request: (c) => ({ path: `${m(c)}/plan-changes/${made(c, "planChange")}/resubmit`, body: noted(c) }),
  },
  "POST /api/merchants/:id/plan-changes/:requestId/cancel": {
    prepare: (p) => request(p, "returned"),
    request: (c) => ({ path: `${m(c)}/plan-changes/${made(c, "planChange")}/cancel`, body: noted(c) }),
  },
  "GET /api/plan-changes": { request: () => ({ path: "/api/plan-changes" }) },
  "GET /api/plans": { request: () => ({ path: "/api/plans" }) },
  "POST /api/plans/:id/versions": {
    request: (c) => ({
      path: `/api/plans/${c.ids.plan}/versions`,
      body: {
        monthlyFeeCents: 25_900,
        transactionFeeCents: 20,
        discountRateBps: 270,
        monthlyMinimumCents: 29_900,
        includedEndpoints: 3,
        modelTier: "advanced",
        notes: `matrix ${c.unique}`,
      },
    }),
  },
  "POST /api/public/endpoints/:endpointId/applications": {
    request: (c) => ({
      path: `/api/public/endpoints/${c.ids.endpoint}/applications`,
      body: { event: "application.submitted", score: 700, amountCents: 1, termMonths: 1 },
    }),
  },
};
