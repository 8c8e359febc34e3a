// A seeded merchant's past: endpoint deliveries (with the failures its health shows), monthly usage,
// the ledger (settlements at the discount rate, reserve holds, invoices paid from the balance), and
// monthly invoices from the plan that applied and the usage. All in whole cents, all balanced.
import { invoiceTotal, monthBounds, monthKey, monthlyInvoiceLines, previousMonth } from "../../core/domain/billing";
import { deposit, feeCharge, type Posting, reserveHold, settlement, withdrawal } from "../../core/domain/ledger";
import type * as schema from "../schema";
import { DAY, type Row } from "./bundle";
import type { Random } from "./random";

export interface MerchantRows {
  deliveries: Row<typeof schema.endpointDeliveries>[];
  usage: Row<typeof schema.merchantUsage>[];
  transactions: Row<typeof schema.ledgerTransactions>[];
  postings: Row<typeof schema.ledgerPostings>[];
  invoices: Row<typeof schema.invoices>[];
  lines: Row<typeof schema.invoiceLines>[];
}

export interface PlanTerms {
  id: string;
  name: string;
  monthlyFeeCents: number;
  transactionFeeCents: number;
  discountRateBps: number;
  monthlyMinimumCents: number;
}

export interface HistoryInput {
  orgId: string;
  merchantId: string;
  /** "mer_0001" -> "0001": the stem of every id of the merchant's rows. */
  stem: string;
  anchor: number;
  onboardedAt: number;
  /** The plan that applied at a moment. */
  planAt: (at: number) => PlanTerms;
  /** "healthy" | "degraded" | "failing" | "idle": how its endpoints have been doing lately. */
  health: "healthy" | "degraded" | "failing" | "idle";
  endpoints: { id: string; kind: string; active: boolean }[];
  active: boolean;
  /** Next invoice number per org and month, shared by all merchants of the org. */
  invoiceNumber: (period: string) => string;
}

const FAILURE_RATE = { healthy: 0.005, degraded: 0.1, failing: 0.4, idle: 0.05 } as const;
const ERRORS = ["timeout after 10 s", "HTTP 502 from merchant host", "TLS handshake failed", "HTTP 500 from merchant host"];
const EVENTS: Record<string, string> = {
  checkout: "application.submitted",
  order_webhook: "order.updated",
  settlement_webhook: "settlement.paid",
};

export function addDeliveries(rows: MerchantRows, rng: Random, input: HistoryInput): void {
  // An idle merchant's endpoints last spoke a few weeks ago.
  const [fromDay, toDay] = input.health === "idle" ? [30, 12] : [10, 0];
  for (const endpoint of input.endpoints) {
    if (!endpoint.active || !input.active) continue;
    let n = 0;
    for (let day = fromDay; day >= toDay; day--) {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const failed = rng.chance(FAILURE_RATE[input.health]);
        rows.deliveries.push({
          id: `dlv_${endpoint.id.slice(4)}_${++n}`,
          endpointId: endpoint.id,
          merchantId: input.merchantId,
          at: input.anchor - day * DAY + rng.int(8, 20) * 3_600_000,
          event: EVENTS[endpoint.kind] ?? "event",
          statusCode: failed ? rng.pick([500, 502, 504]) : 200,
          ok: !failed,
          latencyMs: failed ? rng.int(900, 10_000) : rng.int(40, 400),
          error: failed ? rng.pick(ERRORS) : null,
          test: false,
        });
      }
    }
  }
}

function post(
  rows: MerchantRows,
  input: HistoryInput,
  tx: { id: string; kind: Row<typeof schema.ledgerTransactions>["kind"]; memo: string; at: number },
  postings: Posting[],
  reference: string | null = null,
): void {
  rows.transactions.push({ ...tx, orgId: input.orgId, merchantId: input.merchantId, createdBy: null, reference });
  postings.forEach((p, i) => {
    rows.postings.push({
      id: `lpo_${tx.id.slice(4)}_${i}`,
      transactionId: tx.id,
      merchantId: input.merchantId,
      account: p.account,
      amountCents: p.amountCents,
      at: tx.at,
    });
  });
}

/** Four months of usage, settlements and invoices (the last complete month's invoice still open). */
export function addMoney(rows: MerchantRows, rng: Random, input: HistoryInput): void {
  const thisMonth = monthKey(input.anchor);
  const months = [3, 2, 1].map((back) => {
    let key = thisMonth;
    for (let i = 0; i < back; i++) key = previousMonth(key);
    return key;
  });
  let seq = 0;
  const txId = () => `ltx_${input.stem}_${String(++seq).padStart(2, "0")}`;
  // Every merchant starts with a deposit that covers a few months of fees.
  const plans = [input.planAt(input.onboardedAt), input.planAt(input.anchor)];
  const opening = Math.max(50_000, 3 * Math.max(...plans.flatMap((p) => [p.monthlyFeeCents, p.monthlyMinimumCents])));
  post(rows, input, { id: txId(), kind: "deposit", memo: "Opening deposit", at: input.onboardedAt }, deposit(opening));
  for (const [index, month] of [...months, thisMonth].entries()) {
    const { start, end } = monthBounds(month);
    if (end <= input.onboardedAt) continue;
    const partial = month === thisMonth;
    const transactions = input.active ? rng.int(partial ? 5 : 25, partial ? 60 : 320) : 0;
    const volumeCents = transactions * rng.int(45_000, 180_000);
    rows.usage.push({ merchantId: input.merchantId, month, transactions, volumeCents });
    const plan = input.planAt(start);
    if (volumeCents > 0) {
      const at = Math.min(input.anchor - 2 * DAY, end - 3 * DAY);
      const settled = settlement(volumeCents, plan.discountRateBps);
      post(rows, input, { id: txId(), kind: "settlement", memo: `Settlements for ${month}`, at }, settled);
      const net = settled.find((p) => p.account === "available")?.amountCents ?? 0;
      const reserve = index === 0 ? Math.round(volumeCents * 0.05) : 0;
      if (reserve > 0)
        post(
          rows,
          input,
          { id: txId(), kind: "reserve_hold", memo: "Reserve against returns (5%)", at: at + 3_600_000 },
          reserveHold(reserve),
        );
      // Most of it is paid out to the merchant's bank the next day; the rest stays to pay invoices.
      const payout = Math.floor((net - reserve) * 0.9);
      if (payout > 0)
        post(rows, input, { id: txId(), kind: "withdrawal", memo: "Payout to the settlement account", at: at + DAY }, withdrawal(payout));
    }
    if (partial) continue;
    const lines = monthlyInvoiceLines(plan, transactions);
    const total = invoiceTotal(lines);
    const invoiceId = `inv_${input.stem}_${month}`;
    const issuedAt = end + DAY;
    const paid = index < months.length - 1 && total > 0;
    rows.invoices.push({
      id: invoiceId,
      orgId: input.orgId,
      merchantId: input.merchantId,
      number: input.invoiceNumber(month),
      period: month,
      kind: "monthly",
      status: paid ? "paid" : "open",
      issuedAt,
      dueAt: issuedAt + 15 * DAY,
      totalCents: total,
      paidAt: paid ? issuedAt + 10 * DAY : null,
      voidedAt: null,
      dedupeKey: `monthly:${month}`,
    });
    for (const [position, line] of lines.entries())
      rows.lines.push({ id: `inl_${input.stem}_${month}_${position}`, invoiceId, position, ...line });
    if (paid)
      post(rows, input, { id: txId(), kind: "fee", memo: `Invoice for ${month}`, at: issuedAt + 10 * DAY }, feeCharge(total), invoiceId);
  }
}
