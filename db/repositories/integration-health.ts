// Counts behind the endpoint health page: refusals per endpoint, reason and minute (one row per
// minute however many requests, so a flood of bad requests cannot grow the table without bound),
// accepted events by outcome, the delivery lag's percentile, and outbound rows by status.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { percentileOffset } from "../../core/domain/integration-health";
import type { Database } from "../client";
import { integrationEvents, integrationOutbox, integrationRefusals } from "../schema";

export interface Refused {
  reason: string;
  message: string;
  /** How many of this reason (one request of a batch may carry several). */
  count?: number;
}

function refusalStatement(db: Database, endpointId: string, refused: Refused, at: number) {
  return db
    .insert(integrationRefusals)
    .values({
      endpointId,
      reason: refused.reason,
      minute: Math.floor(at / 60_000),
      count: refused.count ?? 1,
      lastAt: at,
      lastMessage: refused.message.slice(0, 300),
    })
    .onConflictDoUpdate({
      target: [integrationRefusals.endpointId, integrationRefusals.reason, integrationRefusals.minute],
      set: {
        count: sql`${integrationRefusals.count} + excluded.count`,
        lastAt: sql`excluded.last_at`,
        lastMessage: sql`excluded.last_message`,
      },
    });
}

/** One more refused (or dropped) request of this kind in this minute. */
export async function countRefusal(db: Database, endpointId: string, reason: string, message: string, at: number): Promise<void> {
  await refusalStatement(db, endpointId, { reason, message }, at);
}

/** Several at once, in one round trip (the refusals inside one batch of events). */
export async function countRefusals(db: Database, endpointId: string, refusals: readonly Refused[], at: number): Promise<void> {
  const [first, ...rest] = refusals.map((refused) => refusalStatement(db, endpointId, refused, at));
  if (first) await db.batch([first, ...rest]);
}

export async function refusalsSince(db: Database, endpointIds: string[], since: number) {
  if (endpointIds.length === 0) return [];
  return db
    .select({
      endpointId: integrationRefusals.endpointId,
      reason: integrationRefusals.reason,
      count: sql<number>`sum(${integrationRefusals.count})`,
      lastAt: sql<number>`max(${integrationRefusals.lastAt})`,
    })
    .from(integrationRefusals)
    .where(and(inArray(integrationRefusals.endpointId, endpointIds), gte(integrationRefusals.minute, Math.floor(since / 60_000))))
    .groupBy(integrationRefusals.endpointId, integrationRefusals.reason);
}

/** The most recent refusal of each endpoint, for "last error". */
export async function lastRefusal(db: Database, endpointId: string) {
  const [row] = await db
    .select({ reason: integrationRefusals.reason, at: integrationRefusals.lastAt, message: integrationRefusals.lastMessage })
    .from(integrationRefusals)
    .where(and(eq(integrationRefusals.endpointId, endpointId), sql`${integrationRefusals.reason} <> 'duplicate'`))
    .orderBy(desc(integrationRefusals.lastAt))
    .limit(1);
  return row ?? null;
}

/** Accepted events by outcome; a skipped one by why (duplicate or stale version). */
export async function eventOutcomesSince(db: Database, endpointIds: string[], since: number) {
  if (endpointIds.length === 0) return [];
  const why = sql<string | null>`case when ${integrationEvents.status} = 'skipped' then ${integrationEvents.detail} end`;
  return db
    .select({ endpointId: integrationEvents.endpointId, status: integrationEvents.status, why, n: count() })
    .from(integrationEvents)
    .where(and(inArray(integrationEvents.endpointId, endpointIds), gte(integrationEvents.receivedAt, since)))
    .groupBy(integrationEvents.endpointId, integrationEvents.status, why);
}

/** The p95 of received-to-applied, in ms, over events applied since `since` (one row read). */
export async function lagPercentile(db: Database, endpointId: string, since: number, p: number): Promise<number | null> {
  const where = and(
    eq(integrationEvents.endpointId, endpointId),
    gte(integrationEvents.receivedAt, since),
    isNotNull(integrationEvents.appliedAt),
  );
  const [total] = await db.select({ n: count() }).from(integrationEvents).where(where);
  const n = total?.n ?? 0;
  if (n === 0) return null;
  const lag = sql<number>`${integrationEvents.appliedAt} - ${integrationEvents.receivedAt}`;
  const [row] = await db.select({ lag }).from(integrationEvents).where(where).orderBy(asc(lag)).limit(1).offset(percentileOffset(n, p));
  return row?.lag ?? null;
}

/** The newest failure of an accepted event (a try that failed, or a dead letter). */
export async function lastEventError(db: Database, endpointId: string) {
  const [row] = await db
    .select({ at: integrationEvents.receivedAt, detail: integrationEvents.detail, status: integrationEvents.status })
    .from(integrationEvents)
    .where(
      and(
        eq(integrationEvents.endpointId, endpointId),
        inArray(integrationEvents.status, ["dead", "queued"]),
        isNotNull(integrationEvents.detail),
      ),
    )
    .orderBy(desc(integrationEvents.receivedAt))
    .limit(1);
  return row ?? null;
}

export async function outboxOutcomesSince(db: Database, endpointIds: string[], since: number) {
  if (endpointIds.length === 0) return [];
  return db
    .select({ endpointId: integrationOutbox.endpointId, status: integrationOutbox.status, n: count() })
    .from(integrationOutbox)
    .where(and(inArray(integrationOutbox.endpointId, endpointIds), gte(integrationOutbox.createdAt, since)))
    .groupBy(integrationOutbox.endpointId, integrationOutbox.status);
}

/** The newest outbound send that failed, with its error. */
export async function lastOutboxError(db: Database, endpointId: string) {
  const [row] = await db
    .select({ at: integrationOutbox.createdAt, error: integrationOutbox.lastError })
    .from(integrationOutbox)
    .where(and(eq(integrationOutbox.endpointId, endpointId), isNotNull(integrationOutbox.lastError)))
    .orderBy(desc(integrationOutbox.createdAt))
    .limit(1);
  return row ?? null;
}
