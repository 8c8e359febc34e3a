// Captured time, checked and counted. A batch is refused when an interval runs backwards, lies in the
// future of the batch's own clock or overlaps another of the batch (the protocol's schema checks the
// places); stored batches are folded into one timeline (copies, overlaps and out-of-order arrivals
// counted once) and summed per place.
import type { ClockInterval } from "./step-clock";

/** One interval may not be longer than this (a capture that never closed is a bug, not work). */
export const MAX_INTERVAL_MS = 4 * 3_600_000;
/** A batch's clock may differ from the server's by at most this much. */
export const MAX_CLOCK_SKEW_MS = 24 * 3_600_000;

export interface StepBatch {
  sentAt: number;
  intervals: ClockInterval[];
  current: { at: string; since: number } | null;
}

export interface BatchProblem {
  path: string;
  message: string;
}

/** Everything wrong with a batch, each with the field it concerns; empty when it may be stored. */
export function batchProblems(batch: StepBatch, serverNow: number): BatchProblem[] {
  const problems: BatchProblem[] = [];
  if (Math.abs(batch.sentAt - serverNow) > MAX_CLOCK_SKEW_MS)
    problems.push({ path: "sentAt", message: "the device's clock is more than a day off" });
  batch.intervals.forEach((interval, i) => {
    const path = `intervals.${i}`;
    if (interval.to <= interval.from) problems.push({ path, message: "ends before it starts (negative or empty)" });
    else if (interval.to - interval.from > MAX_INTERVAL_MS) problems.push({ path, message: "longer than four hours" });
    if (interval.to > batch.sentAt) problems.push({ path, message: "ends in the future (after the batch was sent)" });
  });
  const order = batch.intervals.map((interval, i) => ({ interval, i })).sort((a, b) => a.interval.from - b.interval.from);
  for (let k = 1; k < order.length; k++) {
    const before = order[k - 1];
    const after = order[k];
    if (before && after && after.interval.from < before.interval.to)
      problems.push({ path: `intervals.${after.i}`, message: `overlaps intervals.${before.i}` });
  }
  if (batch.current && batch.current.since > batch.sentAt) problems.push({ path: "current.since", message: "starts in the future" });
  return problems;
}

/**
 * The intervals as one timeline: the rep is in one place at a time. Where copies of the same place
 * overlap, the time counts once; where different places overlap (two devices), the one entered
 * later holds from its start. The answer is sorted and never overlaps.
 */
export function foldTimeline(intervals: readonly ClockInterval[]): ClockInterval[] {
  const valid = intervals.filter((i) => i.to > i.from);
  const points = [...new Set(valid.flatMap((i) => [i.from, i.to]))].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.from - b.from || (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const out: ClockInterval[] = [];
  let active: ClockInterval[] = [];
  let next = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p] as number;
    const end = points[p + 1] as number;
    active = active.filter((i) => i.to > start);
    while (next < byStart.length && (byStart[next] as ClockInterval).from <= start) active.push(byStart[next++] as ClockInterval);
    // The latest entered wins (byStart order breaks ties by place, so the answer never depends on arrival).
    const winner = active.reduce<ClockInterval | null>((best, i) => (!best || i.from >= best.from ? i : best), null);
    if (!winner) continue;
    const last = out.at(-1);
    if (last && last.at === winner.at && last.to === start) last.to = end;
    else out.push({ at: winner.at, from: start, to: end });
  }
  return out;
}

/** Milliseconds per place over the folded timeline. */
export function timePerPlace(intervals: readonly ClockInterval[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const i of foldTimeline(intervals)) totals.set(i.at, (totals.get(i.at) ?? 0) + (i.to - i.from));
  return totals;
}
