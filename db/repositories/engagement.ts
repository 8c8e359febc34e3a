// Engagement: devices, tags (and search by tag), purchases and their detail, check-ins and
// achievements, and the statements an arriving event writes.
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { prefixUpperBound } from "../../core/domain/search";
import type { Database } from "../client";
import { customerDevices, customerTags, engagementEvents, loyaltyTransactions, stores } from "../schema";
import type { Statement } from "./audit";

export type DeviceRow = typeof customerDevices.$inferSelect;
export type TagRow = typeof customerTags.$inferSelect;

export async function deviceList(db: Database, customerId: string): Promise<DeviceRow[]> {
  return db.select().from(customerDevices).where(eq(customerDevices.customerId, customerId)).orderBy(desc(customerDevices.lastSeenAt));
}

/** One device of the customer (a reveal of its identifier names it). */
export async function findDevice(db: Database, customerId: string, id: string): Promise<DeviceRow | null> {
  const [row] = await db
    .select()
    .from(customerDevices)
    .where(and(eq(customerDevices.customerId, customerId), eq(customerDevices.id, id)));
  return row ?? null;
}

export async function tagList(db: Database, customerId: string): Promise<TagRow[]> {
  return db
    .select()
    .from(customerTags)
    .where(eq(customerTags.customerId, customerId))
    .orderBy(asc(customerTags.source), asc(customerTags.tag));
}

type TagSource = TagRow["source"];

/** Replaces the customer's tags of one source (rule or manual) with these. */
export function replaceTags(
  db: Database,
  customer: { id: string; orgId: string },
  source: TagSource,
  tags: { tag: string; label: string; rule: string | null }[],
  at: number,
): Statement[] {
  const remove = db.delete(customerTags).where(and(eq(customerTags.customerId, customer.id), eq(customerTags.source, source)));
  const unique = [...new Map(tags.map((t) => [t.tag, t])).values()].filter((t) => t.tag.length > 0);
  if (unique.length === 0) return [remove];
  return [
    remove,
    db
      .insert(customerTags)
      .values(unique.map((t) => ({ customerId: customer.id, orgId: customer.orgId, source, appliedAt: at, ...t })))
      .onConflictDoNothing(),
  ];
}

/** Customers of the org with a tag starting with `prefix` (tags are normalised), by id. */
export async function customersByTag(db: Database, orgId: string, prefix: string, page: { limit: number; offset: number }) {
  const rows = await db
    .selectDistinct({ customerId: customerTags.customerId })
    .from(customerTags)
    .where(and(eq(customerTags.orgId, orgId), gte(customerTags.tag, prefix), lt(customerTags.tag, prefixUpperBound(prefix))))
    .orderBy(asc(customerTags.customerId))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => r.customerId);
}

/** A purchase with its store, for the detail sheet. */
export async function findTransaction(db: Database, customerId: string, id: string) {
  const [row] = await db
    .select({ transaction: loyaltyTransactions, store: stores })
    .from(loyaltyTransactions)
    .leftJoin(stores, eq(stores.id, loyaltyTransactions.storeId))
    .where(and(eq(loyaltyTransactions.customerId, customerId), eq(loyaltyTransactions.id, id)));
  return row ?? null;
}

export function insertTransaction(db: Database, row: typeof loyaltyTransactions.$inferInsert): Statement {
  return db.insert(loyaltyTransactions).values(row);
}

export function insertEngagement(db: Database, row: typeof engagementEvents.$inferInsert): Statement {
  return db.insert(engagementEvents).values(row);
}
