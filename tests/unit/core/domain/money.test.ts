import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amortize, applyBps, formatAmount, formatCents, monthlyPayment, parseCents } from "../../../../core/domain/money";

describe("loan amortisation in integer cents", () => {
  it("pays off exactly the principal, and payments sum to principal plus interest", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 1, max: 72 }),
        (principal, apr, term) => {
          const rows = amortize(principal, apr, term);
          const principalSum = rows.reduce((s, r) => s + r.principalCents, 0);
          const interestSum = rows.reduce((s, r) => s + r.interestCents, 0);
          const paymentSum = rows.reduce((s, r) => s + r.paymentCents, 0);
          expect(principalSum).toBe(principal);
          expect(paymentSum).toBe(principal + interestSum);
          expect(rows.at(-1)?.balanceAfterCents).toBe(0);
          expect(rows.length).toBeLessThanOrEqual(term);
          for (const row of rows) {
            expect(Number.isInteger(row.paymentCents) && Number.isInteger(row.interestCents)).toBe(true);
            expect(row.principalCents).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("matches the textbook payment for a known loan", () => {
    // $10,000 at 12% APR over 12 months: $888.49 (rounded up to the cent)
    expect(monthlyPayment(1_000_000, 1_200, 12)).toBe(88_849);
    expect(monthlyPayment(1_000, 0, 3)).toBe(334);
  });

  it("refuses fractional or negative cents", () => {
    expect(() => amortize(10.5, 100, 12)).toThrow(RangeError);
    expect(() => amortize(-1, 100, 12)).toThrow(RangeError);
  });

  it("formats with currency and cents and applies basis points exactly", () => {
    expect(formatCents(123_456)).toBe("$1,234.56");
    expect(formatCents(-300)).toBe("-$3.00");
    expect(formatCents(1)).toBe("$0.01");
    expect(formatCents(10_000_000)).toBe("$100,000.00");
    expect(formatCents(1_999, "EUR")).toBe("€19.99");
    expect(formatAmount(123_456)).toBe("1,234.56");
    expect(applyBps(87_600, 11_000)).toBe(96_360);
  });
});

describe("amounts typed by a rep", () => {
  it("read as exact integer cents, never through floating point", () => {
    expect(parseCents("$1,299.50")).toBe(129_950);
    expect(parseCents("1299.5")).toBe(129_950);
    expect(parseCents(" 0.07 ")).toBe(7);
    expect(parseCents("12")).toBe(1_200);
    for (const bad of ["", "abc", "1.234", "-5", "1,23", "$", "1e3"]) expect(parseCents(bad), bad).toBeNull();
  });

  it("round-trips every amount through formatCents and formatAmount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        expect(parseCents(formatCents(cents))).toBe(cents);
        expect(parseCents(formatAmount(cents))).toBe(cents);
      }),
    );
  });
});
