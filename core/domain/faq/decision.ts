// Whether to answer: a calibrated confidence that the best article is the right one (a logistic
// model over the ranking's evidence, fitted on labelled development questions), and the threshold
// below which the assistant says "let me get someone" instead of guessing.
import type { Ranked, TermStats } from "./ranking";
import { termWeight } from "./ranking";
import { otherProduct, type Product } from "./scope";

/**
 * Coefficients of the confidence model, fitted by `npm run eval:faq -- --fit` on the development
 * set (tests/faq/dev-questions.ts), never on the evaluation set it is judged by.
 */
export const CONFIDENCE_MODEL = {
  bias: -4.74,
  score: 2.31,
  gap: 4.47,
  recall: 1.69,
  precision: 2.92,
  unknown: -2.58,
  weight: 0.24,
  unsaid: 0.75,
  unsaidTop: -1.17,
} as const;

/**
 * Below this confidence the assistant hands over to a person: the lowest threshold at which, on the
 * development set, at most 1 in 25 questions nobody can answer still gets an answer (a lender would
 * rather say "let me get someone" than guess).
 */
export const HAND_OVER_BELOW = 0.8;

/** A lease answer and its loan twin this close count as one answer, and the product decides. */
const PAIR_CLOSENESS = 0.8;

export interface Evidence {
  score: number;
  /** Lead over the best other answer (its lease/loan twin aside). */
  gap: number;
  recall: number;
  precision: number;
  /** Share of the question's weight in terms no article has. */
  unknown: number;
  /** How much the question says: its terms' total weight, scaled (a one-word question says little). */
  weight: number;
  /** What the best answer's question leaves unsaid of what was asked: total weight, and the heaviest term's. */
  unsaid: number;
  unsaidTop: number;
}

export const EVIDENCE_FEATURES = ["score", "gap", "recall", "precision", "unknown", "weight", "unsaid", "unsaidTop"] as const;

export function confidenceOf(e: Evidence): number {
  const m = CONFIDENCE_MODEL;
  const z = m.bias + EVIDENCE_FEATURES.reduce((sum, f) => sum + m[f] * e[f], 0);
  return 1 / (1 + Math.exp(-z));
}

/** What the question's terms say before any article is looked at: their weight, and how much of it no article has. */
export function questionWeight(terms: readonly string[], stats: TermStats): { weight: number; unknown: number } {
  let all = 0;
  let unknown = 0;
  for (const term of terms) {
    const w = termWeight(term, stats);
    all += w;
    if (stats.docs(term) === 0) unknown += w;
  }
  return { weight: all / 10, unknown: all > 0 ? unknown / all : 1 };
}

const twins = (a: Ranked, b: Ranked) =>
  a.candidate.pairKey !== null && a.candidate.pairKey === b.candidate.pairKey && a.candidate.scope !== b.candidate.scope;

/** The evidence for one ranked answer against all the others. */
export function evidenceFor(ranked: readonly Ranked[], index: number, question: { weight: number; unknown: number }): Evidence {
  const self = ranked[index];
  if (!self) return { score: 0, gap: -1, recall: 0, precision: 0, unsaid: question.weight, unsaidTop: 0, ...question };
  const rival = ranked.find((r, i) => i !== index && !twins(self, r));
  const { score, recall, precision, unsaid, unsaidTop } = self;
  return { score, gap: score - (rival?.score ?? 0), recall, precision, unsaid, unsaidTop, ...question };
}

export type Decision =
  | { kind: "answer"; best: Ranked; confidence: number }
  /** A lease answer and its loan twin fit equally, and who asks holds both or is unknown. */
  | { kind: "choose-product"; lease: Ranked; loan: Ranked; confidence: number }
  | { kind: "hand-over"; reason: "no-question" | "no-match" | "unsure"; best: Ranked | null; confidence: number };

export function decide(input: {
  terms: readonly string[];
  ranked: readonly Ranked[];
  product: Product | null;
  stats: TermStats;
}): Decision {
  const { terms, ranked, product } = input;
  if (terms.length === 0) return { kind: "hand-over", reason: "no-question", best: null, confidence: 0 };
  const best = ranked[0];
  if (!best) return { kind: "hand-over", reason: "no-match", best: null, confidence: 0 };
  const confidence = confidenceOf(evidenceFor(ranked, 0, questionWeight(terms, input.stats)));
  if (confidence < HAND_OVER_BELOW) return { kind: "hand-over", reason: "unsure", best, confidence };
  const scope = best.candidate.scope;
  if (product === null && (scope === "lease" || scope === "loan")) {
    const twin = ranked.find((r) => twins(best, r) && r.candidate.scope === otherProduct(scope));
    if (twin && twin.score >= PAIR_CLOSENESS * best.score) {
      const [lease, loan] = scope === "lease" ? [best, twin] : [twin, best];
      return { kind: "choose-product", lease, loan, confidence };
    }
  }
  return { kind: "answer", best, confidence };
}
