// Loyalty reads: a customer's membership, tier ladder and tier history; their campaigns,
// incentives and rewards; a campaign's own page. And the statements a tier change writes.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  campaignMembers,
  campaigns,
  customerIncentives,
  incentives,
  loyaltyMemberships,
  promoCodes,
  rewards,
  stores,
  tierHistory,
  tierSystems,
  tiers,
} from "../schema";
import type { Statement } from "./audit";

export type TierRow = typeof tiers.$inferSelect;
export type TierHistoryRow = typeof tierHistory.$inferSelect;

/**
 * Membership and its system, the customer's tier history (newest first) and the system's tiers:
 * builders for a batch. Named columns: D1 maps a batched join's rows by column name, so two tables'
 * `id` would collide.
 */
export function loyaltyRecordQueries(db: Database, orgId: string, customerId: string) {
  const membership = and(eq(loyaltyMemberships.customerId, customerId), eq(loyaltyMemberships.orgId, orgId));
  return [
    db
      .select({
        memberSince: loyaltyMemberships.memberSince,
        qualifyingPoints: loyaltyMemberships.qualifyingPoints,
        systemId: tierSystems.id,
        name: tierSystems.name,
        kind: tierSystems.kind,
        provider: tierSystems.provider,
        currency: tierSystems.currency,
        termMonths: tierSystems.termMonths,
      })
      .from(loyaltyMemberships)
      .innerJoin(tierSystems, eq(tierSystems.id, loyaltyMemberships.systemId))
      .where(membership),
    db
      .select({
        id: tierHistory.id,
        enteredAt: tierHistory.enteredAt,
        expiresAt: tierHistory.expiresAt,
        leftAt: tierHistory.leftAt,
        reason: tierHistory.reason,
        key: tiers.key,
        name: tiers.name,
      })
      .from(tierHistory)
      .innerJoin(tiers, eq(tiers.id, tierHistory.tierId))
      .where(eq(tierHistory.customerId, customerId))
      .orderBy(desc(tierHistory.enteredAt)),
    db
      .select()
      .from(tiers)
      .where(inArray(tiers.systemId, db.select({ id: loyaltyMemberships.systemId }).from(loyaltyMemberships).where(membership)))
      .orderBy(asc(tiers.rank)),
  ] as const;
}

type RecordRows = Awaited<ReturnType<typeof loadRecordRows>>;
const loadRecordRows = (db: Database, orgId: string, customerId: string) => db.batch(loyaltyRecordQueries(db, orgId, customerId));

/** The record from those queries' rows; null when the customer is in no tier system. */
export function loyaltyRecordFrom([memberships, history, ladder]: RecordRows) {
  const member = memberships[0];
  if (!member) return null;
  const { memberSince, qualifyingPoints, systemId, ...system } = member;
  return { membership: { memberSince, qualifyingPoints }, system: { id: systemId, ...system }, ladder, history };
}

export async function loyaltyRecord(db: Database, orgId: string, customerId: string) {
  return loyaltyRecordFrom(await loadRecordRows(db, orgId, customerId));
}

export async function customerCampaignList(db: Database, customerId: string) {
  return db
    .select({ member: campaignMembers, campaign: campaigns })
    .from(campaignMembers)
    .innerJoin(campaigns, eq(campaigns.id, campaignMembers.campaignId))
    .where(eq(campaignMembers.customerId, customerId))
    .orderBy(desc(campaigns.startsAt));
}

export async function customerIncentiveList(db: Database, customerId: string) {
  return db
    .select({ offer: customerIncentives, incentive: incentives, campaignName: campaigns.name })
    .from(customerIncentives)
    .innerJoin(incentives, eq(incentives.id, customerIncentives.incentiveId))
    .leftJoin(campaigns, eq(campaigns.id, incentives.campaignId))
    .where(eq(customerIncentives.customerId, customerId))
    .orderBy(desc(customerIncentives.offeredAt));
}

export async function customerRewardList(db: Database, customerId: string) {
  return db
    .select({ reward: rewards, campaignName: campaigns.name, storeName: stores.name })
    .from(rewards)
    .leftJoin(campaigns, eq(campaigns.id, rewards.campaignId))
    .leftJoin(stores, eq(stores.id, rewards.storeId))
    .where(eq(rewards.customerId, customerId))
    .orderBy(desc(rewards.earnedAt));
}

/** A campaign's page: itself, its incentives and codes, and how its members stand. */
export async function campaignPage(db: Database, orgId: string, campaignId: string) {
  const [found] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, campaignId)))
    .limit(1);
  if (!found) return null;
  const [incentiveRows, codeRows, statusRows] = await db.batch([
    db.select().from(incentives).where(eq(incentives.campaignId, campaignId)).orderBy(asc(incentives.name)),
    db.select().from(promoCodes).where(eq(promoCodes.campaignId, campaignId)).orderBy(asc(promoCodes.code)),
    db
      .select({ status: campaignMembers.status, n: sql<number>`count(*)` })
      .from(campaignMembers)
      .where(eq(campaignMembers.campaignId, campaignId))
      .groupBy(campaignMembers.status),
  ]);
  return { campaign: found, incentives: incentiveRows, codes: codeRows, members: statusRows };
}

export async function campaignMember(db: Database, campaignId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.customerId, customerId)));
  return row ?? null;
}

/** Points toward tiers after an event. */
export function addQualifyingPoints(db: Database, customerId: string, points: number): Statement {
  return db
    .update(loyaltyMemberships)
    .set({ qualifyingPoints: sql`${loyaltyMemberships.qualifyingPoints} + ${points}` })
    .where(eq(loyaltyMemberships.customerId, customerId));
}

/** A move to a new tier: the current entry ends, the new one starts. */
export function enterTier(db: Database, entry: typeof tierHistory.$inferInsert): Statement[] {
  return [
    db
      .update(tierHistory)
      .set({ leftAt: entry.enteredAt })
      .where(and(eq(tierHistory.customerId, entry.customerId), isNull(tierHistory.leftAt))),
    db.insert(tierHistory).values(entry),
  ];
}
