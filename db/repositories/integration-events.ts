// The inbound ledger: every accepted event keyed by (endpoint, sender's event id), so a repeat is
// recognised, the consumer finds the event it is told about, and dead letters can be read and replayed.
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { integrationEvents, orgs } from "../schema";
import type { Statement } from "./audit";
import { chunksOf, customerNamed, type EntityType, versionApplied } from "./integration-entities";

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

/** What an event is about, for the checks at acceptance (null for a test ping, which is about nothing). */
export type EventAbout = {
  customer: { externalId: string } | { id: string };
  entityType: EntityType;
  mayOpenAccount: boolean;
} | null;
export type EventToAccept = { row: Omit<IntegrationEventInsert, "customerId" | "status" | "attempts">; about: EventAbout };

type Facts = { customerId: string | null; version: number | null };
/** What Tandem knows of an event's customer and entity (the SQL both statements below use). */
function factsSql({ row, about }: EventToAccept) {
  return {
    customer: about ? customerNamed(row.orgId, about.customer) : sql`NULL`,
    version: about ? versionApplied(row.orgId, about.entityType, row.entityId ?? "") : sql`NULL`,
  };
}

/** The ledger's insert, when the event may be accepted; it answers the customer's id when it was. */
function insertWhenAllowed(db: Database, event: EventToAccept) {
  const { row, about } = event;
  const { customer, version } = factsSql(event);
  const allowed = about
    ? sql`(${customer} IS NOT NULL OR ${about.mayOpenAccount ? 1 : 0} = 1) AND (${version} IS NULL OR ${version} <= ${row.entityVersion})`
    : sql`1 = 1`;
  return db
    .insert(integrationEvents)
    .select(
      // Every column, in the table's order (drizzle inserts a SELECT into all of them).
      sql`SELECT ${row.endpointId}, ${row.eventId}, ${row.orgId}, ${row.type}, ${row.entityId}, ${row.entityVersion}, ${customer},
        ${row.payload}, 'queued', NULL, 0, ${row.receivedAt}, NULL
      FROM ${orgs} WHERE ${orgs.id} = ${row.orgId} AND ${allowed}`,
    )
    .onConflictDoNothing()
    .returning({ customerId: integrationEvents.customerId });
}

/** Why an event was not taken: its customer and entity as Tandem has them (one row, from the org's own). */
function factsOf(db: Database, event: EventToAccept) {
  const { customer, version } = factsSql(event);
  return db
    .select({ customerId: sql<string | null>`${customer}`, version: sql<number | null>`${version}` })
    .from(orgs)
    .where(eq(orgs.id, event.row.orgId));
}

function refusalOf({ row, about }: EventToAccept, facts: Facts | undefined): Acceptance {
  const known = facts ?? { customerId: null, version: null };
  if (about && !known.customerId && !about.mayOpenAccount) return { accepted: false, why: "unknown_customer", version: known.version };
  if (known.version !== null && row.entityVersion !== null && row.entityVersion !== undefined && known.version > row.entityVersion)
    return { accepted: false, why: "stale_version", version: known.version };
  return { accepted: false, why: "duplicate", version: known.version };
}

/**
 * Records events, each when it may be accepted: its customer is the org's (or it is a customer
 * snapshot, which may open an account), its entity's version is not older than the one applied,
 * and the endpoint never sent this event id before. Answers, in their order, why not otherwise.
 * One batch, one event after another: each sees the ones before it (the same event id twice is a
 * duplicate the second time), and an event's checks and insert are one statement. Only the events
 * not taken cost a second round trip, to say why.
 */
export async function acceptEvents(db: Database, events: readonly EventToAccept[]): Promise<Acceptance[]> {
  const [first, ...rest] = events.map((event) => insertWhenAllowed(db, event));
  if (!first) return [];
  const inserted = await db.batch([first, ...rest]);
  const answers: (Acceptance | null)[] = inserted.map((rows) => {
    const taken = rows[0];
    return taken ? { accepted: true, customerId: taken.customerId } : null;
  });
  const refused = events.flatMap((event, i) => (answers[i] ? [] : [{ event, i }]));
  const [firstFacts, ...restFacts] = refused.map(({ event }) => factsOf(db, event));
  if (firstFacts) {
    const facts = await db.batch([firstFacts, ...restFacts]);
    for (const [k, { event, i }] of refused.entries()) answers[i] = refusalOf(event, facts[k]?.[0]);
  }
  return answers.map((answer) => answer ?? { accepted: false, why: "duplicate", version: null });
}

/** Forgets accepted events the queue never took, so the sender's retry is accepted afresh. */
export async function forgetEvents(db: Database, keys: readonly EventKey[]): Promise<void> {
  // 40 keys a statement: D1 binds at most 100 parameters to one.
  const [first, ...rest] = chunksOf(keys, 40).map((chunk) =>
    db.delete(integrationEvents).where(and(or(...chunk.map(keyIs)), eq(integrationEvents.status, "queued"))),
  );
  if (first) await db.batch([first, ...rest]);
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
