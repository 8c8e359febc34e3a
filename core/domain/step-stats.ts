// Step times as a director reads them: medians and 90th percentiles per rep and step, from binned
// counts (so 90 days of a floor sum in the database), and where a figure stands against the step's
// minimum, reference and maximum.
import type { ProcessStep } from "./process-steps";

/** Under half a minute every second has its own bin; above, bins grow by 6%. */
export const EXACT_BELOW_SECONDS = 30;
export const BIN_GROWTH = 1.06;

export function binOf(seconds: number): number {
  if (seconds < EXACT_BELOW_SECONDS) return Math.max(0, Math.floor(seconds));
  return EXACT_BELOW_SECONDS + Math.floor(Math.log(seconds / EXACT_BELOW_SECONDS) / Math.log(BIN_GROWTH) + 1e-9);
}

/** How many values fell into a bin, and their sum (seconds). */
export interface BinCount {
  bin: number;
  n: number;
  total: number;
}

/** Bins added up per bin, sorted. */
export function mergeBins(lists: Iterable<readonly BinCount[]>): BinCount[] {
  const merged = new Map<number, BinCount>();
  for (const list of lists)
    for (const b of list) {
      const known = merged.get(b.bin);
      if (known) {
        known.n += b.n;
        known.total += b.total;
      } else merged.set(b.bin, { ...b });
    }
  return [...merged.values()].sort((a, b) => a.bin - b.bin);
}

export function countOf(bins: readonly BinCount[]): number {
  return bins.reduce((sum, b) => sum + b.n, 0);
}

/**
 * The q-quantile by nearest rank (the ceil(q*n)-th smallest value), read from bins: the mean of the
 * values in the bin that holds that rank. Exact under half a minute and whenever the bin holds one
 * value (a single interaction shows its own time); otherwise within the bin's 6%.
 */
export function quantileFromBins(sorted: readonly BinCount[], q: number): number | null {
  const n = countOf(sorted);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let seen = 0;
  for (const b of sorted) {
    seen += b.n;
    if (seen >= rank) return Math.round(b.total / b.n);
  }
  return null;
}

/** Exact nearest-rank quantile of plain values (the reference the bins are held to, and small samples). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] ?? null;
}

export type Level = "under-min" | "on-target" | "over-reference" | "drawdown";

type Limits = Pick<ProcessStep, "minSeconds" | "referenceSeconds" | "maxSeconds">;

/** Where a typical time stands: a drawdown is a median past the step's maximum. */
export function levelOf(seconds: number, step: Limits): Level {
  if (seconds > step.maxSeconds) return "drawdown";
  if (seconds > step.referenceSeconds) return "over-reference";
  if (seconds < step.minSeconds) return "under-min";
  return "on-target";
}

/** The live view's colour for time on a step now: amber from the reference, red past the maximum. */
export function liveLevel(seconds: number, step: Omit<Limits, "minSeconds">): "ok" | "amber" | "red" {
  if (seconds > step.maxSeconds) return "red";
  return seconds >= step.referenceSeconds ? "amber" : "ok";
}
