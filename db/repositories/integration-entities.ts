// Which version of each back-end entity Tandem applied last, and Tandem's id for it. A snapshot
// applies only when newer (core/domain/integrations.ts `versionVerdict`); the version moves in the
// same batch as the change, and never back.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { customers, integrationEntities, leases, loans, orders, payments } from "../schema";
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
 * A back end may name a record by Tandem's own id (one it learned from an outbound message, or the
 * bootstrap's records): the record, when this customer has it.
 */
export async function findOwnRecord(
  db: Database,
  entityType: Exclude<EntityType, "customer">,
  id: string,
  customerId: string,
): Promise<EntityRef | null> {
  const table = { order: orders, lease: leases, loan: loans, payment: payments }[entityType];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.customerId, customerId)))
    .limit(1);
  return row ? { localId: row.id, customerId, version: 0 } : null;
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

/** The customer, when it belongs to this org. */
export async function customerInOrg(db: Database, orgId: string, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)))
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
