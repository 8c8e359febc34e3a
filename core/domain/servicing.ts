// Servicing leases and loans: delinquency buckets, lease schedules, how a payment is applied,
// and promise-to-pay rules. Dates are ISO days (YYYY-MM-DD) in UTC; money is integer cents.
import { type Cents, formatCents } from "./money";
import { earlyPurchaseAmount } from "./products";

export const DELINQUENCY_BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const;
export type DelinquencyBucket = (typeof DELINQUENCY_BUCKETS)[number];

export function delinquencyBucket(daysPastDue: number): DelinquencyBucket {
  if (daysPastDue <= 0) return "current";
  if (daysPastDue <= 30) return "1-30";
  if (daysPastDue <= 60) return "31-60";
  if (daysPastDue <= 90) return "61-90";
  return "90+";
}

const DAY = 86_400_000;
export type Frequency = "weekly" | "biweekly" | "monthly";

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY);
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addPeriods(iso: string, frequency: Frequency, periods: number): string {
  if (frequency === "monthly") {
    const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
    const target = new Date(Date.UTC(y, m - 1 + periods, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, lastDay));
    return isoDay(target.getTime());
  }
  return isoDay((dayNumber(iso) + periods * (frequency === "weekly" ? 7 : 14)) * DAY);
}

export function daysPastDue(nextDueDate: string | null, today: string): number {
  return nextDueDate ? Math.max(0, dayNumber(today) - dayNumber(nextDueDate)) : 0;
}

// --- leases ----------------------------------------------------------------------------------

export interface LeaseState {
  frequency: Frequency;
  paymentCents: Cents;
  termPayments: number;
  paymentsMade: number;
  /** A partial payment held toward the next period. */
  creditCents: Cents;
  nextDueDate: string | null;
  cashPriceCents: Cents;
  startedOn: string;
}

export interface LeaseScheduleRow {
  seq: number;
  dueDate: string;
  amountCents: Cents;
  status: "paid" | "past_due" | "upcoming";
}

export const leasePaidCents = (lease: Pick<LeaseState, "paymentCents" | "paymentsMade" | "creditCents">): Cents =>
  lease.paymentCents * lease.paymentsMade + lease.creditCents;

export const leaseRemainingCents = (lease: Pick<LeaseState, "paymentCents" | "termPayments" | "paymentsMade" | "creditCents">): Cents =>
  lease.paymentCents * (lease.termPayments - lease.paymentsMade) - lease.creditCents;

/** Every payment of the lease, paid ones included; the amounts sum to the total cost. */
export function leaseSchedule(lease: LeaseState, today: string): LeaseScheduleRow[] {
  const rows: LeaseScheduleRow[] = [];
  for (let seq = 1; seq <= lease.termPayments; seq++) {
    // Paid rows keep their original dates; unpaid ones follow the (possibly late) next due date.
    const dueDate =
      seq <= lease.paymentsMade || !lease.nextDueDate
        ? addPeriods(lease.startedOn, lease.frequency, seq - 1)
        : addPeriods(lease.nextDueDate, lease.frequency, seq - lease.paymentsMade - 1);
    const status = seq <= lease.paymentsMade ? "paid" : dayNumber(dueDate) < dayNumber(today) ? "past_due" : "upcoming";
    rows.push({ seq, dueDate, amountCents: lease.paymentCents, status });
  }
  return rows;
}

export function leaseEarlyPurchase(lease: LeaseState): Cents {
  return earlyPurchaseAmount(lease.cashPriceCents, leasePaidCents(lease));
}

export type PaymentOutcome<T> = { ok: true; state: T } | { ok: false; message: string };

/** Whole periods a payment completes move the due date on; any rest is held as credit. */
export function applyLeasePayment(
  lease: LeaseState,
  amountCents: Cents,
  today: string,
): PaymentOutcome<LeaseState & { daysPastDue: number; paidOff: boolean }> {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, message: "A payment must be at least $0.01" };
  const remaining = leaseRemainingCents(lease);
  if (amountCents > remaining)
    return {
      ok: false,
      message: `Only ${formatCents(remaining)} is left on this lease; to pay it off early, quote the early purchase amount`,
    };
  const pool = lease.creditCents + amountCents;
  const periods = Math.floor(pool / lease.paymentCents);
  const paymentsMade = Math.min(lease.termPayments, lease.paymentsMade + periods);
  const paidOff = paymentsMade >= lease.termPayments;
  const creditCents = paidOff ? 0 : pool - periods * lease.paymentCents;
  const nextDueDate = paidOff || !lease.nextDueDate ? null : addPeriods(lease.nextDueDate, lease.frequency, periods);
  return { ok: true, state: { ...lease, paymentsMade, creditCents, nextDueDate, daysPastDue: daysPastDue(nextDueDate, today), paidOff } };
}

// --- loans -----------------------------------------------------------------------------------

export interface LoanInstallment {
  seq: number;
  dueDate: string;
  principalCents: Cents;
  interestCents: Cents;
  /** Paid toward this installment so far (interest first); the row is settled when paidOn is set. */
  paidCents: Cents;
  paidOn: string | null;
}

const dueOn = (row: LoanInstallment): Cents => (row.paidOn ? 0 : row.principalCents + row.interestCents - row.paidCents);

export function loanOutstanding(rows: readonly LoanInstallment[]): Cents {
  return rows.reduce((sum, row) => sum + dueOn(row), 0);
}

/** Principal still owed: unsettled rows' principal less what partial payments covered beyond interest. */
export function loanBalance(rows: readonly LoanInstallment[]): Cents {
  return rows.reduce((sum, row) => (row.paidOn ? sum : sum + row.principalCents - Math.max(0, row.paidCents - row.interestCents)), 0);
}

export function loanNextDue(rows: readonly LoanInstallment[]): string | null {
  return [...rows].sort((a, b) => a.seq - b.seq).find((row) => !row.paidOn)?.dueDate ?? null;
}

export interface LoanPaymentResult {
  rows: LoanInstallment[];
  balanceCents: Cents;
  nextDueDate: string | null;
  daysPastDue: number;
  paidOff: boolean;
}

/** Pays the oldest installments first, each interest before principal; never more than is owed. */
export function applyLoanPayment(rows: readonly LoanInstallment[], amountCents: Cents, today: string): PaymentOutcome<LoanPaymentResult> {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, message: "A payment must be at least $0.01" };
  const owed = loanOutstanding(rows);
  if (amountCents > owed)
    return { ok: false, message: `Only ${formatCents(owed)} is left on this loan's schedule; a larger payment needs a payoff quote` };
  let left = amountCents;
  const next = [...rows]
    .sort((a, b) => a.seq - b.seq)
    .map((row) => {
      const due = dueOn(row);
      if (left === 0 || due === 0) return { ...row };
      const take = Math.min(left, due);
      left -= take;
      const paidCents = row.paidCents + take;
      return { ...row, paidCents, paidOn: take === due ? today : null };
    });
  const nextDueDate = loanNextDue(next);
  return {
    ok: true,
    state: {
      rows: next,
      balanceCents: loanBalance(next),
      nextDueDate,
      daysPastDue: daysPastDue(nextDueDate, today),
      paidOff: nextDueDate === null,
    },
  };
}

// --- promises to pay ---------------------------------------------------------------------------

export const PROMISE_MAX_DAYS = 30;

export function checkPromise(input: { amountCents: Cents; dueDate: string }, today: string): { ok: true } | { ok: false; message: string } {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    return { ok: false, message: "A promise must be for at least $0.01" };
  const days = dayNumber(input.dueDate) - dayNumber(today);
  if (Number.isNaN(days)) return { ok: false, message: "The promise date is not a date" };
  if (days < 0) return { ok: false, message: "A promise cannot be dated in the past" };
  if (days > PROMISE_MAX_DAYS) return { ok: false, message: `A promise must fall within ${PROMISE_MAX_DAYS} days` };
  return { ok: true };
}
