// Per-customer metrics from their own activity: RFM scores (1-5 against the org's quintiles), spend
// propensity and churn risk. Two small logistic models whose every weight is written here and in
// docs/loyalty-metrics.md, so a rep can see (and a reviewer can check) why a number is what it is.

/** RFM looks at purchases in the last year. */
export const METRIC_WINDOW_DAYS = 365;
const DAY = 86_400_000;

/** What the metrics are computed from: the customer's own purchases, check-ins and devices. */
export interface MetricInputs {
  /** Days since the last purchase in the window; null when none. */
  daysSinceLastPurchase: number | null;
  purchases365: number;
  spend365Cents: number;
  checkins30: number;
  /** Days since the last purchase or check-in, ever; null when none. */
  daysSinceLastActivity: number | null;
  /** Purchases and check-ins in the last 90 days, and in the 90 before. */
  visitsLast90: number;
  visitsPrior90: number;
  /** At least one device has notifications on. */
  reachable: boolean;
}

/** The org's quintile cut points (20th, 40th, 60th, 80th percentiles) among customers who bought in the window. */
export interface RfmCutoffs {
  recencyDays: number[];
  frequency: number[];
  monetaryCents: number[];
  population: number;
}

/** Nearest-rank 20/40/60/80th percentiles; empty when there are no values. */
export function quintileCuts(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  return [20, 40, 60, 80].map((p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number);
}

/** 1 + how many cut points the value is above (higher is better): 5 above all four, 1 at or below the first. */
export function scoreHigher(value: number, cuts: readonly number[]): number {
  return 1 + cuts.filter((c) => value > c).length;
}

/** 1 + how many cut points the value is below (lower is better, as days since a purchase). */
export function scoreLower(value: number, cuts: readonly number[]): number {
  return 1 + cuts.filter((c) => value < c).length;
}

export interface RfmScore {
  score: number;
  value: number | null;
  cuts: number[];
}

export interface Rfm {
  recency: RfmScore;
  frequency: RfmScore;
  monetary: RfmScore;
  population: number;
}

/** A customer who bought nothing in the window scores 1 on all three. */
export function rfmScores(inputs: MetricInputs, cutoffs: RfmCutoffs): Rfm {
  const bought = inputs.purchases365 > 0 && inputs.daysSinceLastPurchase !== null;
  return {
    recency: {
      score: bought ? scoreLower(inputs.daysSinceLastPurchase ?? 0, cutoffs.recencyDays) : 1,
      value: inputs.daysSinceLastPurchase,
      cuts: cutoffs.recencyDays,
    },
    frequency: {
      score: bought ? scoreHigher(inputs.purchases365, cutoffs.frequency) : 1,
      value: inputs.purchases365,
      cuts: cutoffs.frequency,
    },
    monetary: {
      score: bought ? scoreHigher(inputs.spend365Cents, cutoffs.monetaryCents) : 1,
      value: inputs.spend365Cents,
      cuts: cutoffs.monetaryCents,
    },
    population: cutoffs.population,
  };
}

export interface Term {
  label: string;
  /** The input as shown (a score, a count, yes/no as 1/0). */
  input: number;
  weight: number;
  /** weight x input as it enters the sum. */
  contribution: number;
}

export interface Model {
  probability: number;
  /** The intercept plus every term: the logistic function of it is the probability. */
  z: number;
  intercept: number;
  terms: Term[];
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

function model(intercept: number, terms: Term[]): Model {
  const z = intercept + terms.reduce((sum, t) => sum + t.contribution, 0);
  return { probability: logistic(z), z, intercept, terms };
}

const term = (label: string, input: number, weight: number): Term => ({ label, input, weight, contribution: input * weight });

/**
 * Spend propensity: how likely a purchase in the next 30 days is.
 * z = -1.0 + 0.8 (R - 3) + 0.5 (F - 3) + 0.3 (M - 3) + 0.2 min(check-ins in 30 days, 5); p = 1 / (1 + e^-z).
 */
export function spendPropensity(rfm: Rfm, inputs: MetricInputs): Model {
  return model(-1.0, [
    term("Recency score − 3", rfm.recency.score - 3, 0.8),
    term("Frequency score − 3", rfm.frequency.score - 3, 0.5),
    term("Monetary score − 3", rfm.monetary.score - 3, 0.3),
    term("Check-ins in 30 days (up to 5)", Math.min(inputs.checkins30, 5), 0.2),
  ]);
}

/**
 * Churn risk: how likely no purchase or visit in the next 90 days is.
 * z = -1.5 + 0.015 min(days since last activity, 365) - 0.4 (F - 3) + 0.7 [fewer visits than the
 * 90 days before] + 0.5 [no device takes notifications]; p = 1 / (1 + e^-z). Never active: 365 days.
 */
export function churnRisk(rfm: Rfm, inputs: MetricInputs): Model & { band: "low" | "medium" | "high" } {
  const days = Math.min(inputs.daysSinceLastActivity ?? METRIC_WINDOW_DAYS, METRIC_WINDOW_DAYS);
  const m = model(-1.5, [
    term("Days since last purchase or visit (up to 365)", days, 0.015),
    term("Frequency score − 3", rfm.frequency.score - 3, -0.4),
    term("Fewer visits than the 90 days before (1 = yes)", inputs.visitsLast90 < inputs.visitsPrior90 ? 1 : 0, 0.7),
    term("No device takes notifications (1 = yes)", inputs.reachable ? 0 : 1, 0.5),
  ]);
  return { ...m, band: m.probability < 0.33 ? "low" : m.probability < 0.66 ? "medium" : "high" };
}

/** Whole days between two instants, rounded down (a purchase this morning is 0 days ago). */
export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / DAY));
}
