// Ranking candidates: the article whose question variant says what was asked (and little else) wins,
// and recall never lets an article of another product rank.
import { describe, expect, it } from "vitest";
import { planQuestion, rankFor } from "../../../../../core/domain/faq/engine";
import type { Candidate } from "../../../../../core/domain/faq/ranking";
import { knownWords } from "../../../../../core/domain/faq/spelling";

const article = (slug: string, scope: Candidate["scope"], questions: string[]): Candidate => ({
  articleId: `faq_${slug}`,
  slug,
  version: 1,
  scope,
  pairKey: null,
  title: slug.replace(/-/g, " "),
  questions,
  answer: "",
  template: null,
  bm25: -5,
});
const lexicon = { known: knownWords([]), docs: () => 3, total: 100 };
const CANDIDATES = [
  article("lease-late-fee", "lease", ["Is there a late fee on my lease?"]),
  article("loan-late-fee", "loan", ["Is there a late fee on my loan?"]),
  article("payment-methods", "both", ["What payment methods do you accept?"]),
];

describe("ranking", () => {
  it("puts the article that asks the same question first", () => {
    const plan = planQuestion({ orgId: "o", question: "what methods of payment do you accept", holdings: null }, lexicon);
    expect(rankFor(plan, CANDIDATES, lexicon)[0]?.candidate.slug).toBe("payment-methods");
  });

  it("ranks only the asking customer's product: a loan customer's 'late fee on my lease' still gets the loan answer", () => {
    const plan = planQuestion({ orgId: "o", question: "is there a late fee on my lease", holdings: { lease: false, loan: true } }, lexicon);
    const slugs = rankFor(plan, CANDIDATES, lexicon).map((r) => r.candidate.slug);
    expect(slugs[0]).toBe("loan-late-fee");
    expect(slugs).not.toContain("lease-late-fee");
  });
});
