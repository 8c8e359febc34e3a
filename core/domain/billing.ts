// Merchant billing in exact cents: calendar months (UTC), the monthly invoice a plan and a month's
// usage make, and the proration a plan change released mid-month adds.
import { roundHalfAway } from "./ledger";

/** The month a moment falls in, "2026-05" (UTC). */
export function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** [start, end) of a month in ms (UTC). */
export function monthBounds(key: string): { start: number; end: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`not a month: ${key}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) throw new RangeError(`not a month: ${key}`);
  return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
}

/** The month before, "2026-04" for "2026-05". */
export function previousMonth(key: string): string {
  return monthKey(monthBounds(key).start - 1);
}

export interface PlanFees {
  monthlyFeeCents: number;
  transactionFeeCents: number;
  monthlyMinimumCents: number;
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
}

/**
 * A month's invoice: the plan's monthly fee, a fee per transaction, and, when those come to less
 * than the plan's monthly minimum, a line that brings the total up to it. (The merchant discount on
 * settled volume is taken at each settlement, not invoiced.)
 */
export function monthlyInvoiceLines(plan: PlanFees & { name: string }, transactions: number): InvoiceLine[] {
  if (!Number.isSafeInteger(transactions) || transactions < 0) throw new RangeError("transactions must be a whole number >= 0");
  const lines: InvoiceLine[] = [
    { description: `${plan.name} plan, monthly fee`, quantity: 1, unitCents: plan.monthlyFeeCents, amountCents: plan.monthlyFeeCents },
  ];
  if (transactions > 0)
    lines.push({
      description: "Transaction fees",
      quantity: transactions,
      unitCents: plan.transactionFeeCents,
      amountCents: transactions * plan.transactionFeeCents,
    });
  const subtotal = lines.reduce((s, l) => s + l.amountCents, 0);
  if (subtotal < plan.monthlyMinimumCents) {
    const topUp = plan.monthlyMinimumCents - subtotal;
    lines.push({ description: "Monthly minimum commitment", quantity: 1, unitCents: topUp, amountCents: topUp });
  }
  return lines;
}

/** An invoice's total: the sum of its lines, each of which must be its quantity times its unit price. */
export function invoiceTotal(lines: readonly InvoiceLine[]): number {
  let total = 0;
  for (const line of lines) {
    if (
      !Number.isSafeInteger(line.quantity) ||
      !Number.isSafeInteger(line.unitCents) ||
      line.quantity * line.unitCents !== line.amountCents
    )
      throw new RangeError(`invoice line "${line.description}" is not quantity x unit price in whole cents`);
    total += line.amountCents;
  }
  return total;
}

/**
 * What a plan change released at `releaseAt` costs for the rest of its month: the difference in
 * monthly fees times the share of the month still to come (to the millisecond), to the nearest cent,
 * halves away from zero. Negative for a downgrade (a credit).
 */
export function prorationCents(oldMonthlyFeeCents: number, newMonthlyFeeCents: number, releaseAt: number): number {
  const { start, end } = monthBounds(monthKey(releaseAt));
  const difference = BigInt(newMonthlyFeeCents - oldMonthlyFeeCents);
  return Number(roundHalfAway(difference * BigInt(end - releaseAt), BigInt(end - start)));
}

/** The invoice line of a proration, or null when nothing is owed either way. */
export function prorationLine(
  oldPlan: { name: string; monthlyFeeCents: number },
  newPlan: { name: string; monthlyFeeCents: number },
  releaseAt: number,
): InvoiceLine | null {
  const amount = prorationCents(oldPlan.monthlyFeeCents, newPlan.monthlyFeeCents, releaseAt);
  if (amount === 0) return null;
  const day = new Date(releaseAt).toISOString().slice(0, 10);
  return {
    description: `${oldPlan.name} to ${newPlan.name} from ${day}, rest of the month`,
    quantity: 1,
    unitCents: amount,
    amountCents: amount,
  };
}
