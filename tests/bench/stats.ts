// Percentiles and summaries of latency samples (milliseconds), nearest-rank method, and the one
// rule for naming a tail figure: a percentile is reported only from enough samples, else `max`.

/**
 * Fewest samples a tail percentile is computed from. Below it the nearest rank is the largest
 * sample (p99 of 40 is the maximum), so the figure is the maximum and is named so.
 */
export const MIN_SAMPLES = { p90: 50, p95: 100, p99: 200 } as const;
export type TailName = keyof typeof MIN_SAMPLES;

export interface Summary {
  n: number;
  p50: number;
  /** NaN below MIN_SAMPLES.p90; read tails through `tail()`, which falls back to `max`. */
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** A tail figure as reported: `p99` from at least 200 samples, otherwise the maximum, labelled `max`. */
export interface Tail {
  label: TailName | "max";
  value: number;
}

/** Nearest-rank percentile of already sorted samples; NaN when there are none. */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function percentile(samples: readonly number[], p: number): number {
  return percentileSorted(
    [...samples].sort((a, b) => a - b),
    p,
  );
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  const tailOf = (name: TailName, p: number) => (sorted.length >= MIN_SAMPLES[name] ? percentileSorted(sorted, p) : Number.NaN);
  return {
    n: sorted.length,
    p50: percentileSorted(sorted, 50),
    p90: tailOf("p90", 90),
    p95: tailOf("p95", 95),
    p99: tailOf("p99", 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? total / sorted.length : Number.NaN,
  };
}

/** The tail of `s` as it may be reported: the percentile when `s` has enough samples, else `max`. */
export function tail(s: Summary, name: TailName = "p99"): Tail {
  return s.n >= MIN_SAMPLES[name] ? { label: name, value: s[name] } : { label: "max", value: s.max };
}

/**
 * The same tail of a figure and its baseline, so a ratio compares like with like: when either has
 * too few samples for the percentile, both are their maximum.
 */
export function tails(s: Summary, baseline: Summary | null | undefined, name: TailName = "p99"): Tail & { baseline: number | null } {
  const n = Math.min(s.n, baseline?.n ?? s.n);
  const label = n >= MIN_SAMPLES[name] ? name : "max";
  const pick = (x: Summary) => (label === "max" ? x.max : x[name]);
  return { label, value: pick(s), baseline: baseline ? pick(baseline) : null };
}

/** "p99 12.3 ms" or "max 12.3 ms", for notes. */
export function tailText(s: Summary, name: TailName = "p99", digits = 1): string {
  const t = tail(s, name);
  return `${t.label} ${Number.isFinite(t.value) ? t.value.toFixed(digits) : "n/a"} ms`;
}

/** Times `fn` once in milliseconds (high-resolution clock). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** Runs `fn` `count` times, `concurrency` at a time, and returns each call's duration. */
export async function sampleConcurrently(count: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      await fn(i);
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return samples;
}

/** A deterministic pseudo-random stream (mulberry32), so runs pick the same inputs. */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
