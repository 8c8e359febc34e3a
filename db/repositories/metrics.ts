// What the metrics and the tag rules are computed from: one customer's purchases, visits, claims
// and devices (each a small aggregate on the customer's own index), and the org's RFM quintile
// cut points, recomputed from every customer's purchases when older than an hour.
import { and, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { daysBetween, METRIC_WINDOW_DAYS, type MetricInputs, quintileCuts, type RfmCutoffs } from "../../core/domain/loyalty-metrics";
import type { Database } from "../client";
import { customerDevices, engagementEvents, loyaltyTransactions, promoClaims, rfmCutoffs } from "../schema";

const DAY = 86_400_000;
export const CUTOFFS_MAX_AGE_MS = 3_600_000;

const count = sql<number>`count(*)`;

/** The customer's metric inputs as of `now`. */
export async function metricInputs(db: Database, customerId: string, now: number): Promise<MetricInputs> {
  const since = (days: number) => now - days * DAY;
  const purchases = and(eq(loyaltyTransactions.customerId, customerId), gte(loyaltyTransactions.at, since(METRIC_WINDOW_DAYS)));
  const checkins = (from: number, to: number) =>
    and(
      eq(engagementEvents.customerId, customerId),
      eq(engagementEvents.kind, "checkin"),
      gte(engagementEvents.at, from),
      lt(engagementEvents.at, to),
    );
  const bought = (from: number, to: number) =>
    and(eq(loyaltyTransactions.customerId, customerId), gte(loyaltyTransactions.at, from), lt(loyaltyTransactions.at, to));
  const [year, ever, lastVisit, checkins30, visits90, prior90, bought90, boughtPrior, reachable] = await db.batch([
    db
      .select({
        last: sql<number | null>`max(${loyaltyTransactions.at})`,
        n: count,
        spend: sql<number>`coalesce(sum(${loyaltyTransactions.totalCents}), 0)`,
      })
      .from(loyaltyTransactions)
      .where(purchases),
    db
      .select({ last: sql<number | null>`max(${loyaltyTransactions.at})` })
      .from(loyaltyTransactions)
      .where(eq(loyaltyTransactions.customerId, customerId)),
    db
      .select({ last: sql<number | null>`max(${engagementEvents.at})` })
      .from(engagementEvents)
      .where(and(eq(engagementEvents.customerId, customerId), eq(engagementEvents.kind, "checkin"))),
    db
      .select({ n: count })
      .from(engagementEvents)
      .where(checkins(since(30), now + 1)),
    db
      .select({ n: count })
      .from(engagementEvents)
      .where(checkins(since(90), now + 1)),
    db
      .select({ n: count })
      .from(engagementEvents)
      .where(checkins(since(180), since(90))),
    db
      .select({ n: count })
      .from(loyaltyTransactions)
      .where(bought(since(90), now + 1)),
    db
      .select({ n: count })
      .from(loyaltyTransactions)
      .where(bought(since(180), since(90))),
    db
      .select({ n: count })
      .from(customerDevices)
      .where(and(eq(customerDevices.customerId, customerId), eq(customerDevices.notifications, true))),
  ]);
  const lastPurchase = year[0]?.last ?? null;
  const lastActivity = Math.max(ever[0]?.last ?? 0, lastVisit[0]?.last ?? 0) || null;
  return {
    daysSinceLastPurchase: lastPurchase === null ? null : daysBetween(lastPurchase, now),
    purchases365: year[0]?.n ?? 0,
    spend365Cents: year[0]?.spend ?? 0,
    checkins30: checkins30[0]?.n ?? 0,
    daysSinceLastActivity: lastActivity === null ? null : daysBetween(lastActivity, now),
    visitsLast90: (visits90[0]?.n ?? 0) + (bought90[0]?.n ?? 0),
    visitsPrior90: (prior90[0]?.n ?? 0) + (boughtPrior[0]?.n ?? 0),
    reachable: (reachable[0]?.n ?? 0) > 0,
  };
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

/** The stored cut points, recomputed (and stored) when missing or older than an hour. */
export async function orgCutoffs(db: Database, orgId: string, now: number): Promise<RfmCutoffs & { computedAt: number }> {
  const [stored] = await db.select().from(rfmCutoffs).where(eq(rfmCutoffs.orgId, orgId));
  if (stored && now - stored.computedAt < CUTOFFS_MAX_AGE_MS)
    return {
      recencyDays: parseCuts(stored.recencyDays),
      frequency: parseCuts(stored.frequency),
      monetaryCents: parseCuts(stored.monetaryCents),
      population: stored.population,
      computedAt: stored.computedAt,
    };
  const fresh = await computeCutoffs(db, orgId, now);
  const values = {
    computedAt: now,
    population: fresh.population,
    recencyDays: JSON.stringify(fresh.recencyDays),
    frequency: JSON.stringify(fresh.frequency),
    monetaryCents: JSON.stringify(fresh.monetaryCents),
  };
  await db
    .insert(rfmCutoffs)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: rfmCutoffs.orgId, set: values });
  return { ...fresh, computedAt: now };
}
