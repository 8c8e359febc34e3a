// Medians, 90th percentiles and drawdowns as the director reads them, held to a naive reference (sort
// every value, take the nearest rank) over random floors, and to worked examples.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monitorFigures } from "../../../../core/domain/monitor-figures";
import type { ProcessStep } from "../../../../core/domain/process-steps";
import { type BinCount, binOf, levelOf, liveLevel, quantile, quantileFromBins } from "../../../../core/domain/step-stats";

const step = (key: string, min: number, ref: number, max: number): ProcessStep => ({
  key,
  label: key,
  location: "profile.overview",
  minSeconds: min,
  referenceSeconds: ref,
  maxSeconds: max,
  courses: [],
});

/** The naive reference: all values, sorted, the ceil(q*n)-th. Written apart from the code under test. */
function naive(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(q * sorted.length) - 1] ?? sorted[0] ?? null;
}

/** Rows as the rollup holds them: one per (rep, step, day, bin), several days per bin. */
function rollupRows(values: { staffId: string; stepKey: string; day: number; seconds: number }[]) {
  const rows = new Map<string, { staffId: string; stepKey: string; bin: number; n: number; total: number }>();
  for (const v of values) {
    const key = `${v.staffId}|${v.stepKey}|${v.day}|${binOf(v.seconds)}`;
    const row = rows.get(key) ?? { staffId: v.staffId, stepKey: v.stepKey, bin: binOf(v.seconds), n: 0, total: 0 };
    row.n += 1;
    row.total += v.seconds;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const STEPS = [step("verify", 5, 12, 20), step("pay", 8, 15, 25)];
const floor = (maxSeconds: number) =>
  fc.array(
    fc.record({
      staffId: fc.constantFrom("stf_a", "stf_b", "stf_c"),
      stepKey: fc.constantFrom("verify", "pay"),
      day: fc.integer({ min: 0, max: 89 }),
      seconds: fc.integer({ min: 1, max: maxSeconds }),
    }),
    { minLength: 1, maxLength: 300 },
  );

describe("medians and p90 from the rollup", () => {
  it("equal the naive ones exactly under half a minute, with the same level and the same worst drawdown", () => {
    fc.assert(
      fc.property(floor(29), (values) => {
        const figures = monitorFigures(rollupRows(values), STEPS);
        let worst: { key: string; over: number } | null = null;
        for (const cell of figures.cells) {
          const mine = values.filter((v) => v.staffId === cell.staffId && v.stepKey === cell.stepKey).map((v) => v.seconds);
          const median = naive(mine, 0.5) as number;
          const limits = STEPS.find((s) => s.key === cell.stepKey) as ProcessStep;
          expect(cell).toMatchObject({ interactions: mine.length, median, p90: naive(mine, 0.9) });
          // By hand: past the maximum, over the reference, under the minimum, else on target.
          const level =
            median > limits.maxSeconds
              ? "drawdown"
              : median > limits.referenceSeconds
                ? "over-reference"
                : median < limits.minSeconds
                  ? "under-min"
                  : "on-target";
          expect(cell.level).toBe(level);
          const over = Math.round(((median - limits.maxSeconds) / limits.maxSeconds) * 100);
          if (level === "drawdown" && (!worst || over > worst.over)) worst = { key: `${cell.staffId}/${cell.stepKey}`, over };
        }
        const found = figures.worst
          ? { key: `${figures.worst.staffId}/${figures.worst.stepKey}`, over: figures.worst.overMaxPercent }
          : null;
        expect(found?.over ?? null).toBe((worst as { over: number } | null)?.over ?? null);
      }),
    );
  });

  it("stay within a bin (6%) of the naive ones for times up to two hours", () => {
    fc.assert(
      fc.property(floor(7_200), (values) => {
        for (const cell of monitorFigures(rollupRows(values), STEPS).cells) {
          const mine = values.filter((v) => v.staffId === cell.staffId && v.stepKey === cell.stepKey).map((v) => v.seconds);
          for (const [q, got] of [
            [0.5, cell.median],
            [0.9, cell.p90],
          ] as const) {
            const want = naive(mine, q) as number;
            expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(Math.max(1, want * 0.061));
          }
        }
      }),
    );
  });

  it("shows one interaction's own time, whatever its length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7_200 }), (seconds) => {
        const bins: BinCount[] = [{ bin: binOf(seconds), n: 1, total: seconds }];
        expect(quantileFromBins(bins, 0.5)).toBe(seconds);
        expect(quantileFromBins(bins, 0.9)).toBe(seconds);
      }),
    );
  });

  it("reads nearest ranks: a worked example", () => {
    // Four values: the median is the 2nd smallest (ceil(0.5*4)), the p90 the 4th (ceil(0.9*4)).
    expect(quantile([200, 30, 50, 45], 0.5)).toBe(45);
    expect(quantile([200, 30, 50, 45], 0.9)).toBe(200);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe("levels against a step (min 30 s, reference 1:30, max 2:30)", () => {
  const limits = step("pay", 30, 90, 150);
  it.each([
    [29, "under-min"],
    [30, "on-target"],
    [90, "on-target"],
    [91, "over-reference"],
    [150, "over-reference"],
    [151, "drawdown"],
  ] as const)("a median of %i s is %s", (seconds, level) => {
    expect(levelOf(seconds, limits)).toBe(level);
  });
  it.each([
    [89, "ok"],
    [90, "amber"],
    [150, "amber"],
    [151, "red"],
  ] as const)("live, %i s on the step is %s", (seconds, colour) => {
    expect(liveLevel(seconds, limits)).toBe(colour);
  });
});
