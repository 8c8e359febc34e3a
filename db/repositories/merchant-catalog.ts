// The plan catalogue (plans and their append-only versions) as the catalogue screen and the
// plan-change dialog read it, and the statement that adds a version.
import { and, asc, desc, eq, max } from "drizzle-orm";
import type { PlanVersionView } from "../../core/domain/merchant-view";
import type { Database } from "../client";
import { plans, planVersions } from "../schema";
import type { Statement } from "./audit";
import { planVersionColumns } from "./merchants";

export async function planCatalog(db: Database, orgId: string) {
  const [planRows, versionRows] = await Promise.all([
    db.select().from(plans).where(eq(plans.orgId, orgId)).orderBy(asc(plans.rank)),
    db
      .select(planVersionColumns)
      .from(planVersions)
      .innerJoin(plans, eq(plans.id, planVersions.planId))
      .where(eq(plans.orgId, orgId))
      .orderBy(desc(planVersions.version)),
  ]);
  return planRows.map((plan) => ({
    id: plan.id,
    code: plan.code,
    name: plan.name,
    status: plan.status,
    versions: versionRows.filter((v) => v.planId === plan.id),
  }));
}

export async function findPlan(db: Database, orgId: string, planId: string) {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function latestPlanVersion(db: Database, planId: string): Promise<number> {
  const [row] = await db
    .select({ v: max(planVersions.version) })
    .from(planVersions)
    .where(eq(planVersions.planId, planId));
  return row?.v ?? 0;
}

export function insertPlanVersion(db: Database, row: Omit<PlanVersionView, "code" | "name"> & { createdBy: string | null }): Statement {
  return db.insert(planVersions).values(row);
}
