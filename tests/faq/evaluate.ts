// Runs labelled questions through the answer engine and measures it: precision@1 and MRR on
// answerable questions, how often it hands over when it could answer, how often it answers when it
// must hand over, answers of the wrong product, and how well its confidence is calibrated.
import type { AnswerEngine, AnswerResult } from "../../core/domain/faq/engine";
import type { Holdings } from "../../core/domain/faq/scope";
import type { Holds, Kind, Labelled } from "./labelled";

export interface Outcome {
  question: Labelled;
  result: AnswerResult;
  /** The article the caller would hear (either of a lease/loan pair when the product must be chosen). */
  given: string[];
  /** Rank (1-based) of the first right article, or null. */
  rank: number | null;
  handedOver: boolean;
  /** The top article is right (or, unanswerable, nothing was given). */
  top1: boolean;
}

export interface Metrics {
  questions: number;
  answerable: number;
  unanswerable: number;
  precisionAt1: number;
  mrr: number;
  /** Of answerable questions, the share handed over to a person. */
  handOverRateAnswerable: number;
  /** Of unanswerable questions, the share answered anyway. */
  wrongAnswerRateUnanswerable: number;
  /** Of the answers actually given to answerable questions, the share that was right. */
  answeredPrecision: number;
  /** Answers (anywhere in the ranking) of the product the caller does not hold. */
  wrongProductAnswers: number;
  /** Expected calibration error of the confidence (10 bins) and its Brier score. */
  ece: number;
  brier: number;
  byKind: Record<Kind, { n: number; top1: number; handedOver: number }>;
}

export function holdingsOf(holds: Holds): Holdings {
  if (holds === null) return null;
  return { lease: holds !== "loan", loan: holds !== "lease" };
}

export async function runQuestions(engine: AnswerEngine, orgId: string, questions: readonly Labelled[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const result = await engine.answer({ orgId, question: question.q, holdings: holdingsOf(question.holds) });
    const d = result.decision;
    const given =
      d.kind === "answer" ? [d.best.candidate.slug] : d.kind === "choose-product" ? [d.lease.candidate.slug, d.loan.candidate.slug] : [];
    const expect = question.expect;
    const index = expect ? result.ranked.findIndex((r) => expect.includes(r.candidate.slug)) : -1;
    const top = result.ranked[0]?.candidate.slug;
    outcomes.push({
      question,
      result,
      given,
      rank: index >= 0 ? index + 1 : null,
      handedOver: d.kind === "hand-over",
      top1: expect ? top !== undefined && expect.includes(top) : d.kind === "hand-over",
    });
  }
  return outcomes;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Whether the answer given (not just ranked) is right: unanswerable ones must hand over. */
export function answeredRight(o: Outcome): boolean {
  if (!o.question.expect) return o.handedOver;
  if (o.handedOver) return false;
  return o.given.some((slug) => o.question.expect?.includes(slug));
}

export function measure(outcomes: readonly Outcome[]): Metrics {
  const answerable = outcomes.filter((o) => o.question.expect);
  const unanswerable = outcomes.filter((o) => !o.question.expect);
  const answered = answerable.filter((o) => !o.handedOver);
  const wrongProductAnswers = outcomes.filter((o) => {
    const holds = o.question.holds;
    if (holds !== "lease" && holds !== "loan") return false;
    const other = holds === "lease" ? "loan" : "lease";
    return o.result.ranked.some((r) => r.candidate.scope === other);
  }).length;
  // Calibration: the confidence is the probability that the best article is right (0 when none is).
  const pairs = outcomes.map((o) => ({ p: o.result.decision.confidence, y: o.question.expect && o.top1 ? 1 : 0 }));
  let ece = 0;
  for (let bin = 0; bin < 10; bin++) {
    const inBin = pairs.filter(({ p }) => Math.min(9, Math.floor(p * 10)) === bin);
    if (inBin.length === 0) continue;
    const meanP = inBin.reduce((s, x) => s + x.p, 0) / inBin.length;
    const meanY = inBin.reduce((s, x) => s + x.y, 0) / inBin.length;
    ece += (inBin.length / pairs.length) * Math.abs(meanP - meanY);
  }
  const brier = share(
    pairs.reduce((s, x) => s + (x.p - x.y) ** 2, 0),
    pairs.length,
  );
  const kinds: Kind[] = ["phrasing", "typo", "trap", "unanswerable"];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const of = outcomes.filter((o) => o.question.kind === kind);
      return [
        kind,
        {
          n: of.length,
          top1: share(of.filter((o) => o.top1).length, of.length),
          handedOver: share(of.filter((o) => o.handedOver).length, of.length),
        },
      ];
    }),
  ) as Metrics["byKind"];
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    precisionAt1: share(answerable.filter((o) => o.top1).length, answerable.length),
    mrr: share(
      answerable.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0),
      answerable.length,
    ),
    handOverRateAnswerable: share(answerable.length - answered.length, answerable.length),
    wrongAnswerRateUnanswerable: share(unanswerable.filter((o) => !o.handedOver).length, unanswerable.length),
    answeredPrecision: share(answered.filter(answeredRight).length, answered.length),
    wrongProductAnswers,
    ece,
    brier,
    byKind,
  };
}

export function report(label: string, m: Metrics): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const kinds = Object.entries(m.byKind)
    .map(([k, v]) => `${k} ${v.n} (top-1 ${pct(v.top1)}, handed over ${pct(v.handedOver)})`)
    .join("; ");
  return [
    `${label}: ${m.questions} questions (${m.answerable} answerable, ${m.unanswerable} unanswerable)`,
    `  precision@1                      ${m.precisionAt1.toFixed(3)}`,
    `  MRR                              ${m.mrr.toFixed(3)}`,
    `  hand-over rate, answerable       ${pct(m.handOverRateAnswerable)}`,
    `  wrong-answer rate, unanswerable  ${pct(m.wrongAnswerRateUnanswerable)}`,
    `  precision of answers given       ${pct(m.answeredPrecision)}`,
    `  wrong-product answers            ${m.wrongProductAnswers}`,
    `  calibration: ECE ${m.ece.toFixed(3)}, Brier ${m.brier.toFixed(3)}`,
    `  by kind: ${kinds}`,
  ].join("\n");
}
