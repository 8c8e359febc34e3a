// Tier systems: a ladder of tiers, each entered at a number of qualifying points. Whether a
// ladder is well formed, which tier points buy, and how far a customer is from the next tier.

export interface TierDef {
  id: string;
  /** The tier's key on the customer record: bronze, silver, gold, platinum. */
  key: string;
  name: string;
  rank: number;
  /** Qualifying points needed to enter the tier. */
  threshold: number;
  benefit: string;
}

export type TierLadder = { ok: true; tiers: TierDef[] } | { ok: false; code: "NO_TIERS" | "TIERS_OVERLAP"; message: string };

/**
 * A ladder is well formed when, ordered by rank, every tier starts strictly above the one below
 * it. Two tiers starting at the same points (or a higher tier starting lower) overlap: no one
 * could say which tier such points buy.
 */
export function checkLadder(tiers: readonly TierDef[]): TierLadder {
  if (tiers.length === 0) return { ok: false, code: "NO_TIERS", message: "This tier system has no tiers" };
  const sorted = [...tiers].sort((a, b) => a.rank - b.rank);
  for (let i = 1; i < sorted.length; i++) {
    const below = sorted[i - 1] as TierDef;
    const tier = sorted[i] as TierDef;
    if (tier.threshold <= below.threshold || tier.rank === below.rank)
      return {
        ok: false,
        code: "TIERS_OVERLAP",
        message: `${tier.name} starts at ${tier.threshold.toLocaleString("en-US")} points, not above ${below.name} (${below.threshold.toLocaleString("en-US")}): the tiers overlap`,
      };
  }
  return { ok: true, tiers: sorted };
}

/** The highest tier the points reach, or null below the first threshold. */
export function tierForPoints(tiers: readonly TierDef[], points: number): TierDef | null {
  let reached: TierDef | null = null;
  for (const tier of tiers) if (points >= tier.threshold && (!reached || tier.rank > reached.rank)) reached = tier;
  return reached;
}

export interface TierProgress {
  current: TierDef;
  next: TierDef | null;
  /** Points needed to enter the current tier. */
  pointsToEnter: number;
  /** Where the next tier starts; null at the top. */
  nextStartsAt: number | null;
  /** Qualifying points still needed for the next tier; null at the top. */
  pointsNeeded: number | null;
  /** Qualifying points short of the current tier's own threshold (to keep it at renewal); 0 when above it. */
  pointsToKeep: number;
  /** 0..1 of the way from the current tier's threshold to the next one (1 at the top). */
  fraction: number;
}

/**
 * Progress of a customer in `currentKey` with `qualifyingPoints`. The current tier is the one on
 * record (a customer keeps a tier until it expires, even below its threshold), so progress is
 * measured from it, not recomputed from points.
 */
export function tierProgress(ladder: readonly TierDef[], currentKey: string, qualifyingPoints: number): TierProgress | null {
  const sorted = [...ladder].sort((a, b) => a.rank - b.rank);
  const index = sorted.findIndex((t) => t.key === currentKey);
  const current = sorted[index];
  if (!current) return null;
  const next = sorted[index + 1] ?? null;
  const span = next ? next.threshold - current.threshold : 0;
  const fraction = next ? Math.min(1, Math.max(0, (qualifyingPoints - current.threshold) / span)) : 1;
  return {
    current,
    next,
    pointsToEnter: current.threshold,
    nextStartsAt: next?.threshold ?? null,
    pointsNeeded: next ? Math.max(0, next.threshold - qualifyingPoints) : null,
    pointsToKeep: Math.max(0, current.threshold - qualifyingPoints),
    fraction,
  };
}
