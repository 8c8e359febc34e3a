// Fits the confidence model (logistic regression over the ranking's evidence) on labelled outcomes,
// and tabulates what each hand-over threshold would cost: answerable questions handed over against
// unanswerable ones answered. The result is copied into core/domain/faq/decision.ts by a person.
import { EVIDENCE_FEATURES, type Evidence } from "../../core/domain/faq/decision";
import type { Outcome } from "./evaluate";

type Model = Record<"bias" | (typeof EVIDENCE_FEATURES)[number], number>;
const FEATURES = EVIDENCE_FEATURES;
const zero = (): Model => ({ bias: 0, score: 0, gap: 0, recall: 0, precision: 0, unknown: 0, weight: 0, unsaid: 0, unsaidTop: 0 });

/** label 1: the best article is right; 0: it is wrong or nothing should have been answered. */
function samples(outcomes: readonly Outcome[]): { x: Evidence; y: number }[] {
  return outcomes.flatMap((o) => (o.result.evidence ? [{ x: o.result.evidence, y: o.question.expect && o.top1 ? 1 : 0 }] : []));
}

export function fitConfidence(outcomes: readonly Outcome[], steps = 20_000, rate = 0.5, l2 = 0.001): Model {
  const data = samples(outcomes);
  const w = zero();
  for (let step = 0; step < steps; step++) {
    const grad = zero();
    for (const { x, y } of data) {
      const z = w.bias + FEATURES.reduce((s, f) => s + w[f] * x[f], 0);
      const err = 1 / (1 + Math.exp(-z)) - y;
      grad.bias += err;
      for (const f of FEATURES) grad[f] += err * x[f];
    }
    w.bias -= (rate * grad.bias) / data.length;
    for (const f of FEATURES) w[f] -= rate * (grad[f] / data.length + l2 * w[f]);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, round(v)])) as Model;
}

/** The confidence a model gives an outcome's evidence. */
export function confidenceUnder(model: Model, o: Outcome): number {
  const x = o.result.evidence;
  if (!x || o.result.ranked.length === 0) return 0;
  return 1 / (1 + Math.exp(-(model.bias + FEATURES.reduce((s, f) => s + model[f] * x[f], 0))));
}

/** For each threshold under `model`: answerable handed over, unanswerable answered, and wrong answers given. */
export function thresholdTable(outcomes: readonly Outcome[], model: Model): string {
  const answerable = outcomes.filter((o) => o.question.expect);
  const unanswerable = outcomes.filter((o) => !o.question.expect);
  const lines = ["threshold  handed-over(answerable)  answered(unanswerable)  wrong-answers(answerable)"];
  for (let t = 0.3; t <= 0.91; t += 0.05) {
    const conf = (o: Outcome) => confidenceUnder(model, o);
    const handed = answerable.filter((o) => conf(o) < t || !o.result.ranked.length).length;
    const answered = unanswerable.filter((o) => conf(o) >= t && o.result.ranked.length > 0).length;
    const wrong = answerable.filter((o) => conf(o) >= t && !o.top1).length;
    lines.push(
      `${t.toFixed(2).padStart(9)}  ${`${handed}/${answerable.length}`.padStart(23)}  ${`${answered}/${unanswerable.length}`.padStart(22)}  ${`${wrong}`.padStart(25)}`,
    );
  }
  return lines.join("\n");
}
