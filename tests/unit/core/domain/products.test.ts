import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leaseOffer, loanOffer } from "../../../../core/domain/offers";
import {
  assessItem,
  CATEGORY_RULES,
  chooseFinancing,
  complianceResult,
  DEFAULT_STATE_RULE,
  ITEM_CATEGORIES,
  type ItemInput,
  itemEligibility,
  STATE_RULES,
  stateRule,
} from "../../../../core/domain/products";

const DURABLE = ["electronics", "furniture", "appliances", "mattresses", "jewelry", "tires", "computers"] as const;
const item = (over: Partial<ItemInput> = {}): ItemInput => ({
  title: "Thing",
  category: "furniture",
  priceCents: 50_000,
  quantity: 1,
  vendorName: "BrightHome Outlet",
  ...over,
});

describe("the eligibility rules table", () => {
  it.each([
    ["electronics", "both"],
    ["furniture", "both"],
    ["appliances", "both"],
    ["mattresses", "both"],
    ["jewelry", "both"],
    ["tires", "both"],
    ["computers", "both"],
    ["gift_card", "none"],
    ["service_plan", "loan"],
    ["consumables", "loan"],
    ["firearms", "none"],
  ])("%s may be financed by %s", (category, eligibility) => {
    expect(itemEligibility(category)).toBe(eligibility);
  });

  it("covers every category with a label and a reason", () => {
    for (const category of ITEM_CATEGORIES) {
      expect(CATEGORY_RULES[category].label.length).toBeGreaterThan(0);
      expect(CATEGORY_RULES[category].why.length).toBeGreaterThan(0);
    }
  });

  it("says why a lease cannot cover a gift card, a service or a consumable", () => {
    expect(assessItem(item({ title: "$100 gift card", category: "gift_card" }), "TX").lease.reasons[0]).toMatch(/cash equivalent/);
    expect(assessItem(item({ title: "Protection plan", category: "service_plan" }), "TX").lease.reasons[0]).toMatch(/service/);
    expect(assessItem(item({ title: "Ink", category: "consumables" }), "TX").lease.reasons[0]).toMatch(/used up/);
  });

  it("needs the vendor's name for a loan, and says so", () => {
    const verdict = assessItem(item({ vendorName: null }), "TX");
    expect(verdict.loan.ok).toBe(false);
    expect(verdict.loan.reasons.join()).toMatch(/vendor/);
    expect(verdict.lease.ok).toBe(true);
  });

  it("applies per-state limits from the table, with the default for unlisted states", () => {
    expect(stateRule("TX")).toEqual(DEFAULT_STATE_RULE);
    expect(assessItem(item(), "NJ").lease.reasons.join()).toMatch(/not available in NJ/);
    const big = item({ priceCents: (STATE_RULES.CA?.leaseMaxCents ?? 0) + 1 });
    expect(assessItem(big, "CA").lease.reasons.join()).toMatch(/lease limit in CA/);
    expect(assessItem(big, "TX").lease.ok).toBe(true);
  });

  it("gives an undecided compliance result until a product is chosen", () => {
    expect(complianceResult(assessItem(item(), "TX"), null).status).toBe("undecided");
    expect(complianceResult(assessItem(item({ category: "gift_card" }), "TX"), "loan").status).toBe("fail");
  });
});

const durableItem = fc.record({
  title: fc.string({ minLength: 1, maxLength: 20 }),
  category: fc.constantFrom(...DURABLE),
  priceCents: fc.integer({ min: 1, max: 100_000 }),
  quantity: fc.integer({ min: 1, max: 3 }),
  vendorName: fc.constant("Vendor"),
});

describe("choosing lease or loan for an order", () => {
  it("picks a lease whenever every item is durable and within the limit, outside NJ", () => {
    fc.assert(
      fc.property(fc.array(durableItem, { minLength: 1, maxLength: 4 }), fc.constantFrom("TX", "GA", "OH", null), (items, state) => {
        const total = items.reduce((s, i) => s + i.priceCents * i.quantity, 0);
        const choice = chooseFinancing(items, state);
        expect(choice.product).toBe(
          total <= stateRule(state).leaseMaxCents ? "lease" : total <= stateRule(state).loanMaxCents ? "loan" : null,
        );
      }),
    );
  });

  it("never finances an order with a gift card, and names it", () => {
    fc.assert(
      fc.property(fc.array(durableItem, { maxLength: 3 }), fc.constantFrom(...Object.keys(STATE_RULES), "TX"), (items, state) => {
        const choice = chooseFinancing([...items, item({ title: "Gift card", category: "gift_card", priceCents: 10_000 })], state);
        expect(choice.product).toBeNull();
        expect(choice.blockers.join()).toMatch(/Gift card/);
      }),
    );
  });

  it("chooses a loan, with the lease's reason, when a service plan or consumable is in the order", () => {
    const choice = chooseFinancing([item(), item({ title: "Protection plan", category: "service_plan", priceCents: 9_900 })], "TX");
    expect(choice).toMatchObject({ product: "loan", blockers: [] });
    expect(choice.why).toMatch(/Protection plan is a service/);
  });

  it("chooses a loan in NJ, where leases are not offered", () => {
    expect(chooseFinancing([item()], "NJ")).toMatchObject({ product: "loan" });
  });

  it("says what is missing when nothing fits", () => {
    expect(chooseFinancing([], "TX")).toMatchObject({ product: null, blockers: ["Add at least one item"] });
    const choice = chooseFinancing([item({ category: "service_plan", vendorName: " " })], "TX");
    expect(choice.product).toBeNull();
    expect(choice.blockers.join()).toMatch(/vendor/);
  });
});

describe("offers in integer cents", () => {
  it("makes a lease's payments add up exactly to its total cost, at least twice the cash price", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), (cash) => {
        const offer = leaseOffer(cash);
        expect(offer.totalCostCents).toBe(offer.paymentCents * offer.termPayments);
        expect(offer.totalCostCents).toBeGreaterThanOrEqual(cash * 2);
        expect(Number.isInteger(offer.paymentCents) && Number.isInteger(offer.earlyPurchaseCents)).toBe(true);
      }),
    );
  });

  it("makes a loan's schedule sum exactly to principal plus finance charge, under the state's APR cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), fc.constantFrom("TX", "CA", "NC", "OR", null), (principal, state) => {
        const offer = loanOffer(principal, state);
        const paid = offer.schedule.reduce((s, r) => s + r.paymentCents, 0);
        expect(paid).toBe(offer.principalCents + offer.financeChargeCents);
        expect(offer.totalOfPaymentsCents).toBe(paid);
        expect(offer.aprBps).toBeLessThanOrEqual(stateRule(state).loanMaxAprBps);
        for (const row of offer.schedule) expect(Number.isInteger(row.paymentCents)).toBe(true);
      }),
    );
  });
});
