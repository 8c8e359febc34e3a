// Money in integer cents, and loan amortisation in exact integer arithmetic (BigInt, no floats).

export type Cents = number;

const BPS_PER_YEAR_MONTHLY = 120_000n; // 10,000 bps x 12 months

export interface ScheduleRow {
  seq: number;
  principalCents: Cents;
  interestCents: Cents;
  paymentCents: Cents;
  balanceAfterCents: Cents;
}

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer number of cents`);
  }
}

/** Rounds num/den to the nearest integer, halves away from zero (num, den > 0). */
function divRound(num: bigint, den: bigint): bigint {
  return (num * 2n + den) / (den * 2n);
}

/** Level monthly payment, rounded up to the cent so the last payment is never the largest. */
export function monthlyPayment(principalCents: Cents, aprBps: number, termMonths: number): Cents {
  assertCents(principalCents, "principal");
  if (!Number.isInteger(termMonths) || termMonths <= 0) throw new RangeError("term must be > 0");
  if (!Number.isInteger(aprBps) || aprBps < 0) throw new RangeError("APR must be >= 0 bps");
  const p = BigInt(principalCents);
  const n = BigInt(termMonths);
  if (aprBps === 0) return Number((p + n - 1n) / n);
  const rate = BigInt(aprBps);
  const growth = (BPS_PER_YEAR_MONTHLY + rate) ** n; // (1 + r)^n scaled by 120000^n
  const scale = BPS_PER_YEAR_MONTHLY ** n;
  const num = p * rate * growth;
  const den = BPS_PER_YEAR_MONTHLY * (growth - scale);
  return Number((num + den - 1n) / den);
}

/**
 * Amortisation schedule: interest each month on the remaining balance, the rest of the level
 * payment to principal; the final row takes whatever balance remains, so principal parts sum
 * exactly to the principal.
 */
export function amortize(principalCents: Cents, aprBps: number, termMonths: number): ScheduleRow[] {
  const payment = BigInt(monthlyPayment(principalCents, aprBps, termMonths));
  const rows: ScheduleRow[] = [];
  let balance = BigInt(principalCents);
  for (let seq = 1; seq <= termMonths; seq++) {
    const interest = divRound(balance * BigInt(aprBps), BPS_PER_YEAR_MONTHLY);
    let principal = payment - interest;
    if (seq === termMonths || principal > balance) principal = balance;
    if (principal < 0n) principal = 0n;
    balance -= principal;
    rows.push({
      seq,
      principalCents: Number(principal),
      interestCents: Number(interest),
      paymentCents: Number(principal + interest),
      balanceAfterCents: Number(balance),
    });
    if (balance === 0n) break;
  }
  return rows;
}

// One formatter per currency, built once (building one costs far more than formatting with it).
// US English: the retailer's amounts read the same on every rep's screen, whatever the browser's locale.
const currencyFormats = new Map<string, Intl.NumberFormat>();
const plainAmount = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function currencyFormat(currency: string): Intl.NumberFormat {
  let format = currencyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    currencyFormats.set(currency, format);
  }
  return format;
}

/** "$1,234.56" (or "-$3.00"): always the currency and the cents. */
export function formatCents(cents: Cents, currency = "USD"): string {
  // Integer cents divided by 100 is exact to the cent for every safe amount the formatter rounds.
  return currencyFormat(currency).format(cents / 100);
}

/** "1,234.56": the amount without its currency, for an amount field a rep edits. */
export function formatAmount(cents: Cents): string {
  return plainAmount.format(cents / 100);
}

/** Percentage of an amount in basis points, rounded half up: integer in, integer out. */
export function applyBps(cents: Cents, bps: number): Cents {
  return Number(divRound(BigInt(cents) * BigInt(bps), 10_000n));
}

/** "$1,299.5" or "1299.50" typed by a rep, as integer cents; null when it is not an amount. */
export function parseCents(text: string): Cents | null {
  const match = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = Number((match[1] ?? "0").replace(/,/g, ""));
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  const total = whole * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}
