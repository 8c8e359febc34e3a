// Proration and invoice totals against worked examples a billing clerk would write down: the fee
// difference times the share of the month left after the release, to the nearest cent (halves away
// from zero); a monthly invoice of the plan's fee, its per-transaction fees and, below the minimum,
// the top-up to it.
import { describe, expect, it } from "vitest";
import {
  invoiceTotal,
  monthBounds,
  monthKey,
  monthlyInvoiceLines,
  previousMonth,
  prorationCents,
  prorationLine,
} from "../../../../core/domain/billing";

const at = (iso: string) => Date.parse(iso);

describe("proration of a plan change released mid-month", () => {
  it.each([
    ["half of February 2026 (28 days)", "2026-02-15T00:00:00Z", 9_900, 24_900, 7_500],
    ["the last 10 of June's 30 days", "2026-06-21T00:00:00Z", 19_900, 59_900, 13_333],
    ["a downgrade credits the same share", "2026-06-21T00:00:00Z", 59_900, 19_900, -13_333],
    ["the first moment of a month: the whole difference", "2026-03-01T00:00:00Z", 24_900, 59_900, 35_000],
    ["the last millisecond of a month: nothing left", "2026-03-31T23:59:59.999Z", 24_900, 59_900, 0],
    ["half a month of 3 cents: 1.5 rounds up to 2", "2026-04-16T00:00:00Z", 100, 103, 2],
    ["and down to -2 for the downgrade", "2026-04-16T00:00:00Z", 103, 100, -2],
    ["the same fee: nothing", "2026-04-16T00:00:00Z", 24_900, 24_900, 0],
  ])("%s", (_name, release, oldFee, newFee, expected) => {
    expect(prorationCents(oldFee, newFee, at(release))).toBe(expected);
  });

  it("says what it bills for on one line, and bills nothing when there is nothing to bill", () => {
    expect(
      prorationLine({ name: "Growth", monthlyFeeCents: 9_900 }, { name: "Scale", monthlyFeeCents: 24_900 }, at("2026-02-15T00:00:00Z")),
    ).toEqual({
      description: "Growth to Scale from 2026-02-15, rest of the month",
      quantity: 1,
      unitCents: 7_500,
      amountCents: 7_500,
    });
    expect(prorationLine({ name: "A", monthlyFeeCents: 100 }, { name: "B", monthlyFeeCents: 100 }, at("2026-02-15T00:00:00Z"))).toBeNull();
  });
});

describe("a month's invoice", () => {
  const growth = { name: "Growth", monthlyFeeCents: 24_900, transactionFeeCents: 20, monthlyMinimumCents: 29_900 };

  it("tops a quiet month up to the plan's minimum: $249 + 120 x $0.20 = $273, so $26 more makes $299", () => {
    const lines = monthlyInvoiceLines(growth, 120);
    expect(lines).toEqual([
      { description: "Growth plan, monthly fee", quantity: 1, unitCents: 24_900, amountCents: 24_900 },
      { description: "Transaction fees", quantity: 120, unitCents: 20, amountCents: 2_400 },
      { description: "Monthly minimum commitment", quantity: 1, unitCents: 2_600, amountCents: 2_600 },
    ]);
    expect(invoiceTotal(lines)).toBe(29_900);
  });

  it("adds no top-up once fees pass the minimum: $249 + 300 x $0.20 = $309", () => {
    const lines = monthlyInvoiceLines(growth, 300);
    expect(lines).toHaveLength(2);
    expect(invoiceTotal(lines)).toBe(30_900);
  });

  it("bills only the fee for a month without transactions on a plan without a minimum", () => {
    expect(
      invoiceTotal(monthlyInvoiceLines({ name: "Starter", monthlyFeeCents: 4_900, transactionFeeCents: 35, monthlyMinimumCents: 0 }, 0)),
    ).toBe(4_900);
  });

  it("refuses a line that is not its quantity times its unit price in whole cents", () => {
    expect(() => invoiceTotal([{ description: "Fees", quantity: 3, unitCents: 20, amountCents: 61 }])).toThrow(RangeError);
    expect(() => invoiceTotal([{ description: "Fees", quantity: 1, unitCents: 0.5, amountCents: 0.5 }])).toThrow(RangeError);
  });
});

describe("calendar months in UTC", () => {
  it("names, bounds and steps back months", () => {
    expect(monthKey(at("2026-12-31T23:59:59.999Z"))).toBe("2026-12");
    expect(monthBounds("2026-02")).toEqual({ start: at("2026-02-01T00:00:00Z"), end: at("2026-03-01T00:00:00Z") });
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(() => monthBounds("2026-13")).toThrow(RangeError);
  });
});
