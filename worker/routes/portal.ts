// The merchant portal's own data (/api/portal/*): every route needs a portal session
// (requireMerchantUser) and reads only the signed-in user's merchant; another merchant's id is not
// found (404), and the refusal is audited in the user's stream (middleware/errors.ts). Tickets are
// in portal-tickets.ts.
import { Hono } from "hono";
import * as v from "valibot";
import { monthBounds, monthKey } from "../../core/domain/billing";
import { endpointHealth } from "../../core/domain/decision-models";
import { customerShortName, fundingHeadline, fundingTimeline } from "../../core/domain/funding-timeline";
import { merchantBalance, statementFor } from "../../core/domain/ledger";
import { STAGE_LABELS } from "../../core/domain/plan-change";
import { systemActor } from "../../core/domain/system-actor";
import { AppError } from "../../core/protocol/errors";
import type { InvoiceDetail } from "../../core/protocol/merchant-answers";
import { StatementQuerySchema } from "../../core/protocol/merchant-queries";
import {
  type PortalContractList,
  type PortalIntegration,
  type PortalInvoiceList,
  type PortalMe,
  type PortalPlan,
  type PortalPlanRequested,
  PortalPlanRequestSchema,
  type PortalSettlements,
  type PortalTransaction,
  type PortalTransactionDetail,
  type PortalTransactionList,
} from "../../core/protocol/portal-answers";
import type { Database } from "../../db/client";
import { ledgerEntries } from "../../db/repositories/ledger";
import { contractsOf, findInvoice, invoicesOf } from "../../db/repositories/merchant-billing";
import { planCatalog } from "../../db/repositories/merchant-catalog";
import { deliveryStats, endpointsOf, RECENT_MS } from "../../db/repositories/merchant-endpoints";
import { findMerchant, findPlanVersion } from "../../db/repositories/merchants";
import { planChangesOfMerchant } from "../../db/repositories/plan-changes";
import {
  fundingEventsOf,
  lastErrors,
  merchantTransaction,
  merchantTransactions,
  type PortalTransactionRow,
  transactionItems,
} from "../../db/repositories/portal";
import type { AppEnv } from "../env";
import { invoiceCsv, presentInvoiceDetail } from "../merchant-presenters";
import { requireMerchantUser } from "../middleware/merchant-session";
import { validate } from "../middleware/validate";
import { presentPortalMe } from "../portal-presenters";
import { merchantRoomReply } from "../rooms";

const PAGE = 20;
const OrderParam = v.object({ id: v.pipe(v.string(), v.regex(/^ord_\w{1,40}$/, "is not a transaction id")) });
const InvoiceParam = v.object({ id: v.pipe(v.string(), v.regex(/^inv_[\w-]{1,60}$/, "is not an invoice id")) });
const ListQuery = v.object({ cursor: v.optional(v.pipe(v.string(), v.maxLength(120))) });

function present(row: PortalTransactionRow, events: Parameters<typeof fundingTimeline>[0]) {
  const context = {
    product: row.financing,
    amountCents: row.totalCents,
    customer: customerShortName(row.firstName, row.lastName),
    stopped: row.status === "cancelled" ? ("cancelled" as const) : row.status === "returned" ? ("returned" as const) : null,
  };
  const timeline = fundingTimeline(events, context);
  const headline = fundingHeadline(timeline);
  const transaction: PortalTransaction = {
    id: row.id,
    number: row.number,
    placedAt: row.createdAt,
    customer: context.customer,
    product: row.financing,
    amountCents: row.totalCents,
    state: headline.state,
    headline: headline.words,
  };
  return { transaction, timeline };
}

const encodeCursor = (row: PortalTransactionRow) => btoa(`${row.createdAt}:${row.id}`);
function decodeCursor(cursor: string | undefined): { createdAt: number; id: string } | null {
  if (!cursor) return null;
  try {
    const [at, id] = atob(cursor).split(":");
    if (!at || !id || !/^\d+$/.test(at)) throw new Error("bad");
    return { createdAt: Number(at), id };
  } catch {
    throw new AppError("VALIDATION", "Invalid cursor", [{ path: "cursor", message: "not a cursor this list gave" }]);
  }
}

async function merchantInvoice(db: Database, merchantId: string, orgId: string, invoiceId: string): Promise<InvoiceDetail> {
  const [merchant, invoice] = await Promise.all([findMerchant(db, orgId, merchantId), findInvoice(db, merchantId, invoiceId)]);
  if (!merchant || !invoice) throw new AppError("NOT_FOUND", "No such invoice");
  return presentInvoiceDetail(db, merchant, invoice);
}

const STAGE_WORDS: Record<string, string> = {
  engineering: "Our engineers are checking your integration works with the new plan",
  finance: "Finance is checking the fees and your balance",
  sales: "Your account manager is giving the final approval",
  scheduled: "Approved: it starts on the scheduled date",
  released: "Done: you are on this plan",
  returned: "Your account manager is reviewing it with the team",
  cancelled: "Cancelled",
};

const describeHealth = (health: string, total: number, failed: number) =>
  health === "idle"
    ? "No calls in the last 7 days."
    : `${health === "healthy" ? "Working" : health === "degraded" ? "Working, with some failures" : "Failing"}: ${total} calls in the last 7 days, ${failed} failed.`;

export const portalRoutes = new Hono<AppEnv>()
  .get("/me", requireMerchantUser, async (c) => {
    return c.json<PortalMe>(await presentPortalMe(c.var.db, c.var.merchantUser));
  })
  .get("/transactions", requireMerchantUser, validate("query", ListQuery), async (c) => {
    const { db, merchantUser } = c.var;
    const rows = await merchantTransactions(db, merchantUser.merchantId, PAGE + 1, decodeCursor(c.req.valid("query").cursor));
    const page = rows.slice(0, PAGE);
    const events = await fundingEventsOf(
      db,
      merchantUser.merchantId,
      page.map((r) => r.id),
    );
    const last = page[page.length - 1];
    return c.json<PortalTransactionList>({
      items: page.map((row) => present(row, events.get(row.id) ?? []).transaction),
      nextCursor: rows.length > PAGE && last ? encodeCursor(last) : null,
    });
  })
  .get("/transactions/:id", requireMerchantUser, validate("param", OrderParam), async (c) => {
    const { db, merchantUser } = c.var;
    const row = await merchantTransaction(db, merchantUser.merchantId, c.req.valid("param").id);
    if (!row) throw new AppError("NOT_FOUND", "No such transaction");
    const [items, events] = await Promise.all([transactionItems(db, row.id), fundingEventsOf(db, merchantUser.merchantId, [row.id])]);
    return c.json<PortalTransactionDetail>({ ...present(row, events.get(row.id) ?? []), items });
  })
  .get("/settlements", requireMerchantUser, validate("query", StatementQuerySchema), async (c) => {
    const month = c.req.valid("query").month ?? monthKey(Date.now());
    const { start, end } = monthBounds(month);
    const entries = await ledgerEntries(c.var.db, c.var.merchantUser.merchantId);
    return c.json<PortalSettlements>({
      month,
      from: start,
      to: end,
      ...statementFor(entries, start, end),
      balance: merchantBalance(entries.flatMap((e) => e.postings)),
    });
  })
  .get("/invoices", requireMerchantUser, async (c) => {
    const rows = await invoicesOf(c.var.db, c.var.merchantUser.merchantId);
    return c.json<PortalInvoiceList>({
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        period: r.period,
        kind: r.kind,
        status: r.status,
        issuedAt: r.issuedAt,
        dueAt: r.dueAt,
        totalCents: r.totalCents,
      })),
    });
  })
  .get("/invoices/:id", requireMerchantUser, validate("param", InvoiceParam), async (c) => {
    const { db, merchantUser } = c.var;
    return c.json<InvoiceDetail>(await merchantInvoice(db, merchantUser.merchantId, merchantUser.orgId, c.req.valid("param").id));
  })
  .get("/invoices/:id/csv", requireMerchantUser, validate("param", InvoiceParam), async (c) => {
    const { db, merchantUser } = c.var;
    const detail = await merchantInvoice(db, merchantUser.merchantId, merchantUser.orgId, c.req.valid("param").id);
    return c.body(invoiceCsv(detail), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${detail.invoice.number}.csv"`,
    });
  })
  .get("/contracts", requireMerchantUser, async (c) => {
    const rows = await contractsOf(c.var.db, c.var.merchantUser.merchantId);
    return c.json<PortalContractList>({
      items: rows
        .filter((r) => r.status !== "draft")
        .map((r) => ({
          id: r.id,
          title: r.title,
          version: r.version,
          status: r.status,
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          summary: r.summary,
          createdAt: r.createdAt,
        })),
    });
  })
  .get("/integration", requireMerchantUser, async (c) => {
    const { db, merchantUser } = c.var;
    const now = Date.now();
    const endpoints = (await endpointsOf(db, [merchantUser.merchantId])).filter((e) => e.removedAt === null);
    const ids = endpoints.map((e) => e.id);
    const [stats, errors] = await Promise.all([
      deliveryStats(db, [merchantUser.merchantId], now - RECENT_MS),
      lastErrors(db, merchantUser.merchantId, ids),
    ]);
    return c.json<PortalIntegration>({
      endpoints: endpoints.map((e) => {
        const recent = stats.get(e.id) ?? { total: 0, failed: 0, lastAt: null };
        const health = e.status === "active" ? endpointHealth(recent, now) : "idle";
        return {
          id: e.id,
          name: e.name,
          kind: e.kind,
          url: e.url,
          status: e.status,
          health,
          summary: e.status === "active" ? describeHealth(health, recent.total, recent.failed) : "Not active yet: waiting for its key.",
          calls7d: recent.total,
          failed7d: recent.failed,
          lastCallAt: recent.lastAt,
          lastError: errors.get(e.id) ?? null,
        };
      }),
    });
  })
  .get("/plan", requireMerchantUser, async (c) => {
    const { db, merchantUser } = c.var;
    const merchant = await findMerchant(db, merchantUser.orgId, merchantUser.merchantId);
    if (!merchant) throw new AppError("NOT_FOUND", "No such merchant");
    const [current, catalog, requests] = await Promise.all([
      findPlanVersion(db, merchantUser.orgId, merchant.planVersionId),
      planCatalog(db, merchantUser.orgId),
      planChangesOfMerchant(db, merchant.id),
    ]);
    if (!current) throw new AppError("NOT_FOUND", "No such plan");
    const options = catalog
      .filter((p) => p.status === "active")
      .flatMap((p) =>
        p.versions.reduce<typeof p.versions>((latest, version) => (version.version > (latest[0]?.version ?? 0) ? [version] : latest), []),
      )
      .filter((version) => version.id !== current.id);
    const names = new Map(
      catalog.flatMap((p) => p.versions.map((version) => [version.id, `${version.name} (v${version.version})`] as const)),
    );
    return c.json<PortalPlan>({
      current,
      options,
      requests: requests.map((r) => ({
        id: r.request.id,
        toPlan: names.get(r.request.toPlanVersionId) ?? r.request.toPlanVersionId,
        stage: r.request.stage,
        stageWords: STAGE_WORDS[r.request.stage] ?? STAGE_LABELS[r.request.stage],
        openedAt: r.request.openedAt,
        requestedBy: r.request.requestedByName,
      })),
    });
  })
  .post("/plan/requests", requireMerchantUser, validate("json", PortalPlanRequestSchema), async (c) => {
    const user = c.var.merchantUser;
    const body = c.req.valid("json");
    // The merchant's room runs it as the system on the user's behalf: staff approve it like every other request.
    const actor = systemActor(user.orgId, `portal_${user.id}`, `${user.name} (merchant portal)`);
    const reply = await merchantRoomReply(c, user.merchantId, actor, {
      type: "plan_change.request",
      note: body.note,
      toPlanVersionId: body.toPlanVersionId,
      requester: { merchantUserId: user.id, name: user.name, role: user.role },
    });
    return c.json<PortalPlanRequested>({ ok: true, requestId: String(reply.requestId), stage: "engineering" }, 201);
  });
