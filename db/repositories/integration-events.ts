// The inbound ledger: every accepted event keyed by (endpoint, sender's event id), so a repeat is
// recognised, the consumer finds the event it is told about, and dead letters can be read and replayed.
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { integrationEvents } from "../schema";
import type { Statement } from "./audit";

export type IntegrationEventRow = typeof integrationEvents.$inferSelect;
export type IntegrationEventInsert = typeof integrationEvents.$inferInsert;
export interface EventKey {
  endpointId: string;
  eventId: string;
}

const keyIs = (key: EventKey) => and(eq(integrationEvents.endpointId, key.endpointId), eq(integrationEvents.eventId, key.eventId));

/** Records an accepted event; false when this endpoint sent this event id before (a duplicate). */
export async function acceptEvent(db: Database, row: IntegrationEventInsert): Promise<boolean> {
  const inserted = await db.insert(integrationEvents).values(row).onConflictDoNothing().returning({ eventId: integrationEvents.eventId });
  return inserted.length > 0;
}

/** Forgets an accepted event the queue never took, so the sender's retry is accepted afresh. */
export async function forgetEvent(db: Database, key: EventKey): Promise<void> {
  await db.delete(integrationEvents).where(and(keyIs(key), eq(integrationEvents.status, "queued")));
}

export async function findEvent(db: Database, key: EventKey): Promise<IntegrationEventRow | null> {
  const [row] = await db.select().from(integrationEvents).where(keyIs(key)).limit(1);
  return row ?? null;
}

/** In the batch that applies the event: applied and its customer, or nothing at all. */
export function markEventApplied(db: Database, key: EventKey, customerId: string | null, at: number): Statement {
  return db
    .update(integrationEvents)
    .set({ status: "applied", customerId, appliedAt: at, detail: null, attempts: sql`${integrationEvents.attempts} + 1` })
    .where(keyIs(key));
}

/** A recorded no-op: the entity already had this version or a newer one. */
export async function markEventSkipped(db: Database, key: EventKey, detail: string, at: number): Promise<void> {
  await db
    .update(integrationEvents)
    .set({ status: "skipped", detail, appliedAt: at, attempts: sql`${integrationEvents.attempts} + 1` })
    .where(and(keyIs(key), eq(integrationEvents.status, "queued")));
}

/** A try that failed; the queue will try again (or move it to the dead letters). */
export async function markEventAttempt(db: Database, key: EventKey, error: string): Promise<number> {
  const [row] = await db
    .update(integrationEvents)
    .set({ detail: error.slice(0, 500), attempts: sql`${integrationEvents.attempts} + 1` })
    .where(and(keyIs(key), eq(integrationEvents.status, "queued")))
    .returning({ attempts: integrationEvents.attempts });
  return row?.attempts ?? 0;
}

export async function markEventDead(db: Database, key: EventKey, error: string): Promise<void> {
  await db
    .update(integrationEvents)
    .set({ status: "dead", detail: error.slice(0, 500) })
    .where(and(keyIs(key), eq(integrationEvents.status, "queued")));
}

/** Replay: a dead letter goes back in line with its tries reset. False when it is not (or no longer) dead. */
export async function requeueDeadEvent(db: Database, key: EventKey): Promise<boolean> {
  const rows = await db
    .update(integrationEvents)
    .set({ status: "queued", attempts: 0 })
    .where(and(keyIs(key), eq(integrationEvents.status, "dead")))
    .returning({ eventId: integrationEvents.eventId });
  return rows.length > 0;
}

export async function deadLettersOf(db: Database, endpointId: string, limit: number): Promise<IntegrationEventRow[]> {
  return db
    .select()
    .from(integrationEvents)
    .where(and(eq(integrationEvents.endpointId, endpointId), eq(integrationEvents.status, "dead")))
    .orderBy(desc(integrationEvents.receivedAt))
    .limit(limit);
}

/** Accepted events still waiting long after they came in: their queue message was lost. */
export async function waitingSince(db: Database, before: number, limit: number): Promise<IntegrationEventRow[]> {
  return db
    .select()
    .from(integrationEvents)
    .where(and(eq(integrationEvents.status, "queued"), lt(integrationEvents.receivedAt, before)))
    .limit(limit);
}
