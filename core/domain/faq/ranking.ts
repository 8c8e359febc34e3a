// Scoring rules: how well an approved article answers a question. Full-text search (BM25) finds the
// candidates; here each is scored by how much of what was asked one of its question variants says
// (weighted by how rare each term is), how much of its variant the question covers, and whether the
// article mentions the rest at all.
import { analyze } from "./normalize";
import type { ProductScope } from "./scope";

/** An approved article version as full-text search recalled it. */
export interface Candidate {
  articleId: string;
  slug: string;
  version: number;
  scope: ProductScope;
  /** Lease and loan articles answering the same question share a pair key. */
  pairKey: string | null;
  title: string;
  questions: string[];
  answer: string;
  /** The personal answer's template, when the article has one (templates.ts). */
  template: string | null;
  /** SQLite's bm25(): negative, lower is better. */
  bm25: number;
}

/** How common each term is among the indexed articles. */
export interface TermStats {
  /** Articles whose text has the term (0: none). */
  docs(term: string): number;
  /** Articles indexed. */
  total: number;
}

/** A candidate's terms: one set per question variant (the title is one), and all its text. */
export interface CandidateTerms {
  variants: Set<string>[];
  all: Set<string>;
}

export interface Ranked {
  candidate: Candidate;
  score: number;
  /** Share of the question's weight the best variant says. */
  recall: number;
  /** Share of the best variant's weight the question says. */
  precision: number;
  /** Weight of what was asked that the best variant does not say (the rest of the question), and its heaviest term. */
  unsaid: number;
  unsaidTop: number;
}

export function candidateTerms(candidate: Pick<Candidate, "questions" | "title" | "answer">): CandidateTerms {
  const variants = [...candidate.questions, candidate.title].map((text) => new Set(analyze(text).terms));
  const all = new Set([...variants.flatMap((v) => [...v]), ...analyze(candidate.answer).terms]);
  return { variants, all };
}

/**
 * Rare terms weigh more. A term no article has weighs as a rare one, not more: callers add words of
 * their own ("my recliner"), and the share of the question nobody has a term for is evidence of its own.
 */
export function termWeight(term: string, stats: TermStats): number {
  return Math.log(1 + (stats.total + 1) / (Math.max(stats.docs(term), UNKNOWN_AS_DOCS) + 0.5));
}

/** How many articles an unknown term counts as, for its weight. */
export const UNKNOWN_AS_DOCS = 2;

/** Weights of the ranking score, fitted on the development questions (tests/faq). */
export const SCORE_WEIGHTS = { variant: 0.6, coverage: 0.25, bm25: 0.15 };
export type ScoreWeights = typeof SCORE_WEIGHTS;

export function rankCandidates(
  query: readonly string[],
  candidates: readonly Candidate[],
  stats: TermStats,
  termsOf: (candidate: Candidate) => CandidateTerms = candidateTerms,
  weights: ScoreWeights = SCORE_WEIGHTS,
): Ranked[] {
  const weight = new Map(query.map((t) => [t, termWeight(t, stats)]));
  const asked = [...weight.values()].reduce((a, b) => a + b, 0);
  if (asked === 0) return [];
  const bestBm25 = Math.min(...candidates.map((c) => c.bm25), -1e-9);
  const ranked = candidates.map((candidate) => {
    const terms = termsOf(candidate);
    let best = { f: 0, recall: 0, precision: 0, variant: new Set<string>() };
    for (const variant of terms.variants) {
      let said = 0;
      let size = 0;
      for (const term of variant) {
        const w = weight.get(term);
        size += w ?? termWeight(term, stats);
        if (w !== undefined) said += w;
      }
      const recall = said / asked;
      const precision = size > 0 ? said / size : 0;
      // Recall counts double: a caller adds words, but an article that misses what was asked is wrong.
      const f = recall + precision > 0 ? (3 * recall * precision) / (2 * precision + recall) : 0;
      if (f > best.f) best = { f, recall, precision, variant };
    }
    let unsaid = 0;
    let unsaidTop = 0;
    for (const [term, w] of weight) {
      if (best.variant.has(term)) continue;
      unsaid += w;
      unsaidTop = Math.max(unsaidTop, w);
    }
    let covered = 0;
    for (const [term, w] of weight) if (terms.all.has(term)) covered += w;
    const score = weights.variant * best.f + weights.coverage * (covered / asked) + weights.bm25 * (candidate.bm25 / bestBm25);
    return { candidate, score, recall: best.recall, precision: best.precision, unsaid: unsaid / 10, unsaidTop: unsaidTop / 10 };
  });
  return ranked.sort((a, b) => b.score - a.score || a.candidate.slug.localeCompare(b.candidate.slug));
}
