// Decision models approve leases and loans for a merchant's shoppers at its endpoints. Each version
// has thresholds; a plan's model tier says which models its merchants' endpoints may use, and only
// a custom-tier plan may customise thresholds for one merchant.
import * as v from "valibot";

export const MODEL_TIER_NAMES = ["standard", "advanced", "custom"] as const;
export type ModelTier = (typeof MODEL_TIER_NAMES)[number];

export const ThresholdsSchema = v.strictObject({
  /** Lowest applicant score approved (300..850). */
  minScore: v.pipe(v.number(), v.integer(), v.minValue(300), v.maxValue(850)),
  /** Largest amount approved, in cents. */
  maxAmountCents: v.pipe(v.number(), v.integer(), v.minValue(1_000), v.maxValue(5_000_000)),
  /** Longest term offered, in months. */
  maxTermMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
});
export type Thresholds = v.InferOutput<typeof ThresholdsSchema>;

const RANK: Record<ModelTier, number> = { standard: 0, advanced: 1, custom: 2 };

/** A plan of `planTier` may use models of its tier and below. */
export function tierAllows(planTier: ModelTier, modelTier: ModelTier): boolean {
  return RANK[modelTier] <= RANK[planTier];
}

export function mayCustomiseThresholds(planTier: ModelTier): boolean {
  return planTier === "custom";
}

/** Parses stored thresholds; null when the text is not valid thresholds (never trusted blindly). */
export function parseThresholds(text: string | null): Thresholds | null {
  if (!text) return null;
  try {
    const parsed = v.safeParse(ThresholdsSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export interface EndpointModelCheck {
  ref: string;
  name: string;
  modelTier: ModelTier | null;
  customised: boolean;
}

/** What keeps an endpoints list from running on a plan: models above its tier, or customisations it does not allow. */
export function modelProblems(planTier: ModelTier, endpoints: readonly EndpointModelCheck[]): { ref: string; problem: string }[] {
  const problems: { ref: string; problem: string }[] = [];
  for (const e of endpoints) {
    if (e.modelTier === null) problems.push({ ref: e.ref, problem: `${e.name} has no decision model` });
    else if (!tierAllows(planTier, e.modelTier))
      problems.push({ ref: e.ref, problem: `${e.name} uses a ${e.modelTier} model; the plan allows ${planTier}` });
    if (e.customised && !mayCustomiseThresholds(planTier))
      problems.push({ ref: e.ref, problem: `${e.name} has custom thresholds; only custom-tier plans keep them` });
  }
  return problems;
}

/** Endpoint health from its recent deliveries: how a list shows it at a glance. */
export type EndpointHealth = "healthy" | "degraded" | "failing" | "idle";

export function endpointHealth(recent: { total: number; failed: number; lastAt: number | null }, now: number): EndpointHealth {
  if (recent.total === 0 || recent.lastAt === null || now - recent.lastAt > 7 * 86_400_000) return "idle";
  const rate = recent.failed / recent.total;
  if (rate >= 0.25) return "failing";
  if (rate >= 0.05) return "degraded";
  return "healthy";
}

/** A merchant's health: its worst active endpoint (idle endpoints do not make it unhealthy). */
export function merchantHealth(endpoints: readonly EndpointHealth[]): EndpointHealth {
  if (endpoints.includes("failing")) return "failing";
  if (endpoints.includes("degraded")) return "degraded";
  if (endpoints.includes("healthy")) return "healthy";
  return "idle";
}

export interface Application {
  score: number;
  amountCents: number;
  termMonths: number;
}

/** A decision model's answer for one application: approved when it is within every threshold; each miss is a reason. */
export function decideApplication(
  thresholds: Thresholds,
  application: Application,
): { decision: "approved" | "declined"; reasons: string[] } {
  const reasons: string[] = [];
  if (application.score < thresholds.minScore) reasons.push(`score below ${thresholds.minScore}`);
  if (application.amountCents > thresholds.maxAmountCents) reasons.push(`amount above ${(thresholds.maxAmountCents / 100).toFixed(2)}`);
  if (application.termMonths > thresholds.maxTermMonths) reasons.push(`term longer than ${thresholds.maxTermMonths} months`);
  return { decision: reasons.length === 0 ? "approved" : "declined", reasons };
}
