// Merchants as the list and the profile read them, and the statements that change a merchant's row
// and contacts (run by the merchant's room).
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ContactRecord, MerchantRecord, PlanVersionView } from "../../core/domain/merchant-view";
import type { Database } from "../client";
import { merchantContacts, merchants, planChangeRequests, plans, planVersions, regions, staff } from "../schema";
import type { Statement } from "./audit";

export type MerchantRow = typeof merchants.$inferSelect;

export async function findMerchant(db: Database, orgId: string, id: string): Promise<MerchantRecord | null> {
  const [row] = await db
    .select()
    .from(merchants)
    .where(and(eq(merchants.id, id), eq(merchants.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Plan versions joined with their plan's code and name, as the views show them. */
export const planVersionColumns = {
  id: planVersions.id,
  planId: planVersions.planId,
  code: plans.code,
  name: plans.name,
  version: planVersions.version,
  monthlyFeeCents: planVersions.monthlyFeeCents,
  transactionFeeCents: planVersions.transactionFeeCents,
  discountRateBps: planVersions.discountRateBps,
  monthlyMinimumCents: planVersions.monthlyMinimumCents,
  includedEndpoints: planVersions.includedEndpoints,
  modelTier: planVersions.modelTier,
  notes: planVersions.notes,
  createdAt: planVersions.createdAt,
};

export async function planVersionsByIds(db: Database, ids: string[]): Promise<Map<string, PlanVersionView>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(planVersionColumns)
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(inArray(planVersions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A plan version of this org (null when it is another org's or none). */
export async function findPlanVersion(db: Database, orgId: string, id: string): Promise<PlanVersionView | null> {
  const [row] = await db
    .select(planVersionColumns)
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(and(eq(planVersions.id, id), eq(plans.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function merchantContactsOf(db: Database, merchantId: string): Promise<ContactRecord[]> {
  return (
    db
      .select({
        id: merchantContacts.id,
        kind: merchantContacts.kind,
        name: merchantContacts.name,
        title: merchantContacts.title,
        email: merchantContacts.email,
        phone: merchantContacts.phone,
      })
      .from(merchantContacts)
      .where(eq(merchantContacts.merchantId, merchantId))
      // The primary contact first, then billing, then technical.
      .orderBy(sql`case ${merchantContacts.kind} when 'primary' then 0 when 'billing' then 1 else 2 end`, asc(merchantContacts.id))
  );
}

/** What a merchant's view needs besides its row: contacts, plan version, region and account manager. */
export async function merchantViewParts(db: Database, merchant: MerchantRecord) {
  const [contacts, planMap, regionRows, managerRows] = await Promise.all([
    merchantContactsOf(db, merchant.id),
    planVersionsByIds(db, [merchant.planVersionId]),
    merchant.regionId
      ? db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.id, merchant.regionId)).limit(1)
      : Promise.resolve([]),
    merchant.accountManagerId
      ? db.select({ staffId: staff.id, name: staff.name }).from(staff).where(eq(staff.id, merchant.accountManagerId)).limit(1)
      : Promise.resolve([]),
  ]);
  const plan = planMap.get(merchant.planVersionId);
  if (!plan) throw new Error(`merchant ${merchant.id} points at a missing plan version`);
  return { contacts, plan, region: regionRows[0] ?? null, manager: managerRows[0] ?? null };
}

export interface MerchantListFilters {
  q?: string;
  plan?: string;
  status?: MerchantRow["status"];
  region?: string;
}

/** The org's merchants matching the filters (name, plan code, status, region), by name. */
export async function listMerchants(db: Database, orgId: string, filters: MerchantListFilters) {
  const conditions: SQL[] = [eq(merchants.orgId, orgId)];
  if (filters.q) conditions.push(sql`lower(${merchants.name}) LIKE ${`%${filters.q.toLowerCase().replace(/[%_\\]/g, "")}%`}`);
  if (filters.plan) conditions.push(eq(plans.code, filters.plan));
  if (filters.status) conditions.push(eq(merchants.status, filters.status));
  if (filters.region) conditions.push(eq(merchants.regionId, filters.region));
  return db
    .select({
      id: merchants.id,
      name: merchants.name,
      segment: merchants.segment,
      category: merchants.category,
      status: merchants.status,
      city: merchants.city,
      state: merchants.state,
      regionId: merchants.regionId,
      regionName: regions.name,
      planCode: plans.code,
      planName: plans.name,
      planVersion: planVersions.version,
    })
    .from(merchants)
    .innerJoin(planVersions, eq(planVersions.id, merchants.planVersionId))
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .leftJoin(regions, eq(regions.id, merchants.regionId))
    .where(and(...conditions))
    .orderBy(asc(merchants.name));
}

/** How many requests each merchant has waiting (not released or cancelled). */
export async function openRequestCounts(db: Database, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ merchantId: planChangeRequests.merchantId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(planChangeRequests)
    .where(
      and(
        eq(planChangeRequests.orgId, orgId),
        inArray(planChangeRequests.stage, ["engineering", "finance", "sales", "scheduled", "returned"]),
      ),
    )
    .groupBy(planChangeRequests.merchantId);
  return new Map(rows.map((r) => [r.merchantId, r.n]));
}

export async function orgPlansAndRegions(db: Database, orgId: string) {
  const [planRows, regionRows] = await Promise.all([
    db.select({ code: plans.code, name: plans.name }).from(plans).where(eq(plans.orgId, orgId)).orderBy(asc(plans.rank)),
    db.select({ id: regions.id, name: regions.name }).from(regions).where(eq(regions.orgId, orgId)).orderBy(asc(regions.name)),
  ]);
  return { plans: planRows, regions: regionRows };
}

export type MerchantSet = Partial<
  Pick<MerchantRow, "name" | "legalName" | "website" | "addressLine1" | "city" | "state" | "postalCode" | "status" | "planVersionId">
> & { updatedAt: number };

export function updateMerchant(db: Database, id: string, set: MerchantSet): Statement {
  return db.update(merchants).set(set).where(eq(merchants.id, id));
}

export function updateContact(db: Database, merchantId: string, id: string, set: Partial<Omit<ContactRecord, "id" | "kind">>): Statement {
  return db
    .update(merchantContacts)
    .set(set)
    .where(and(eq(merchantContacts.id, id), eq(merchantContacts.merchantId, merchantId)));
}
