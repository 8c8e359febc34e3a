// The answer engine's contract and its pure steps: plan a question (terms, product, scopes), then,
// with what full-text search recalled, rank and decide. Recall (D1 FTS5) and an optional re-ranker
// (a semantic model, later) plug in from outside; the ranking and the confidence stay here.

import { type Decision, decide, type Evidence, evidenceFor, questionWeight } from "./decision";
import { QUESTION_MAX_CHARS } from "./limits";
import { analyze } from "./normalize";
import { type Candidate, type CandidateTerms, candidateTerms, type Ranked, rankCandidates, type TermStats } from "./ranking";
import { type Holdings, type Product, type ProductScope, productNamed, productOf, scopesFor, termsForProduct } from "./scope";
import type { KnownWords } from "./spelling";

export { QUESTION_MAX_CHARS };
/** Candidates full-text search recalls for the ranking. */
export const RECALL_LIMIT = 20;

/** What the index knows: its words (for spelling) and how common each term is. */
export interface Lexicon extends TermStats {
  known: KnownWords;
}

export interface AnswerRequest {
  orgId: string;
  question: string;
  /** The identified customer's products; null when nobody is identified. */
  holdings: Holdings;
  /** A product the asker chose ("is that about your lease or your loan?"). */
  chosen?: Product | null;
}

export interface QuestionPlan {
  terms: string[];
  corrected: { from: string; to: string }[];
  product: Product | null;
  scopes: ProductScope[];
}

export interface AnswerResult extends QuestionPlan {
  /** Best first, within the allowed scopes. */
  ranked: Ranked[];
  decision: Decision;
  /** What the confidence of the best answer was computed from (null when nothing ranked). */
  evidence: Evidence | null;
}

/** Full-text recall: approved articles of the org in these scopes matching any of the terms. */
export type Recall = (input: { orgId: string; terms: string[]; scopes: ProductScope[]; limit: number }) => Promise<Candidate[]>;

/** A later re-ranker (e.g. semantic similarity) reorders and rescales the ranked list; it never adds articles. */
export interface Reranker {
  readonly name: string;
  rerank(question: string, ranked: Ranked[]): Promise<Ranked[]>;
}

export interface AnswerEngine {
  answer(request: AnswerRequest): Promise<AnswerResult>;
}

export function planQuestion(request: AnswerRequest, lexicon: Lexicon): QuestionPlan {
  const { terms, corrected } = analyze(request.question.slice(0, QUESTION_MAX_CHARS), lexicon.known);
  const product = request.chosen ?? productOf(request.holdings, productNamed(terms));
  return { terms: termsForProduct(terms, product), corrected, product, scopes: scopesFor(product) };
}

/** The allowed candidates, best first. */
export function rankFor(
  plan: QuestionPlan,
  candidates: readonly Candidate[],
  stats: TermStats,
  termsOf: (c: Candidate) => CandidateTerms = candidateTerms,
): Ranked[] {
  // Recall already filtered by scope; checked again so no other product's answer ever ranks.
  return rankCandidates(
    plan.terms,
    candidates.filter((c) => plan.scopes.includes(c.scope)),
    stats,
    termsOf,
  );
}

/** The decision on a ranked list (after any re-ranker). */
export function conclude(plan: QuestionPlan, ranked: Ranked[], stats: TermStats): AnswerResult {
  const evidence = ranked.length > 0 ? evidenceFor(ranked, 0, questionWeight(plan.terms, stats)) : null;
  return { ...plan, ranked, evidence, decision: decide({ terms: plan.terms, ranked, product: plan.product, stats }) };
}
