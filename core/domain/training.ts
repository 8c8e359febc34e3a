// Training closes a gap: a course or a mentor meeting for one step of one rep, and whether the step
// got faster, read as the step's median in the weeks before the assignment against the weeks after
// the rep completed it.
import { quantile } from "./step-stats";

export const TRAINING_KINDS = ["course", "mentor"] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** How far back "before" and forward "after" look. */
export const EFFECT_WINDOW_MS = 28 * 86_400_000;

export interface EffectWindows {
  before: { from: number; to: number };
  /** Null until the rep marks the assignment done. */
  after: { from: number; to: number } | null;
}

export function effectWindows(assignedAt: number, completedAt: number | null, now: number): EffectWindows {
  return {
    before: { from: assignedAt - EFFECT_WINDOW_MS, to: assignedAt },
    after: completedAt === null ? null : { from: completedAt, to: Math.min(now, completedAt + EFFECT_WINDOW_MS) },
  };
}

export interface TrainingEffect {
  before: { median: number | null; interactions: number };
  after: { median: number | null; interactions: number } | null;
  /** After against before, in percent (negative: faster); null until both sides have interactions. */
  changePercent: number | null;
}

export function trainingEffect(before: readonly number[], after: readonly number[] | null): TrainingEffect {
  const b = quantile(before, 0.5);
  const a = after ? quantile(after, 0.5) : null;
  return {
    before: { median: b, interactions: before.length },
    after: after ? { median: a, interactions: after.length } : null,
    changePercent: a !== null && b !== null && b > 0 ? Math.round(((a - b) / b) * 100) : null,
  };
}
