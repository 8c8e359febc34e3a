// The bench's output: every figure beside its baseline and the ratio, each target met or missed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_SAMPLES } from "./stats";

export interface Target {
  /** Human form, e.g. "<= 1.5x baseline" or "<= 2 ms". */
  text: string;
  met: boolean | null;
}

/** Answers that did not count: wrong status, wrong content, timeouts, lost frames. */
export interface ErrorCount {
  count: number;
  /** Attempts they are counted among. */
  of: number;
  /** What went wrong and how often, e.g. "500 INTERNAL", "wrong answer: empty". */
  kinds?: Record<string, number>;
}

export interface Figure {
  family: string;
  name: string;
  value: number | null;
  unit: string;
  /** Beside every throughput and latency figure: the figure counts only the right answers. */
  errors?: ErrorCount;
  baseline?: { name: string; value: number | null; unit?: string };
  /** value / baseline.value, when both are known. */
  ratio?: number | null;
  target?: Target;
  note?: string;
}

export interface BenchRun {
  mode: "quick" | "full";
  startedAt: string;
  finishedAt: string;
  durationS: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverage: number[] };
  figures: Figure[];
  /** Whatever a family could not measure, and why. */
  skipped: { family: string; reason: string }[];
  /** Raw per-family details (step tables, seed times, sizes per chunk). */
  details: Record<string, unknown>;
}

export function ratioOf(value: number | null, baseline: number | null | undefined): number | null {
  if (value === null || baseline === null || baseline === undefined || !Number.isFinite(value) || !Number.isFinite(baseline)) return null;
  if (baseline === 0) return null;
  return value / baseline;
}

/** Builds a figure, computing the ratio to its baseline. */
export function figure(input: Omit<Figure, "ratio">): Figure {
  const value = input.value !== null && Number.isFinite(input.value) ? input.value : null;
  const out: Figure = { ...input, value };
  if (input.baseline) out.ratio = ratioOf(value, input.baseline.value);
  return out;
}

/** `true` for a right answer, else what was wrong with it (the error's kind). */
export type Verdict = true | string;

/** Counts failures by kind while a benchmark runs. */
export class ErrorTally {
  private readonly kinds = new Map<string, number>();
  count = 0;
  add(kind: string, times = 1): void {
    if (times <= 0) return;
    this.count += times;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + times);
  }
  of(attempts: number): ErrorCount {
    return { count: this.count, of: attempts, ...(this.kinds.size > 0 ? { kinds: Object.fromEntries(this.kinds) } : {}) };
  }
}

/** "0 of 300", or "12 of 300 (500 INTERNAL x10, timeout x2)"; the most frequent kinds first. */
export function errorsText(errors?: ErrorCount): string {
  if (!errors) return "";
  const kinds = Object.entries(errors.kinds ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([kind, n]) => `${kind} x${n}`);
  const more = Object.keys(errors.kinds ?? {}).length > 4 ? ", ..." : "";
  return `${errors.count} of ${errors.of}${kinds.length > 0 ? ` (${kinds.join(", ")}${more})` : ""}`;
}

/** A target is met only by right answers: any error misses it, whatever the figure says. */
export function withoutErrors(target: Target, errors: ErrorCount | undefined): Target {
  const count = errors?.count ?? 0;
  return { text: `${target.text}, 0 errors`, met: count > 0 ? false : target.met };
}

export const atMost =
  (limit: number, unit: string) =>
  (value: number | null): Target => ({
    text: `<= ${limit} ${unit}`.trim(),
    met: value === null ? null : value <= limit,
  });
export const atLeast =
  (limit: number, unit: string) =>
  (value: number | null): Target => ({
    text: `>= ${limit} ${unit}`.trim(),
    met: value === null ? null : value >= limit,
  });
/**
 * A latency target when some events never arrived: the percentile covers the delivered ones, and
 * losing more than 1% misses the target whatever the percentile says.
 */
export function latencyTarget(limit: number, value: number | null, lost: number, total: number): Target {
  const target = atMost(limit, "ms")(value);
  return total > 0 && lost / total > 0.01 ? { text: target.text, met: false } : target;
}

export const ratioAtMost =
  (limit: number) =>
  (ratio: number | null): Target => ({
    text: `<= ${limit}x baseline`,
    met: ratio === null ? null : ratio <= limit,
  });
export const ratioAtLeast =
  (limit: number) =>
  (ratio: number | null): Target => ({
    text: `>= ${limit}x baseline`,
    met: ratio === null ? null : ratio >= limit,
  });

export function format(value: number | null | undefined, unit = ""): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${text} ${unit}` : text;
}

const status = (target?: Target) => (!target ? "" : target.met === null ? "not measured" : target.met ? "met" : "**missed**");

export function markdown(run: BenchRun): string {
  const lines = [
    `# Tandem bench (${run.mode}) ${run.startedAt}`,
    "",
    `Machine: ${run.machine.cpus} x ${run.machine.cpuModel}, ${run.machine.memoryGb} GB, Node ${run.machine.node}, load average at start ${run.machine.loadAverage.map((l) => l.toFixed(2)).join(" ")}. Took ${run.durationS.toFixed(0)} s.`,
    "",
    "| family | figure | value | errors | baseline | baseline value | ratio | target | status |",
    "| --- | --- | ---: | --- | --- | ---: | ---: | --- | --- |",
  ];
  for (const f of run.figures) {
    const ratio = f.ratio === undefined ? "" : f.ratio === null ? "n/a" : `${f.ratio.toFixed(2)}x`;
    const name = f.note ? `${f.name} (${f.note})` : f.name;
    lines.push(
      `| ${f.family} | ${name} | ${format(f.value, f.unit)} | ${errorsText(f.errors).replace(/\|/g, "/")} | ${f.baseline?.name ?? ""} | ${f.baseline ? format(f.baseline.value, f.baseline.unit ?? f.unit) : ""} | ${ratio} | ${f.target?.text ?? ""} | ${status(f.target)} |`,
    );
  }
  const targets = run.figures.filter((f) => f.target);
  const met = targets.filter((f) => f.target?.met === true).length;
  const missed = targets.filter((f) => f.target?.met === false).length;
  const rule = Object.entries(MIN_SAMPLES).map(([name, n]) => `${name} from >= ${n} samples`);
  lines.push(
    "",
    `Tails: ${rule.join(", ")}; from fewer the figure is the maximum and says \`max\`. Errors: answers not counted in the figure.`,
  );
  lines.push("", `Targets: ${met} met, ${missed} missed, ${targets.length - met - missed} not measured.`);
  if (run.skipped.length > 0) {
    lines.push("", "Not measured:");
    for (const s of run.skipped) lines.push(`- ${s.family}: ${s.reason}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Writes `<stamp>-<mode>.md/.json` and `latest.md/.json` into the results dir; returns the paths. */
export function writeResults(run: BenchRun, dir: string): { md: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, "-");
  const md = markdown(run);
  const json = `${JSON.stringify(run, null, 2)}\n`;
  const paths = { md: join(dir, `${stamp}-${run.mode}.md`), json: join(dir, `${stamp}-${run.mode}.json`) };
  writeFileSync(paths.md, md);
  writeFileSync(paths.json, json);
  writeFileSync(join(dir, "latest.md"), md);
  writeFileSync(join(dir, "latest.json"), json);
  return paths;
}
