// The director's figures from binned counts: per rep and step the median and p90 with where the median
// stands against the step; per step for the whole selection; per week the median; and the worst
// drawdown (the cell furthest past its step's maximum), where a director starts.
import type { ProcessStep } from "./process-steps";
import { type BinCount, countOf, type Level, levelOf, mergeBins, quantileFromBins } from "./step-stats";

export interface Figures {
  interactions: number;
  median: number | null;
  p90: number | null;
  level: Level | null;
}

export function figuresOf(bins: readonly BinCount[], step: ProcessStep | undefined): Figures {
  const median = quantileFromBins(bins, 0.5);
  return {
    interactions: countOf(bins),
    median,
    p90: quantileFromBins(bins, 0.9),
    level: median !== null && step ? levelOf(median, step) : null,
  };
}

type Row = BinCount & { staffId: string; stepKey: string };

function groupBins<K extends string>(rows: readonly (BinCount & Record<K, string>)[], key: (row: BinCount & Record<K, string>) => string) {
  const groups = new Map<string, BinCount[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push({ bin: row.bin, n: row.n, total: row.total });
    groups.set(key(row), list);
  }
  // A rep who moved teams has rows under both: their bins add up.
  return new Map([...groups].map(([k, list]) => [k, mergeBins([list])]));
}

export function monitorFigures(rows: readonly Row[], steps: readonly ProcessStep[]) {
  const byStep = new Map(steps.map((s) => [s.key, s]));
  const cells = [...groupBins(rows, (r) => `${r.staffId}\u0000${r.stepKey}`)].flatMap(([key, bins]) => {
    const [staffId = "", stepKey = ""] = key.split("\u0000");
    // Steps the current version dropped are history: not a cell of today's process.
    return byStep.has(stepKey) ? [{ staffId, stepKey, ...figuresOf(bins, byStep.get(stepKey)) }] : [];
  });
  const perStep = groupBins(rows, (r) => r.stepKey);
  const stepFigures = steps.map((s) => ({ stepKey: s.key, ...figuresOf(perStep.get(s.key) ?? [], s) }));
  let worst: { staffId: string; stepKey: string; overMaxPercent: number } | null = null;
  for (const cell of cells) {
    const step = byStep.get(cell.stepKey);
    if (!step || cell.median === null || cell.level !== "drawdown") continue;
    const over = Math.round(((cell.median - step.maxSeconds) / step.maxSeconds) * 100);
    if (!worst || over > worst.overMaxPercent) worst = { staffId: cell.staffId, stepKey: cell.stepKey, overMaxPercent: over };
  }
  return { cells, steps: stepFigures, worst };
}

export function weeklyTrend(rows: readonly (BinCount & { stepKey: string; week: string })[]) {
  return [...groupBins(rows, (r) => `${r.week}\u0000${r.stepKey}`)]
    .map(([key, bins]) => {
      const [week = "", stepKey = ""] = key.split("\u0000");
      return { week, stepKey, interactions: countOf(bins), median: quantileFromBins(bins, 0.5) };
    })
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.stepKey.localeCompare(b.stepKey)));
}
