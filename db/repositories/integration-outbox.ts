// The transactional outbox: changes a back end must hear of, inserted in the batch of the change
// itself, handed to the queue by the customer's room, and claimed by one sender at a time, so a
// row is sent again only when the last send's outcome was lost (the receiver dedupes by its id).
import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { integrationEndpoints, integrationOutbox } from "../schema";
import type { Statement } from "./audit";

export type OutboxRow = typeof integrationOutbox.$inferSelect;
export type OutboxInsert = typeof integrationOutbox.$inferInsert;

/** A claim lasts this long: a sender that died mid-send frees the row after it. */
export const CLAIM_MS = 60_000;
/** Handed to the queue this long ago and still not sent: the message was lost; hand it again. */
export const LOST_AFTER_MS = 5 * 60_000;

export function insertOutbox(db: Database, rows: OutboxInsert[]): Statement[] {
  return rows.map((row) => db.insert(integrationOutbox).values(row));
}

/** Rows of this customer the queue has not taken yet (or took so long ago that the message was lost). */
export async function unsentOutboxOf(db: Database, customerId: string, now: number): Promise<OutboxRow[]> {
  return db
    .select()
    .from(integrationOutbox)
    .where(
      and(
        eq(integrationOutbox.customerId, customerId),
        eq(integrationOutbox.status, "pending"),
        or(isNull(integrationOutbox.enqueuedAt), lt(integrationOutbox.enqueuedAt, now - LOST_AFTER_MS)),
      ),
    )
    .limit(100);
}

/** The same, across every customer: the Cron Trigger's backstop. */
export async function unsentOutbox(db: Database, now: number, limit: number): Promise<OutboxRow[]> {
  return db
    .select()
    .from(integrationOutbox)
    .where(
      and(
        eq(integrationOutbox.status, "pending"),
        lt(integrationOutbox.createdAt, now - 60_000),
        or(isNull(integrationOutbox.enqueuedAt), lt(integrationOutbox.enqueuedAt, now - LOST_AFTER_MS)),
      ),
    )
    .limit(limit);
}

export async function markEnqueued(db: Database, ids: string[], at: number): Promise<void> {
  if (ids.length > 0) await db.update(integrationOutbox).set({ enqueuedAt: at }).where(inArray(integrationOutbox.id, ids));
}

/** Takes the row for one send; null when it is synced, failed, or another sender holds it. */
export async function claimOutbox(db: Database, id: string, now: number): Promise<OutboxRow | null> {
  const [row] = await db
    .update(integrationOutbox)
    .set({ status: "sending", claimedUntil: now + CLAIM_MS, attempts: sql`${integrationOutbox.attempts} + 1` })
    .where(
      and(
        eq(integrationOutbox.id, id),
        or(eq(integrationOutbox.status, "pending"), and(eq(integrationOutbox.status, "sending"), lt(integrationOutbox.claimedUntil, now))),
      ),
    )
    .returning();
  return row ?? null;
}

export async function markSynced(db: Database, id: string, at: number): Promise<void> {
  await db
    .update(integrationOutbox)
    .set({ status: "synced", sentAt: at, claimedUntil: null, lastError: null })
    .where(eq(integrationOutbox.id, id));
}

/** A send failed: back in line for the queue's retry, or failed for good after the last try. */
export async function markSendFailed(db: Database, id: string, error: string, final: boolean): Promise<void> {
  await db
    .update(integrationOutbox)
    .set({ status: final ? "failed" : "pending", claimedUntil: null, lastError: error.slice(0, 300) })
    .where(eq(integrationOutbox.id, id));
}

/** An engineer's retry of a failed row: back in line with its tries reset. Null when not this org's failed row. */
export async function retryFailedOutbox(db: Database, orgId: string, id: string): Promise<OutboxRow | null> {
  const [row] = await db
    .update(integrationOutbox)
    .set({ status: "pending", attempts: 0, enqueuedAt: null, claimedUntil: null })
    .where(and(eq(integrationOutbox.id, id), eq(integrationOutbox.orgId, orgId), eq(integrationOutbox.status, "failed")))
    .returning();
  return row ?? null;
}

export async function findOutbox(db: Database, id: string): Promise<OutboxRow | null> {
  const [row] = await db.select().from(integrationOutbox).where(eq(integrationOutbox.id, id)).limit(1);
  return row ?? null;
}

/** What a rep sees on a customer's items: each outbound row, newest first, with the back end's name. */
export async function outboxOfCustomer(db: Database, customerId: string, limit = 200) {
  return db
    .select({
      id: integrationOutbox.id,
      recordType: integrationOutbox.recordType,
      recordId: integrationOutbox.recordId,
      topic: integrationOutbox.topic,
      status: integrationOutbox.status,
      endpointName: integrationEndpoints.name,
      createdAt: integrationOutbox.createdAt,
      sentAt: integrationOutbox.sentAt,
    })
    .from(integrationOutbox)
    .innerJoin(integrationEndpoints, eq(integrationEndpoints.id, integrationOutbox.endpointId))
    .where(eq(integrationOutbox.customerId, customerId))
    .orderBy(desc(integrationOutbox.createdAt))
    .limit(limit);
}

/** Rows given up on, per endpoint of the org, newest first: the health page's retry list. */
export async function failedOutboxOf(db: Database, endpointIds: string[], limit: number): Promise<OutboxRow[]> {
  if (endpointIds.length === 0) return [];
  return db
    .select()
    .from(integrationOutbox)
    .where(and(inArray(integrationOutbox.endpointId, endpointIds), eq(integrationOutbox.status, "failed")))
    .orderBy(desc(integrationOutbox.createdAt))
    .limit(limit);
}
