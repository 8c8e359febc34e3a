// When the assistant answers and when it says "let me get someone": the threshold on a calibrated
// confidence, a lease/loan pair left to the product, and nothing asked or found handed over.
import { describe, expect, it } from "vitest";
import { confidenceOf, decide, type Evidence, HAND_OVER_BELOW } from "../../../../../core/domain/faq/decision";
import type { Candidate, Ranked } from "../../../../../core/domain/faq/ranking";

const stats = { docs: (term: string) => ({ pay: 50, due: 10, lease: 60, loan: 60 })[term] ?? 0, total: 160 };
const candidate = (slug: string, scope: Candidate["scope"], pairKey: string | null = null): Candidate => ({
  articleId: `faq_${slug}`,
  slug,
  version: 1,
  scope,
  pairKey,
  title: slug,
  questions: [],
  answer: "",
  template: null,
  bm25: -5,
});
const ranked = (c: Candidate, score: number, recall = 1, precision = 1): Ranked => ({
  candidate: c,
  score,
  recall,
  precision,
  unsaid: 0,
  unsaidTop: 0,
});

const strong: Evidence = { score: 1, gap: 0.5, recall: 1, precision: 1, unknown: 0, weight: 1, unsaid: 0, unsaidTop: 0 };
const weak: Evidence = { score: 0.3, gap: 0, recall: 0.3, precision: 0.3, unknown: 0.5, weight: 1, unsaid: 1, unsaidTop: 0.5 };

describe("confidence", () => {
  it("is a probability, high for a clear full match and low for a partial one", () => {
    expect(confidenceOf(strong)).toBeGreaterThan(HAND_OVER_BELOW);
    expect(confidenceOf(weak)).toBeLessThan(HAND_OVER_BELOW);
    for (const e of [strong, weak]) {
      expect(confidenceOf(e)).toBeGreaterThan(0);
      expect(confidenceOf(e)).toBeLessThan(1);
    }
  });

  it("grows with the lead over the next answer", () => {
    expect(confidenceOf({ ...strong, gap: 0.4 })).toBeGreaterThan(confidenceOf({ ...strong, gap: 0.1 }));
  });
});

describe("the decision", () => {
  const due = candidate("loan-due-date", "loan", "due-date");
  it("hands over when nothing was asked, or nothing matches", () => {
    expect(decide({ terms: [], ranked: [], product: null, stats })).toMatchObject({
      kind: "hand-over",
      reason: "no-question",
      confidence: 0,
    });
    expect(decide({ terms: ["weather"], ranked: [], product: null, stats })).toMatchObject({
      kind: "hand-over",
      reason: "no-match",
      confidence: 0,
    });
  });

  it("answers a clear match, and hands over a doubtful one, keeping the best guess for the rep", () => {
    const clear = decide({
      terms: ["pay", "due"],
      ranked: [ranked(due, 1), ranked(candidate("x", "both"), 0.3, 0.3, 0.3)],
      product: "loan",
      stats,
    });
    expect(clear.kind).toBe("answer");
    const doubtful = decide({
      terms: ["pay", "due"],
      ranked: [ranked(due, 0.4, 0.4, 0.4), ranked(candidate("x", "both"), 0.38, 0.4, 0.4)],
      product: "loan",
      stats,
    });
    expect(doubtful).toMatchObject({ kind: "hand-over", reason: "unsure", best: { candidate: { slug: "loan-due-date" } } });
    expect(doubtful.confidence).toBeLessThan(HAND_OVER_BELOW);
  });

  it("asks which product when a lease answer and its loan twin fit alike and the product is unknown", () => {
    const lease = candidate("lease-due-date", "lease", "due-date");
    const both = [ranked(lease, 1), ranked(due, 0.97), ranked(candidate("x", "both"), 0.2, 0.2, 0.2)];
    expect(decide({ terms: ["pay", "due"], ranked: both, product: null, stats })).toMatchObject({
      kind: "choose-product",
      lease: { candidate: { slug: "lease-due-date" } },
      loan: { candidate: { slug: "loan-due-date" } },
    });
    // The twin is no rival: the confidence is the pair's, not split between them.
    expect(decide({ terms: ["pay", "due"], ranked: both, product: null, stats }).confidence).toBeGreaterThan(HAND_OVER_BELOW);
  });
});
