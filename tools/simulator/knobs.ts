// The simulator's knobs: how slow, flaky and disorderly its back ends are. Set at start from the
// environment (SIM_LATENCY_MS, SIM_FAILURE_RATE, SIM_DUPLICATE_RATE, SIM_REORDER_RATE,
// SIM_ACTIVITY_MS) and changed live with POST /knobs.
import * as v from "valibot";

const rate = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const KnobsSchema = v.object({
  /** Delay before each webhook it sends and each answer it gives, in ms. */
  latencyMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30_000)),
  /** Share of Tandem's deliveries it answers with a 503 (Tandem must retry). */
  failureRate: rate,
  /** Share of webhooks it sends twice with the same event id. */
  duplicateRate: rate,
  /** Share of webhooks it holds back and sends after the next one. */
  reorderRate: rate,
  /** Demo mode: ms between pieces of back-office activity (0: none). */
  activityMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Knobs = v.InferOutput<typeof KnobsSchema>;

export function knobsFromEnv(env: NodeJS.ProcessEnv): Knobs {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) ? value : fallback;
  };
  return v.parse(KnobsSchema, {
    latencyMs: number("SIM_LATENCY_MS", 0),
    failureRate: number("SIM_FAILURE_RATE", 0),
    duplicateRate: number("SIM_DUPLICATE_RATE", 0),
    reorderRate: number("SIM_REORDER_RATE", 0),
    activityMs: number("SIM_ACTIVITY_MS", 0),
  });
}

/** Chaos: what the e2e test and `--chaos` turn on. */
export const CHAOS: Partial<Knobs> = { latencyMs: 150, failureRate: 0.3, duplicateRate: 0.5, reorderRate: 0.3 };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const roll = (probability: number) => Math.random() < probability;
