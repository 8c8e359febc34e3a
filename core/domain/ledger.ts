// A merchant's balance as a double-entry ledger in integer cents. Money only moves: every
// transaction is a set of postings that sum to zero, each posting money into (+) or out of (-) one
// account. The merchant's balance is the sum of its accounts' postings, never a stored number.
//
//   available    money the merchant may use or withdraw
//   reserve      money held back against chargebacks and returns (still the merchant's)
//   fees         what the merchant has paid the platform
//   external     the world outside: banks, lessors and lenders paying in, the merchant's bank paid out
//   adjustments  corrections finance makes by hand
export const LEDGER_ACCOUNT_NAMES = ["available", "reserve", "fees", "external", "adjustments"] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNT_NAMES)[number];

export interface Posting {
  account: LedgerAccount;
  amountCents: number;
}

function assertAmount(cents: number, name = "amount"): void {
  if (!Number.isSafeInteger(cents) || cents <= 0) throw new RangeError(`${name} must be a positive whole number of cents`);
}

/** Rounds num/den to the nearest cent, halves away from zero (den > 0). */
export function roundHalfAway(num: bigint, den: bigint): bigint {
  const sign = num < 0n ? -1n : 1n;
  const abs = num * sign;
  return sign * ((abs * 2n + den) / (den * 2n));
}

/** Money paid in for the merchant (a top-up by bank transfer). */
export function deposit(cents: number): Posting[] {
  assertAmount(cents);
  return [
    { account: "external", amountCents: -cents },
    { account: "available", amountCents: cents },
  ];
}

/** Money paid out to the merchant's bank; the caller checks the available balance covers it. */
export function withdrawal(cents: number): Posting[] {
  assertAmount(cents);
  return [
    { account: "available", amountCents: -cents },
    { account: "external", amountCents: cents },
  ];
}

/** The platform's cut of settled volume at the merchant discount rate (basis points), to the cent. */
export function discountFee(grossCents: number, discountRateBps: number): number {
  assertAmount(grossCents, "gross");
  if (!Number.isInteger(discountRateBps) || discountRateBps < 0 || discountRateBps > 10_000)
    throw new RangeError("rate must be 0..10000 bps");
  return Number(roundHalfAway(BigInt(grossCents) * BigInt(discountRateBps), 10_000n));
}

/** A lessor or lender funds the merchant's sales: gross in, the discount to fees, the rest available. */
export function settlement(grossCents: number, discountRateBps: number): Posting[] {
  const fee = discountFee(grossCents, discountRateBps);
  const postings: Posting[] = [
    { account: "external", amountCents: -grossCents },
    { account: "available", amountCents: grossCents - fee },
  ];
  if (fee > 0) postings.push({ account: "fees", amountCents: fee });
  return postings;
}

/** An invoice paid from the balance. */
export function feeCharge(cents: number): Posting[] {
  assertAmount(cents);
  return [
    { account: "available", amountCents: -cents },
    { account: "fees", amountCents: cents },
  ];
}

export function reserveHold(cents: number): Posting[] {
  assertAmount(cents);
  return [
    { account: "available", amountCents: -cents },
    { account: "reserve", amountCents: cents },
  ];
}

export function reserveRelease(cents: number): Posting[] {
  assertAmount(cents);
  return [
    { account: "reserve", amountCents: -cents },
    { account: "available", amountCents: cents },
  ];
}

/** A correction by hand: positive credits the merchant, negative debits. */
export function adjustment(signedCents: number): Posting[] {
  if (!Number.isSafeInteger(signedCents) || signedCents === 0) throw new RangeError("adjustment must be a non-zero whole number of cents");
  return [
    { account: "available", amountCents: signedCents },
    { account: "adjustments", amountCents: -signedCents },
  ];
}

/** Cancels a transaction by posting its opposite (the ledger is never edited). */
export function reversal(postings: readonly Posting[]): Posting[] {
  return postings.map((p) => ({ account: p.account, amountCents: -p.amountCents }));
}

/** A transaction is sound when its postings are whole cents and sum to zero. */
export function isBalanced(postings: readonly Posting[]): boolean {
  return (
    postings.length >= 2 &&
    postings.every((p) => Number.isSafeInteger(p.amountCents)) &&
    postings.reduce((s, p) => s + p.amountCents, 0) === 0
  );
}

export type Balances = Record<LedgerAccount, number>;

export function balancesOf(postings: readonly Posting[]): Balances {
  const out: Balances = { available: 0, reserve: 0, fees: 0, external: 0, adjustments: 0 };
  for (const p of postings) out[p.account] += p.amountCents;
  return out;
}

/** The merchant's own money: what it may use, what is held, and both together. */
export interface MerchantBalance {
  availableCents: number;
  reserveCents: number;
  totalCents: number;
}

export function merchantBalance(postings: readonly Posting[]): MerchantBalance {
  const b = balancesOf(postings);
  return { availableCents: b.available, reserveCents: b.reserve, totalCents: b.available + b.reserve };
}

/** The merchant's part of a transaction: how much its available and reserve accounts moved. */
export function merchantChange(postings: readonly Posting[]): number {
  return postings.reduce((sum, p) => (p.account === "available" || p.account === "reserve" ? sum + p.amountCents : sum), 0);
}

export interface StatementEntry {
  id: string;
  at: number;
  kind: string;
  memo: string;
  postings: Posting[];
}

export interface StatementLine {
  id: string;
  at: number;
  kind: string;
  memo: string;
  changeCents: number;
  balanceAfterCents: number;
}

/** A statement for [from, to): the balance before, every transaction in it with the running balance, the balance after. */
export function statementFor(entries: readonly StatementEntry[], from: number, to: number) {
  const sorted = [...entries].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  let balance = 0;
  const lines: StatementLine[] = [];
  for (const entry of sorted) {
    if (entry.at >= to) break;
    const change = merchantChange(entry.postings);
    balance += change;
    if (entry.at >= from)
      lines.push({ id: entry.id, at: entry.at, kind: entry.kind, memo: entry.memo, changeCents: change, balanceAfterCents: balance });
  }
  const openingCents = balance - lines.reduce((s, l) => s + l.changeCents, 0);
  return { openingCents, lines, closingCents: balance };
}
