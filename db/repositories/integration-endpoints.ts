// The org's integration endpoints: one row per back end Tandem talks to (the secret's Worker-secret
// name only, never its value).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { IntegrationKind } from "../../core/domain/integrations";
import type { Database } from "../client";
import { integrationEndpoints } from "../schema";

export type IntegrationEndpointRow = typeof integrationEndpoints.$inferSelect;
export type IntegrationEndpointInsert = typeof integrationEndpoints.$inferInsert;

export async function findIntegrationEndpoint(db: Database, id: string): Promise<IntegrationEndpointRow | null> {
  const [row] = await db.select().from(integrationEndpoints).where(eq(integrationEndpoints.id, id)).limit(1);
  return row ?? null;
}

export async function integrationEndpointsOf(db: Database, orgId: string): Promise<IntegrationEndpointRow[]> {
  return db.select().from(integrationEndpoints).where(eq(integrationEndpoints.orgId, orgId)).orderBy(asc(integrationEndpoints.name));
}

/** The org's active endpoints of these kinds: where a change made in Tandem must go. */
export async function activeEndpointsOfKinds(
  db: Database,
  orgId: string,
  kinds: readonly IntegrationKind[],
): Promise<IntegrationEndpointRow[]> {
  if (kinds.length === 0) return [];
  return db
    .select()
    .from(integrationEndpoints)
    .where(
      and(eq(integrationEndpoints.orgId, orgId), eq(integrationEndpoints.status, "active"), inArray(integrationEndpoints.kind, [...kinds])),
    );
}

export async function insertIntegrationEndpoints(db: Database, rows: IntegrationEndpointInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(integrationEndpoints).values(rows).onConflictDoNothing();
}
