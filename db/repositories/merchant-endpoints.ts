// A merchant's endpoints, their keys (hashes only) and delivery log; the decision models serving
// them. Reads for the profile and engineering's view, statements for the merchant's room.
import { and, desc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { decisionModels, decisionModelVersions, endpointDeliveries, endpointKeys, merchantEndpoints } from "../schema";
import type { Statement } from "./audit";

export type EndpointRow = typeof merchantEndpoints.$inferSelect;
export type DeliveryRow = typeof endpointDeliveries.$inferSelect;
export type DeliveryInsert = typeof endpointDeliveries.$inferInsert;

export const RECENT_MS = 7 * 86_400_000;

/** A merchant's endpoints that still exist (removed ones keep their log but leave the list). */
export async function endpointsOf(db: Database, merchantIds: string[]): Promise<EndpointRow[]> {
  if (merchantIds.length === 0) return [];
  return db
    .select()
    .from(merchantEndpoints)
    .where(and(inArray(merchantEndpoints.merchantId, merchantIds), ne(merchantEndpoints.status, "removed")))
    .orderBy(merchantEndpoints.merchantId, merchantEndpoints.createdAt);
}

export async function findEndpoint(db: Database, merchantId: string, endpointId: string): Promise<EndpointRow | null> {
  const [row] = await db
    .select()
    .from(merchantEndpoints)
    .where(and(eq(merchantEndpoints.id, endpointId), eq(merchantEndpoints.merchantId, merchantId)))
    .limit(1);
  return row ?? null;
}

/** Deliveries per endpoint since `since`: how many, how many failed, the latest. */
export async function deliveryStats(db: Database, merchantIds: string[], since: number) {
  if (merchantIds.length === 0) return new Map<string, { total: number; failed: number; lastAt: number | null }>();
  const rows = await db
    .select({
      endpointId: endpointDeliveries.endpointId,
      total: sql<number>`count(*)`.mapWith(Number),
      failed: sql<number>`sum(case when ${endpointDeliveries.ok} then 0 else 1 end)`.mapWith(Number),
      lastAt: sql<number>`max(${endpointDeliveries.at})`.mapWith(Number),
    })
    .from(endpointDeliveries)
    .where(and(inArray(endpointDeliveries.merchantId, merchantIds), gt(endpointDeliveries.at, since)))
    .groupBy(endpointDeliveries.endpointId);
  return new Map(rows.map((r) => [r.endpointId, { total: r.total, failed: r.failed, lastAt: r.lastAt }]));
}

export async function recentDeliveries(db: Database, endpointId: string, limit: number): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(endpointDeliveries)
    .where(eq(endpointDeliveries.endpointId, endpointId))
    .orderBy(desc(endpointDeliveries.at), desc(endpointDeliveries.id))
    .limit(limit);
}

/** The last delivery to each endpoint, ever (an idle endpoint still shows when it last spoke). */
export async function lastDeliveries(db: Database, endpointIds: string[]): Promise<Map<string, number>> {
  if (endpointIds.length === 0) return new Map();
  const rows = await db
    .select({ endpointId: endpointDeliveries.endpointId, at: sql<number>`max(${endpointDeliveries.at})`.mapWith(Number) })
    .from(endpointDeliveries)
    .where(inArray(endpointDeliveries.endpointId, endpointIds))
    .groupBy(endpointDeliveries.endpointId);
  return new Map(rows.map((r) => [r.endpointId, r.at]));
}

export async function activeKeyPrefixes(db: Database, endpointIds: string[]): Promise<Map<string, string>> {
  if (endpointIds.length === 0) return new Map();
  const rows = await db
    .select({ endpointId: endpointKeys.endpointId, prefix: endpointKeys.prefix })
    .from(endpointKeys)
    .where(and(inArray(endpointKeys.endpointId, endpointIds), isNull(endpointKeys.revokedAt)));
  return new Map(rows.map((r) => [r.endpointId, r.prefix]));
}

/** The endpoint a key belongs to, and whether the key was rotated out. */
export async function endpointByKeyHash(db: Database, keyHash: string) {
  const [row] = await db
    .select({ endpoint: merchantEndpoints, revokedAt: endpointKeys.revokedAt })
    .from(endpointKeys)
    .innerJoin(merchantEndpoints, eq(merchantEndpoints.id, endpointKeys.endpointId))
    .where(eq(endpointKeys.keyHash, keyHash))
    .limit(1);
  return row ?? null;
}

export const modelVersionColumns = {
  id: decisionModelVersions.id,
  modelId: decisionModels.id,
  orgId: decisionModels.orgId,
  name: decisionModels.name,
  product: decisionModels.product,
  tier: decisionModels.tier,
  version: decisionModelVersions.version,
  thresholds: decisionModelVersions.thresholds,
  notes: decisionModelVersions.notes,
  status: decisionModelVersions.status,
};

export interface ModelVersionRow {
  id: string;
  modelId: string;
  orgId: string;
  name: string;
  product: "lease" | "loan";
  tier: "standard" | "advanced" | "custom";
  version: number;
  thresholds: string;
  notes: string;
  status: "active" | "retired";
}

export async function modelVersionsByIds(db: Database, ids: string[]): Promise<Map<string, ModelVersionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(modelVersionColumns)
    .from(decisionModelVersions)
    .innerJoin(decisionModels, eq(decisionModels.id, decisionModelVersions.modelId))
    .where(inArray(decisionModelVersions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A decision model version of this org (null when another org's or none). */
export async function findModelVersion(db: Database, orgId: string, id: string): Promise<ModelVersionRow | null> {
  const [row] = await db
    .select(modelVersionColumns)
    .from(decisionModelVersions)
    .innerJoin(decisionModels, eq(decisionModels.id, decisionModelVersions.modelId))
    .where(and(eq(decisionModelVersions.id, id), eq(decisionModels.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function modelCatalog(db: Database, orgId: string): Promise<ModelVersionRow[]> {
  return db
    .select(modelVersionColumns)
    .from(decisionModelVersions)
    .innerJoin(decisionModels, eq(decisionModels.id, decisionModelVersions.modelId))
    .where(eq(decisionModels.orgId, orgId))
    .orderBy(decisionModels.tier, decisionModels.name, desc(decisionModelVersions.version));
}

// --- statements -------------------------------------------------------------------------------

export function insertEndpoint(db: Database, row: typeof merchantEndpoints.$inferInsert): Statement {
  return db.insert(merchantEndpoints).values(row);
}

export function updateEndpoint(
  db: Database,
  id: string,
  set: Partial<Pick<EndpointRow, "status" | "modelVersionId" | "customThresholds" | "removedAt">>,
): Statement {
  return db.update(merchantEndpoints).set(set).where(eq(merchantEndpoints.id, id));
}

export function insertKey(db: Database, row: typeof endpointKeys.$inferInsert): Statement {
  return db.insert(endpointKeys).values(row);
}

/** Rotating out: every live key of the endpoint stops working now (kept, so its use is recognised). */
export function revokeKeys(db: Database, endpointId: string, at: number): Statement {
  return db
    .update(endpointKeys)
    .set({ revokedAt: at })
    .where(and(eq(endpointKeys.endpointId, endpointId), isNull(endpointKeys.revokedAt)));
}

export function insertDelivery(db: Database, row: DeliveryInsert): Statement {
  return db.insert(endpointDeliveries).values(row);
}
