// Merchant answers built from the repositories: list rows with health and waiting requests, the
// profile (masked for the caller), endpoint summaries, and plan changes with their history.

import { toCsv } from "../core/domain/csv";
import { endpointHealth, merchantHealth } from "../core/domain/decision-models";
import { merchantBalance } from "../core/domain/ledger";
import { type MerchantRecord, presentMerchant } from "../core/domain/merchant-view";
import type { Role } from "../core/domain/roles";
import type { EndpointSummary, InvoiceDetail, MerchantList, MerchantProfile, PlanChange } from "../core/protocol/merchant-answers";
import type { EndpointChange } from "../core/protocol/merchant-commands";
import type { MerchantListQuery } from "../core/protocol/merchant-queries";
import type { Database } from "../db/client";
import { balancesOf } from "../db/repositories/ledger";
import { contractsOf, type InvoiceRow, invoicesOf, linesOf } from "../db/repositories/merchant-billing";
import { deliveryStats, type EndpointRow, endpointsOf, lastDeliveries, RECENT_MS } from "../db/repositories/merchant-endpoints";
import { listMerchants, merchantViewParts, openRequestCounts, orgPlansAndRegions, planVersionsByIds } from "../db/repositories/merchants";
import { orgSummary } from "../db/repositories/org";
import { eventsOf, planChangesOfMerchant } from "../db/repositories/plan-changes";

type Stats = Awaited<ReturnType<typeof deliveryStats>>;
const NO_STATS = { total: 0, failed: 0, lastAt: null };

export function endpointSummaries(endpoints: EndpointRow[], stats: Stats, last: Map<string, number>, now: number): EndpointSummary[] {
  return endpoints.map((e) => {
    const recent = stats.get(e.id) ?? NO_STATS;
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      status: e.status,
      health: e.status === "active" ? endpointHealth(recent, now) : "idle",
      lastDeliveryAt: last.get(e.id) ?? null,
      recent: { total: recent.total, failed: recent.failed },
    };
  });
}

export async function merchantList(db: Database, orgId: string, query: MerchantListQuery, now: number): Promise<MerchantList> {
  const [rows, open, filters] = await Promise.all([
    listMerchants(db, orgId, { q: query.q, plan: query.plan, status: query.status, region: query.region }),
    openRequestCounts(db, orgId),
    orgPlansAndRegions(db, orgId),
  ]);
  const ids = rows.map((r) => r.id);
  const [endpoints, stats] = await Promise.all([endpointsOf(db, ids), deliveryStats(db, ids, now - RECENT_MS)]);
  const healthOf = new Map<string, ReturnType<typeof merchantHealth>>();
  for (const id of ids) {
    const mine = endpoints.filter((e) => e.merchantId === id && e.status === "active");
    healthOf.set(id, merchantHealth(mine.map((e) => endpointHealth(stats.get(e.id) ?? NO_STATS, now))));
  }
  const items = rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      segment: r.segment,
      category: r.category,
      status: r.status,
      city: r.city,
      state: r.state,
      region: r.regionId && r.regionName ? { id: r.regionId, name: r.regionName } : null,
      plan: { code: r.planCode, name: r.planName, version: r.planVersion },
      health: healthOf.get(r.id) ?? ("idle" as const),
      openRequests: open.get(r.id) ?? 0,
    }))
    .filter((item) => !query.health || item.health === query.health);
  return { items, total: items.length, filters };
}

/** Plan changes with their plans and history, as the profile and the board show them. */
export async function planChangeViews(db: Database, rows: Awaited<ReturnType<typeof planChangesOfMerchant>>): Promise<PlanChange[]> {
  const plans = await planVersionsByIds(
    db,
    rows.flatMap((r) => [r.request.fromPlanVersionId, r.request.toPlanVersionId]),
  );
  const events = await eventsOf(
    db,
    rows.map((r) => r.request.id),
  );
  const ref = (id: string) => {
    const p = plans.get(id);
    return {
      id,
      name: p?.name ?? "Unknown plan",
      version: p?.version ?? 0,
      monthlyFeeCents: p?.monthlyFeeCents ?? 0,
      modelTier: p?.modelTier ?? "standard",
    };
  };
  return rows.map(({ request: r, merchantName, openedByName }) => ({
    id: r.id,
    merchant: { id: r.merchantId, name: merchantName },
    from: ref(r.fromPlanVersionId),
    to: ref(r.toPlanVersionId),
    reason: r.reason,
    endpointChanges: JSON.parse(r.endpointChanges) as EndpointChange[],
    money: r.moneyDirection ? { direction: r.moneyDirection, amountCents: r.moneyCents } : null,
    stage: r.stage,
    stageSince: r.stageSince,
    openedAt: r.openedAt,
    openedBy: { staffId: r.openedBy, name: openedByName },
    requestedBy: r.requestedByName,
    releaseAt: r.releaseAt,
    releasedAt: r.releasedAt,
    returnedReason: r.returnedReason,
    version: r.version,
    events: events
      .filter((e) => e.requestId === r.id)
      .map((e) => ({
        at: e.at,
        actorName: e.actorName,
        role: e.role,
        action: e.action,
        fromStage: e.fromStage,
        toStage: e.toStage,
        note: e.note,
      })),
  }));
}

export async function merchantProfile(db: Database, merchant: MerchantRecord, role: Role, now: number): Promise<MerchantProfile> {
  const [parts, endpoints, stats, balances, contracts, invoices, requests] = await Promise.all([
    merchantViewParts(db, merchant),
    endpointsOf(db, [merchant.id]),
    deliveryStats(db, [merchant.id], now - RECENT_MS),
    balancesOf(db, [merchant.id]),
    contractsOf(db, merchant.id),
    invoicesOf(db, merchant.id),
    planChangesOfMerchant(db, merchant.id),
  ]);
  const last = await lastDeliveries(
    db,
    endpoints.map((e) => e.id),
  );
  const summaries = endpointSummaries(endpoints, stats, last, now);
  const b = balances.get(merchant.id) ?? {};
  return {
    merchant: presentMerchant(merchant, parts, role),
    health: merchantHealth(summaries.filter((e) => e.status === "active").map((e) => e.health)),
    endpoints: summaries,
    balance: merchantBalance([
      { account: "available", amountCents: b.available ?? 0 },
      { account: "reserve", amountCents: b.reserve ?? 0 },
    ]),
    contracts: contracts.map((c) => ({
      id: c.id,
      title: c.title,
      version: c.version,
      status: c.status,
      effectiveFrom: c.effectiveFrom,
      effectiveTo: c.effectiveTo,
      summary: c.summary,
      createdAt: c.createdAt,
    })),
    invoices: invoices.map((i) => ({
      id: i.id,
      number: i.number,
      period: i.period,
      kind: i.kind,
      status: i.status,
      issuedAt: i.issuedAt,
      dueAt: i.dueAt,
      totalCents: i.totalCents,
    })),
    planChanges: await planChangeViews(db, requests),
  };
}

/** An invoice as its printable page shows it (the console's and the merchant portal's). */
export async function presentInvoiceDetail(db: Database, merchant: MerchantRecord, invoice: InvoiceRow): Promise<InvoiceDetail> {
  const [lines, org] = await Promise.all([linesOf(db, invoice.id), orgSummary(db, merchant.orgId)]);
  const cityLine = [merchant.city, [merchant.state, merchant.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      period: invoice.period,
      kind: invoice.kind,
      status: invoice.status,
      issuedAt: invoice.issuedAt,
      dueAt: invoice.dueAt,
      totalCents: invoice.totalCents,
    },
    lines,
    merchant: {
      id: merchant.id,
      name: merchant.name,
      legalName: merchant.legalName,
      address: [merchant.addressLine1 ?? "", cityLine].filter(Boolean),
    },
    issuer: org?.name ?? "",
  };
}

/** Dollars and cents from whole cents, exactly (no floating point on the way). */
const usd = (cents: number) =>
  Number(`${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`);

/** An invoice's CSV: one row per line and a total row. */
export function invoiceCsv(detail: InvoiceDetail): string {
  const rows = [
    ...detail.lines.map((line, i) => ({ line: String(i + 1), ...line })),
    { line: "total", description: "Total", quantity: null, unitCents: null, amountCents: detail.invoice.totalCents },
  ];
  return toCsv(
    [
      { header: "invoice", value: () => detail.invoice.number },
      { header: "period", value: () => detail.invoice.period },
      { header: "merchant", value: () => detail.merchant.legalName },
      { header: "line", value: (r: (typeof rows)[number]) => r.line },
      { header: "description", value: (r) => r.description },
      { header: "quantity", value: (r) => r.quantity },
      { header: "unit_cents", value: (r) => r.unitCents },
      { header: "amount_cents", value: (r) => r.amountCents },
      { header: "amount_usd", value: (r) => usd(r.amountCents) },
      { header: "currency", value: () => "USD" },
    ],
    rows,
  );
}
