// The figures of an endpoint's health page, from counts the database keeps: how much of what came
// in was delivered, how much was refused or given up, and how long delivery took (p95).

export interface EndpointCounts {
  /** Events accepted (signed, in the window, well formed, for this org). */
  accepted: number;
  /** Applied to the account, or recorded as a no-op (an older or equal version). */
  delivered: number;
  /** Gave up after retries: in the dead letters. */
  dead: number;
  /** Requests refused before acceptance (bad signature, stale, malformed, oversized, another org's customer...). */
  refused: number;
}

export interface HealthFigures {
  /** Share of accepted events delivered, 0..1; null when nothing came in. */
  deliveryRate: number | null;
  /** Share of all requests refused or dead-lettered, 0..1; null when nothing came in. */
  errorRate: number | null;
}

export function healthFigures(counts: EndpointCounts): HealthFigures {
  const requests = counts.accepted + counts.refused;
  return {
    deliveryRate: counts.accepted === 0 ? null : counts.delivered / counts.accepted,
    errorRate: requests === 0 ? null : (counts.refused + counts.dead) / requests,
  };
}

/** Nearest-rank percentile (p in 0..1) of the values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** Where the nearest-rank percentile sits in n ascending values (0-based), for a query that reads one row. */
export function percentileOffset(n: number, p: number): number {
  return Math.max(0, Math.ceil(p * n) - 1);
}
