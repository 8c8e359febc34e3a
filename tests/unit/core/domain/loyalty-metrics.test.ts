// RFM quintiles, spend propensity and churn risk against cases computed by hand from the formulas
// in docs/loyalty-metrics.md (logistic values from a calculator: 1/(1+e^-z)).
import { describe, expect, it } from "vitest";
import {
  churnRisk,
  type MetricInputs,
  quintileCuts,
  type RfmCutoffs,
  rfmScores,
  scoreHigher,
  scoreLower,
  spendPropensity,
} from "../../../../core/domain/loyalty-metrics";

const inputs = (over: Partial<MetricInputs>): MetricInputs => ({
  daysSinceLastPurchase: 10,
  purchases365: 5,
  spend365Cents: 50_000,
  checkins30: 0,
  daysSinceLastActivity: 10,
  visitsLast90: 3,
  visitsPrior90: 3,
  reachable: true,
  ...over,
});
// The org: recency cuts 7/21/45/120 days, frequency 2/4/7/12 purchases, spend $100/$300/$600/$1,200.
const CUTS: RfmCutoffs = {
  recencyDays: [7, 21, 45, 120],
  frequency: [2, 4, 7, 12],
  monetaryCents: [10_000, 30_000, 60_000, 120_000],
  population: 80,
};

describe("quintiles", () => {
  it("cuts 1..10 at 2, 4, 6 and 8 (nearest rank)", () => {
    expect(quintileCuts([7, 3, 1, 10, 2, 9, 5, 4, 8, 6])).toEqual([2, 4, 6, 8]);
    expect(quintileCuts([])).toEqual([]);
  });
  it("scores 5 above every cut, 1 at or below the first; recency the other way round", () => {
    expect([9, 8, 5, 2, 1].map((x) => scoreHigher(x, [2, 4, 6, 8]))).toEqual([5, 4, 3, 1, 1]);
    expect([1, 2, 5, 8, 9].map((x) => scoreLower(x, [2, 4, 6, 8]))).toEqual([5, 4, 3, 1, 1]);
  });
  it("scores a customer against the org's cuts", () => {
    // 10 days: below 21, 45, 120 -> 4; 5 purchases: above 2 and 4 -> 3; $500: above $100 and $300 -> 3
    const rfm = rfmScores(inputs({}), CUTS);
    expect([rfm.recency.score, rfm.frequency.score, rfm.monetary.score]).toEqual([4, 3, 3]);
    const best = rfmScores(inputs({ daysSinceLastPurchase: 2, purchases365: 20, spend365Cents: 200_000 }), CUTS);
    expect([best.recency.score, best.frequency.score, best.monetary.score]).toEqual([5, 5, 5]);
  });
  it("gives a customer who bought nothing this year 1, 1, 1", () => {
    const none = rfmScores(inputs({ daysSinceLastPurchase: null, purchases365: 0, spend365Cents: 0 }), CUTS);
    expect([none.recency.score, none.frequency.score, none.monetary.score]).toEqual([1, 1, 1]);
  });
});

describe("spend propensity: z = -1.0 + 0.8(R-3) + 0.5(F-3) + 0.3(M-3) + 0.2 min(check-ins, 5)", () => {
  it("is 26.9% for an average customer (z = -1)", () => {
    const i = inputs({ daysSinceLastPurchase: 30, purchases365: 5, spend365Cents: 40_000 }); // R 3, F 3, M 3
    const model = spendPropensity(rfmScores(i, CUTS), i);
    expect(model.z).toBeCloseTo(-1, 10);
    expect(model.probability).toBeCloseTo(0.26894, 4);
  });
  it("is 81.8% for a recent frequent customer who checked in twice (z = 1.5)", () => {
    // R 5 (3 days), F 4 (8 purchases), M 3 ($400), 2 check-ins: -1 + 1.6 + 0.5 + 0 + 0.4
    const i = inputs({ daysSinceLastPurchase: 3, purchases365: 8, spend365Cents: 40_000, checkins30: 2 });
    const model = spendPropensity(rfmScores(i, CUTS), i);
    expect(model.z).toBeCloseTo(1.5, 10);
    expect(model.probability).toBeCloseTo(0.81757, 4);
    expect(model.terms.map((t) => t.contribution)).toEqual([1.6, 0.5, 0, 0.4].map((c) => expect.closeTo(c, 10)));
  });
});

describe("churn risk: z = -1.5 + 0.015 min(days, 365) - 0.4(F-3) + 0.7 declining + 0.5 unreachable", () => {
  it("is low (25.9%) a month after the last visit", () => {
    const i = inputs({ daysSinceLastActivity: 30 }); // F 3
    const risk = churnRisk(rfmScores(i, CUTS), i);
    expect(risk.probability).toBeCloseTo(0.25923, 4);
    expect(risk.band).toBe("low");
  });
  it("is medium (52.5%) after two months with fewer visits than before", () => {
    const i = inputs({ daysSinceLastActivity: 60, visitsLast90: 1, visitsPrior90: 4 });
    const risk = churnRisk(rfmScores(i, CUTS), i);
    expect(risk.z).toBeCloseTo(0.1, 10);
    expect(risk.probability).toBeCloseTo(0.52498, 4);
    expect(risk.band).toBe("medium");
  });
  it("is high (97.1%) after 200 days, rarely buying, visits falling and notifications off", () => {
    const i = inputs({ daysSinceLastActivity: 200, purchases365: 1, visitsLast90: 0, visitsPrior90: 2, reachable: false }); // F 1
    const risk = churnRisk(rfmScores(i, CUTS), i);
    expect(risk.z).toBeCloseTo(3.5, 10);
    expect(risk.probability).toBeCloseTo(0.97069, 4);
    expect(risk.band).toBe("high");
  });
  it("counts a customer never active as 365 days away", () => {
    const i = inputs({
      daysSinceLastPurchase: null,
      purchases365: 0,
      spend365Cents: 0,
      daysSinceLastActivity: null,
      visitsLast90: 0,
      visitsPrior90: 0,
      reachable: false,
    });
    expect(churnRisk(rfmScores(i, CUTS), i).probability).toBeCloseTo(0.99491, 4);
  });
});
