// The inbound ledger: every accepted event keyed by (endpoint, sender's event id), so a repeat is
// recognised, the consumer finds the event it is told about, and dead letters can be read and replayed.
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { integrationEvents, orgs } from "../schema";
import type { Statement } from "./audit";
import { customerNamed, type EntityType, versionApplied } from "./integration-entities";

export type IntegrationEventRow = typeof integrationEvents.$inferSelect;
export type IntegrationEventInsert = typeof integrationEvents.$inferInsert;
export interface EventKey {
  endpointId: string;
  eventId: string;
}

const keyIs = (key: EventKey) => and(eq(integrationEvents.endpointId, key.endpointId), eq(integrationEvents.eventId, key.eventId));

export type Acceptance =
  | { accepted: true; customerId: string | null }
  | { accepted: false; why: "unknown_customer" | "stale_version" | "duplicate"; version: number | null };

/**
 * Records an event in one round trip, when it may be accepted: its customer is the org's (or it is
 * a customer snapshot, which may open an account), its entity's version is not older than the one
 * applied, and the endpoint never sent this event id before. Answers why not otherwise. The checks
 * and the insert run in one batch, so they see the same state.
 */
export async function acceptEvent(
  db: Database,
  row: Omit<IntegrationEventInsert, "customerId" | "status" | "attempts">,
  about: { customer: { externalId: string } | { id: string }; entityType: EntityType; mayOpenAccount: boolean } | null,
): Promise<Acceptance> {
  if (!about) {
    const inserted = await db
      .insert(integrationEvents)
      .values({ ...row, customerId: null, status: "queued" })
      .onConflictDoNothing()
      .returning();
    return inserted.length > 0 ? { accepted: true, customerId: null } : { accepted: false, why: "duplicate", version: null };
  }
  const customer = customerNamed(row.orgId, about.customer);
  const version = versionApplied(row.orgId, about.entityType, row.entityId ?? "");
  // Both read from the org's own row, which the endpoint's org always has: one row of answers.
  const [facts, inserted] = await db.batch([
    db
      .select({ customerId: sql<string | null>`${customer}`, version: sql<number | null>`${version}` })
      .from(orgs)
      .where(eq(orgs.id, row.orgId)),
    db
      .insert(integrationEvents)
      .select(
        // Every column, in the table's order (drizzle inserts a SELECT into all of them).
        sql`SELECT ${row.endpointId}, ${row.eventId}, ${row.orgId}, ${row.type}, ${row.entityId}, ${row.entityVersion}, ${customer},
          ${row.payload}, 'queued', NULL, 0, ${row.receivedAt}, NULL
        FROM ${orgs} WHERE ${orgs.id} = ${row.orgId}
          AND (${customer} IS NOT NULL OR ${about.mayOpenAccount ? 1 : 0} = 1)
          AND (${version} IS NULL OR ${version} <= ${row.entityVersion})`,
      )
      .onConflictDoNothing()
      .returning({ customerId: integrationEvents.customerId }),
  ]);
  const taken = inserted[0];
  if (taken) return { accepted: true, customerId: taken.customerId };
  const known = facts[0] ?? { customerId: null, version: null };
  if (!known.customerId && !about.mayOpenAccount) return { accepted: false, why: "unknown_customer", version: known.version };
  if (known.version !== null && row.entityVersion !== null && row.entityVersion !== undefined && known.version > row.entityVersion)
    return { accepted: false, why: "stale_version", version: known.version };
  return { accepted: false, why: "duplicate", version: known.version };
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
