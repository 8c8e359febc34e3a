// Which version of each back-end entity Tandem applied last, and Tandem's id for it. A snapshot
// applies only when newer (core/domain/integrations.ts `versionVerdict`); the version moves in the
// same batch as the change, and never back.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { customers, integrationEntities, integrationEntityChecks, leases, loans, orders, payments } from "../schema";
import type { Statement } from "./audit";

export type EntityType = (typeof integrationEntities.$inferSelect)["entityType"];
export interface EntityRef {
  localId: string;
  customerId: string;
  /** 0 when Tandem knows the entity but no versioned snapshot was applied yet. */
  version: number;
}

export async function findEntity(db: Database, orgId: string, entityType: EntityType, externalId: string): Promise<EntityRef | null> {
  const [row] = await db
    .select({ localId: integrationEntities.localId, customerId: integrationEntities.customerId, version: integrationEntities.version })
    .from(integrationEntities)
    .where(
      and(
        eq(integrationEntities.orgId, orgId),
        eq(integrationEntities.entityType, entityType),
        eq(integrationEntities.externalId, externalId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Tandem's record for a back end's id, in one round trip: its mapping (with the version last
 * applied), or, for records other than customers, Tandem's own id of one of this customer's records
 * (a back end may name a record by the id it learned from an outbound message, or the bootstrap's).
 */
type EntityRefQuery = { orgId: string; entityType: EntityType; externalId: string; customerId: string };
type EntityRefRow = { localId: string | null; customerId: string | null; version: number | null; ownId: string | null };

function entityRefSql(ref: EntityRefQuery) {
  const own = ref.entityType === "customer" ? null : { order: orders, lease: leases, loan: loans, payment: payments }[ref.entityType];
  const ownId = own
    ? sql`(SELECT ${own.id} FROM ${own} WHERE ${own.id} = ${ref.externalId} AND ${own.customerId} = ${ref.customerId})`
    : sql`NULL`;
  return sql`
    SELECT m.local_id AS localId, m.customer_id AS customerId, m.version AS version, ${ownId} AS ownId
    FROM (SELECT 1) LEFT JOIN ${integrationEntities} m
      ON m.org_id = ${ref.orgId} AND m.entity_type = ${ref.entityType} AND m.external_id = ${ref.externalId}`;
}

function entityRefOf(ref: EntityRefQuery, row: EntityRefRow | undefined): EntityRef | null {
  if (row?.localId && row.customerId !== null) return { localId: row.localId, customerId: row.customerId, version: row.version ?? 0 };
  return row?.ownId ? { localId: row.ownId, customerId: ref.customerId, version: 0 } : null;
}

/**
 * Tandem's record for a back end's id, in one round trip: its mapping (with the version last
 * applied), or, for records other than customers, Tandem's own id of one of this customer's records
 * (a back end may name a record by the id it learned from an outbound message, or the bootstrap's).
 */
export async function entityRef(db: Database, ref: EntityRefQuery): Promise<EntityRef | null> {
  const [row] = await db.all<EntityRefRow>(entityRefSql(ref));
  return entityRefOf(ref, row);
}

/** Back-end records by `entityKey`, as read: Tandem's record and version, or null for none yet. */
export type EntitiesRead = Map<string, EntityRef | null>;

export const entityKey = (entityType: EntityType, externalId: string) => `${entityType}:${externalId}`;

/**
 * The records several customers' groups name, all in one round trip, one map per group (the inbound
 * consumer reads a whole queue batch's before handing each customer's events to their room).
 */
export async function entitiesAhead(
  db: Database,
  groups: readonly { orgId: string; customerId: string; named: readonly { entityType: EntityType; externalId: string }[] }[],
): Promise<EntitiesRead[]> {
  const queries = groups.map(({ orgId, customerId, named }) => {
    const unique = new Map(named.map((n) => [entityKey(n.entityType, n.externalId), { orgId, customerId, ...n }]));
    return [...unique.values()];
  });
  const refs = await entityRefs(db, queries.flat());
  let next = 0;
  return queries.map((list) => new Map(list.map((query) => [entityKey(query.entityType, query.externalId), refs[next++] ?? null])));
}

/** The same for several records, all in one round trip (a group of events read ahead), in their order. */
export async function entityRefs(db: Database, refs: readonly EntityRefQuery[]): Promise<(EntityRef | null)[]> {
  if (refs.length === 0) return [];
  // Each record's row, numbered, in as few statements as D1's limits allow, all in one batch.
  const statements = chunksOf(refs.entries(), REFS_PER_STATEMENT).map((chunk) =>
    db
      .select({
        i: sql<number>`q.i`,
        localId: sql<string | null>`q.localId`,
        customerId: sql<string | null>`q.customerId`,
        version: sql<number | null>`q.version`,
        ownId: sql<string | null>`q.ownId`,
      })
      .from(
        sql`(${sql.join(
          chunk.map(([i, ref]) => sql`SELECT ${i} AS i, r.* FROM (${entityRefSql(ref)}) r`),
          sql` UNION ALL `,
        )}) q`,
      ),
  );
  const [first, ...rest] = statements;
  if (!first) return [];
  const rows = rest.length === 0 ? await first : (await db.batch([first, ...rest])).flat();
  const byIndex = new Map(rows.map((row) => [Number(row.i), row]));
  return refs.map((ref, index) => entityRefOf(ref, byIndex.get(index)));
}

/**
 * D1 allows 5 terms in a compound SELECT (the lookups' UNION ALL) and 100 bound parameters per
 * statement (a record's check binds 7).
 */
const REFS_PER_STATEMENT = 5;
const CHECKS_PER_STATEMENT = 14;

/** Items in chunks of `size` (D1 caps a statement's terms and bound parameters). */
export function chunksOf<T>(items: Iterable<T>, size: number): T[][] {
  const chunks: T[][] = [];
  for (const item of items) {
    const last = chunks.at(-1);
    if (last && last.length < size) last.push(item);
    else chunks.push([item]);
  }
  return chunks;
}

/** The CHECK a batch fails by when a record it was planned from is no longer as read (`entitiesStillAsRead`). */
export const ENTITY_CHECK = "integration_entity_checks_matches_check";

/** A record's answer as one text, in SQL as `entityRefOf` reads it: "localId|customerId|version", "" for none. */
function entityRefTextSql(ref: EntityRefQuery) {
  return sql`(SELECT CASE
      WHEN q.localId IS NOT NULL AND q.customerId IS NOT NULL THEN q.localId || '|' || q.customerId || '|' || coalesce(q.version, 0)
      WHEN q.ownId IS NOT NULL THEN q.ownId || '|' || ${ref.customerId} || '|0'
      ELSE '' END
    FROM (${entityRefSql(ref)}) q)`;
}

const entityRefText = (ref: EntityRef | null) => (ref ? `${ref.localId}|${ref.customerId}|${ref.version}` : "");

/**
 * The first statements of a batch planned from records read earlier (outside the room's serial
 * order): they fail the whole batch (ENTITY_CHECK) unless each record is still what was read.
 */
export function entitiesStillAsRead(db: Database, orgId: string, customerId: string, read: EntitiesRead): Statement[] {
  const each = [...read].map(([key, ref]) => {
    const split = key.indexOf(":");
    const query = { orgId, customerId, entityType: key.slice(0, split) as EntityType, externalId: key.slice(split + 1) };
    return sql`${entityRefTextSql(query)} = ${entityRefText(ref)}`;
  });
  return chunksOf(each, CHECKS_PER_STATEMENT).map((chunk) =>
    db
      .insert(integrationEntityChecks)
      .values({ customerId, matches: sql`(${sql.join(chunk, sql` AND `)})` })
      .onConflictDoUpdate({ target: integrationEntityChecks.customerId, set: { matches: sql`excluded.matches` } }),
  );
}

/** SQL for the org's customer an event names: by the back end's id (mapped, or on the account) or by Tandem's id; NULL if none. */
export function customerNamed(orgId: string, customer: { externalId: string } | { id: string }) {
  return "id" in customer
    ? sql`(SELECT id FROM ${customers} WHERE org_id = ${orgId} AND id = ${customer.id})`
    : sql`COALESCE(
        (SELECT customer_id FROM ${integrationEntities} WHERE org_id = ${orgId} AND entity_type = 'customer' AND external_id = ${customer.externalId}),
        (SELECT id FROM ${customers} WHERE org_id = ${orgId} AND external_id = ${customer.externalId} LIMIT 1))`;
}

/** SQL for the version Tandem last applied of an entity; NULL if none. */
export function versionApplied(orgId: string, entityType: EntityType, externalId: string) {
  return sql`(SELECT version FROM ${integrationEntities} WHERE org_id = ${orgId} AND entity_type = ${entityType} AND external_id = ${externalId})`;
}

/** The entity's version moves to `version` (only ever forward), in the batch that applies it. */
export function recordEntityVersion(
  db: Database,
  row: { orgId: string; entityType: EntityType; externalId: string; localId: string; customerId: string; version: number; at: number },
): Statement {
  const { at, ...values } = row;
  return db
    .insert(integrationEntities)
    .values({ ...values, updatedAt: at })
    .onConflictDoUpdate({
      target: [integrationEntities.orgId, integrationEntities.entityType, integrationEntities.externalId],
      set: { version: sql`excluded.version`, updatedAt: sql`excluded.updated_at` },
      setWhere: sql`excluded.version > ${integrationEntities.version}`,
    });
}

/**
 * Tandem's id for a customer a back end names for the first time: the first claim wins, so two
 * events for the same new customer never create two accounts. Answers the winner's id.
 */
export async function claimCustomerId(db: Database, orgId: string, externalId: string, proposedId: string, at: number): Promise<string> {
  await db
    .insert(integrationEntities)
    .values({ orgId, entityType: "customer", externalId, localId: proposedId, customerId: proposedId, version: 0, updatedAt: at })
    .onConflictDoNothing();
  const claimed = await findEntity(db, orgId, "customer", externalId);
  return claimed?.customerId ?? proposedId;
}

/** The org's customer a back end knows by its external id (the customers table's own column). */
export async function customerByExternalId(db: Database, orgId: string, externalId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.externalId, externalId)))
    .limit(1);
  return row?.id ?? null;
}

/** The back end's id for one of Tandem's records, when a back end created or named it. */
export async function externalIdOf(db: Database, entityType: EntityType, localId: string): Promise<string | null> {
  const [row] = await db
    .select({ externalId: integrationEntities.externalId })
    .from(integrationEntities)
    .where(and(eq(integrationEntities.entityType, entityType), eq(integrationEntities.localId, localId)))
    .limit(1);
  return row?.externalId ?? null;
}

/** Whether any org has a customer with this id (a new account's id must be free everywhere). */
export async function customerIdTaken(db: Database, customerId: string): Promise<boolean> {
  const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId)).limit(1);
  if (row) return true;
  const [claimed] = await db
    .select({ id: integrationEntities.localId })
    .from(integrationEntities)
    .where(and(eq(integrationEntities.entityType, "customer"), eq(integrationEntities.localId, customerId)))
    .limit(1);
  return !!claimed;
}
