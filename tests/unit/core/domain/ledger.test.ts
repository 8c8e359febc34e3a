// The merchant ledger's invariants, over generated histories (fast-check): every transaction's
// postings sum to zero in whole cents; the balance is exactly the postings replayed by hand; a
// reversal cancels its transaction; a statement's closing balance is its opening plus its lines for
// any window. And worked examples of the merchant discount at settlement.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adjustment,
  deposit,
  discountFee,
  feeCharge,
  isBalanced,
  type LedgerAccount,
  merchantBalance,
  type Posting,
  reserveHold,
  reserveRelease,
  reversal,
  settlement,
  statementFor,
  withdrawal,
} from "../../../../core/domain/ledger";

const cents = fc.integer({ min: 1, max: 5_000_000 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("deposit" as const), cents }),
  fc.record({ kind: fc.constant("withdrawal" as const), cents }),
  fc.record({ kind: fc.constant("settlement" as const), cents, bps: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant("fee" as const), cents }),
  fc.record({ kind: fc.constant("hold" as const), cents }),
  fc.record({ kind: fc.constant("release" as const), cents }),
  fc.record({ kind: fc.constant("adjustment" as const), cents: fc.integer({ min: -500_000, max: 500_000 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** A history as finance would post it: money out only when the merchant's accounts cover it. */
function post(operations: Operation[]) {
  const transactions: Posting[][] = [];
  // The replay by hand: money in each account, kept apart from the code under test.
  const held: Record<LedgerAccount, number> = { available: 0, reserve: 0, fees: 0, external: 0, adjustments: 0 };
  for (const op of operations) {
    let postings: Posting[] | null = null;
    if (op.kind === "deposit") postings = deposit(op.cents);
    if (op.kind === "withdrawal" && held.available >= op.cents) postings = withdrawal(op.cents);
    if (op.kind === "settlement") postings = settlement(op.cents, op.bps);
    if (op.kind === "fee" && held.available >= op.cents) postings = feeCharge(op.cents);
    if (op.kind === "hold" && held.available >= op.cents) postings = reserveHold(op.cents);
    if (op.kind === "release" && held.reserve >= op.cents) postings = reserveRelease(op.cents);
    if (op.kind === "adjustment" && held.available + op.cents >= 0) postings = adjustment(op.cents);
    if (op.kind === "reverse" && transactions.length > 0) postings = reversal(transactions[op.pick % transactions.length] ?? []);
    if (!postings) continue;
    for (const p of postings) held[p.account] += p.amountCents;
    transactions.push(postings);
  }
  return { transactions, held };
}

describe("the ledger's invariants", () => {
  it("balances every transaction to zero in whole cents, and the balance is the postings replayed", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const { transactions, held } = post(operations);
        for (const postings of transactions) {
          expect(isBalanced(postings)).toBe(true);
          expect(postings.reduce((s, p) => s + p.amountCents, 0)).toBe(0);
          expect(postings.every((p) => Number.isSafeInteger(p.amountCents))).toBe(true);
        }
        const balance = merchantBalance(transactions.flat());
        expect(balance).toEqual({ availableCents: held.available, reserveCents: held.reserve, totalCents: held.available + held.reserve });
        // Money only moved: all accounts together still hold nothing.
        expect(Object.values(held).reduce((s, n) => s + n, 0)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("cancels a transaction with its reversal, account by account", () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), (gross, bps) => {
        const original = settlement(gross, bps);
        const both = [...original, ...reversal(original)];
        expect(merchantBalance(both)).toEqual({ availableCents: 0, reserveCents: 0, totalCents: 0 });
        for (const account of ["fees", "external"] as const)
          expect(both.filter((p) => p.account === account).reduce((s, p) => s + p.amountCents, 0)).toBe(0);
      }),
    );
  });

  it("makes every statement's closing balance its opening plus its lines, for any window", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), fc.nat(50), fc.nat(50), (operations, a, b) => {
        const { transactions } = post(operations);
        const entries = transactions.map((postings, i) => ({
          id: `t${String(i).padStart(3, "0")}`,
          at: i * 10,
          kind: "x",
          memo: "",
          postings,
        }));
        const [from, to] = [Math.min(a, b) * 10, Math.max(a, b) * 10];
        const statement = statementFor(entries, from, to);
        const merchantPart = (ps: Posting[]) =>
          ps.filter((p) => p.account === "available" || p.account === "reserve").reduce((s, p) => s + p.amountCents, 0);
        expect(statement.openingCents).toBe(entries.filter((e) => e.at < from).reduce((s, e) => s + merchantPart(e.postings), 0));
        expect(statement.closingCents).toBe(statement.openingCents + statement.lines.reduce((s, l) => s + l.changeCents, 0));
        expect(statement.lines.every((l) => l.at >= from && l.at < to)).toBe(true);
      }),
    );
  });

  it("refuses amounts that are not positive whole cents", () => {
    expect(() => deposit(0)).toThrow(RangeError);
    expect(() => withdrawal(10.5)).toThrow(RangeError);
    expect(() => adjustment(0)).toThrow(RangeError);
    expect(isBalanced([{ account: "available", amountCents: 1 }])).toBe(false);
  });
});

describe("the merchant discount at settlement", () => {
  it.each([
    ["$1,000.00 at 2.75 %", 100_000, 275, 2_750],
    ["$123.45 at 2.75 %: $3.394875 rounds to $3.39", 12_345, 275, 339],
    ["one cent at 50 %: half a cent rounds up", 1, 5_000, 1],
    ["$10.00 at 0 %", 1_000, 0, 0],
  ])("%s", (_name, gross, bps, fee) => {
    expect(discountFee(gross, bps)).toBe(fee);
    expect(settlement(gross, bps)).toEqual([
      { account: "external", amountCents: -gross },
      { account: "available", amountCents: gross - fee },
      ...(fee > 0 ? [{ account: "fees", amountCents: fee }] : []),
    ]);
  });
});
