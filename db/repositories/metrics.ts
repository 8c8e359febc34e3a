// What the metrics and the tag rules are computed from: one customer's purchases, visits, claims
// and devices (each a small aggregate on the customer's own index), and the org's RFM quintile
// cut points, recomputed from every customer's purchases when older than an hour.
import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import { daysBetween, METRIC_WINDOW_DAYS, type MetricInputs, quintileCuts, type RfmCutoffs } from "../../core/domain/loyalty-metrics";
import type { Database } from "../client";
import { customerDevices, engagementEvents, loyaltyTransactions, promoClaims, rfmCutoffs } from "../schema";

const DAY = 86_400_000;
export const CUTOFFS_MAX_AGE_MS = 3_600_000;

const count = sql<number>`count(*)`;

/**
 * The queries the metric inputs come from: one pass over the customer's purchases, one over their
 * check-ins, one over their devices. Builders, so a screen's read can put them in its own batch.
 */
export function metricQueries(db: Database, customerId: string, now: number) {
  const since = (days: number) => now - days * DAY;
  const t = loyaltyTransactions;
  const e = engagementEvents;
  const within = (at: typeof t.at | typeof e.at, from: number, to = now + 1) => sql`${at} >= ${from} AND ${at} < ${to}`;
  // Every column is aliased: D1 hands a batch's rows back as objects keyed by column name, so two
  // unnamed tallies with the same SQL text (different bounds) would collapse into one.
  const tally = (at: typeof t.at | typeof e.at, from: number, to?: number) =>
    sql<number>`coalesce(sum(CASE WHEN ${within(at, from, to)} THEN 1 ELSE 0 END), 0)`;
  // The year's window is open-ended, as it always was: a purchase stamped a moment ahead of this
  // Worker's clock (the connector's) still counts as this year's.
  const inYear = sql`${t.at} >= ${since(METRIC_WINDOW_DAYS)}`;
  return [
    db
      .select({
        lastInYear: sql<number | null>`max(CASE WHEN ${inYear} THEN ${t.at} END)`.as("last_in_year"),
        year: sql<number>`coalesce(sum(CASE WHEN ${inYear} THEN 1 ELSE 0 END), 0)`.as("year"),
        spendInYear: sql<number>`coalesce(sum(CASE WHEN ${inYear} THEN ${t.totalCents} ELSE 0 END), 0)`.as("spend_in_year"),
        last: sql<number | null>`max(${t.at})`.as("last"),
        last90: tally(t.at, since(90)).as("last90"),
        prior90: tally(t.at, since(180), since(90)).as("prior90"),
      })
      .from(t)
      .where(eq(t.customerId, customerId)),
    db
      .select({
        last: sql<number | null>`max(${e.at})`.as("last"),
        last30: tally(e.at, since(30)).as("last30"),
        last90: tally(e.at, since(90)).as("last90"),
        prior90: tally(e.at, since(180), since(90)).as("prior90"),
      })
      .from(e)
      .where(and(eq(e.customerId, customerId), eq(e.kind, "checkin"))),
    db
      .select({ n: count })
      .from(customerDevices)
      .where(and(eq(customerDevices.customerId, customerId), eq(customerDevices.notifications, true))),
  ] as const;
}

type MetricRows = readonly [
  { lastInYear: number | null; year: number; spendInYear: number; last: number | null; last90: number; prior90: number }[],
  { last: number | null; last30: number; last90: number; prior90: number }[],
  { n: number }[],
];

/** The inputs from those queries' rows. */
export function metricInputsFrom([purchases, checkins, devices]: MetricRows, now: number): MetricInputs {
  const p = purchases[0];
  const c = checkins[0];
  const lastActivity = Math.max(p?.last ?? 0, c?.last ?? 0) || null;
  return {
    daysSinceLastPurchase: p?.lastInYear == null ? null : daysBetween(p.lastInYear, now),
    purchases365: Number(p?.year ?? 0),
    spend365Cents: Number(p?.spendInYear ?? 0),
    checkins30: Number(c?.last30 ?? 0),
    daysSinceLastActivity: lastActivity === null ? null : daysBetween(lastActivity, now),
    visitsLast90: Number(p?.last90 ?? 0) + Number(c?.last90 ?? 0),
    visitsPrior90: Number(p?.prior90 ?? 0) + Number(c?.prior90 ?? 0),
    reachable: Number(devices[0]?.n ?? 0) > 0,
  };
}

/** The customer's metric inputs as of `now`. */
export async function metricInputs(db: Database, customerId: string, now: number): Promise<MetricInputs> {
  return metricInputsFrom(await db.batch(metricQueries(db, customerId, now)), now);
}

/** Facts the tag rules read (core/domain/tag-rules.ts), except tier and lockout, which callers know; the stores visited by id. */
export async function tagFactsOf(db: Database, customerId: string) {
  const [devices, claims, spend, bought, visited] = await db.batch([
    db
      .select({ platform: customerDevices.platform, notifications: customerDevices.notifications })
      .from(customerDevices)
      .where(eq(customerDevices.customerId, customerId)),
    db.select({ n: count }).from(promoClaims).where(eq(promoClaims.customerId, customerId)),
    db
      .select({ total: sql<number>`coalesce(sum(${loyaltyTransactions.totalCents}), 0)` })
      .from(loyaltyTransactions)
      .where(eq(loyaltyTransactions.customerId, customerId)),
    db
      .selectDistinct({ storeId: loyaltyTransactions.storeId })
      .from(loyaltyTransactions)
      .where(and(eq(loyaltyTransactions.customerId, customerId), isNotNull(loyaltyTransactions.storeId))),
    db
      .selectDistinct({ storeId: engagementEvents.storeId })
      .from(engagementEvents)
      .where(and(eq(engagementEvents.customerId, customerId), isNotNull(engagementEvents.storeId))),
  ]);
  const apps = devices.filter((d) => d.platform !== "web");
  return {
    hasApp: apps.length > 0,
    pushOff: apps.length > 0 && apps.every((d) => !d.notifications),
    claims: claims[0]?.n ?? 0,
    lifetimeSpendCents: spend[0]?.total ?? 0,
    storeIds: [...new Set([...bought, ...visited].flatMap((r) => (r.storeId ? [r.storeId] : [])))],
  };
}

const parseCuts = (text: string): number[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number") : [];
  } catch {
    return [];
  }
};

/** The org's quintile cut points among customers who bought in the window ending `now`. */
export async function computeCutoffs(db: Database, orgId: string, now: number): Promise<RfmCutoffs> {
  const rows = await db
    .select({
      last: sql<number>`max(${loyaltyTransactions.at})`,
      n: count,
      spend: sql<number>`sum(${loyaltyTransactions.totalCents})`,
    })
    .from(loyaltyTransactions)
    .where(and(eq(loyaltyTransactions.orgId, orgId), gte(loyaltyTransactions.at, now - METRIC_WINDOW_DAYS * DAY)))
    .groupBy(loyaltyTransactions.customerId);
  return {
    recencyDays: quintileCuts(rows.map((r) => daysBetween(r.last, now))),
    frequency: quintileCuts(rows.map((r) => r.n)),
    monetaryCents: quintileCuts(rows.map((r) => r.spend)),
    population: rows.length,
  };
}

/** The org's stored cut points: a builder for a batch. */
export function storedCutoffsQuery(db: Database, orgId: string) {
  return db.select().from(rfmCutoffs).where(eq(rfmCutoffs.orgId, orgId));
}

/** The stored cut points when fresh (under an hour old), else null. */
export function freshCutoffs(row: typeof rfmCutoffs.$inferSelect | undefined, now: number): (RfmCutoffs & { computedAt: number }) | null {
  if (!row || now - row.computedAt >= CUTOFFS_MAX_AGE_MS) return null;
  return {
    recencyDays: parseCuts(row.recencyDays),
    frequency: parseCuts(row.frequency),
    monetaryCents: parseCuts(row.monetaryCents),
    population: row.population,
    computedAt: row.computedAt,
  };
}

/** The stored cut points, worked out again (and stored) when missing or older than an hour. */
export async function orgCutoffs(db: Database, orgId: string, now: number): Promise<RfmCutoffs & { computedAt: number }> {
  return cutoffsFrom(db, orgId, now, (await storedCutoffsQuery(db, orgId))[0]);
}

/** `orgCutoffs` when the stored row (or its absence) was already read, e.g. in a screen's batch. */
export async function cutoffsFrom(
  db: Database,
  orgId: string,
  now: number,
  stored: typeof rfmCutoffs.$inferSelect | undefined,
): Promise<RfmCutoffs & { computedAt: number }> {
  const fresh = freshCutoffs(stored, now);
  if (fresh) return fresh;
  const computed = await computeCutoffs(db, orgId, now);
  const values = {
    computedAt: now,
    population: computed.population,
    recencyDays: JSON.stringify(computed.recencyDays),
    frequency: JSON.stringify(computed.frequency),
    monetaryCents: JSON.stringify(computed.monetaryCents),
  };
  await db
    .insert(rfmCutoffs)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: rfmCutoffs.orgId, set: values });
  return { ...computed, computedAt: now };
}
