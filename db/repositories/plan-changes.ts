// Plan-change requests and their events: reads for the board and the profile, the merchant room's
// statements for each step, the fence that lets only one of two racing steps win, and the
// scheduled releases the room's alarm looks for.
import { and, asc, desc, eq, gt, inArray, lte, min, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { merchants, planChangeEvents, planChangeFences, planChangeRequests, staff } from "../schema";
import type { Statement } from "./audit";

export type PlanChangeRow = typeof planChangeRequests.$inferSelect;
export type PlanChangeInsert = typeof planChangeRequests.$inferInsert;
export type PlanChangeEventInsert = typeof planChangeEvents.$inferInsert;

export async function findPlanChange(db: Database, merchantId: string, id: string): Promise<PlanChangeRow | null> {
  const [row] = await db
    .select()
    .from(planChangeRequests)
    .where(and(eq(planChangeRequests.id, id), eq(planChangeRequests.merchantId, merchantId)))
    .limit(1);
  return row ?? null;
}

const withNames = {
  request: planChangeRequests,
  merchantName: merchants.name,
  openedByName: staff.name,
};

export async function planChangesOfMerchant(db: Database, merchantId: string) {
  return db
    .select(withNames)
    .from(planChangeRequests)
    .innerJoin(merchants, eq(merchants.id, planChangeRequests.merchantId))
    .innerJoin(staff, eq(staff.id, planChangeRequests.openedBy))
    .where(eq(planChangeRequests.merchantId, merchantId))
    .orderBy(desc(planChangeRequests.openedAt))
    .limit(20);
}

/** The board: every waiting request of the org, and those released or cancelled since `closedSince`. */
export async function planChangeBoard(db: Database, orgId: string, closedSince: number) {
  return db
    .select(withNames)
    .from(planChangeRequests)
    .innerJoin(merchants, eq(merchants.id, planChangeRequests.merchantId))
    .innerJoin(staff, eq(staff.id, planChangeRequests.openedBy))
    .where(
      and(
        eq(planChangeRequests.orgId, orgId),
        or(
          inArray(planChangeRequests.stage, ["engineering", "finance", "sales", "scheduled", "returned"]),
          gt(planChangeRequests.stageSince, closedSince),
        ),
      ),
    )
    .orderBy(asc(planChangeRequests.stageSince));
}

export async function eventsOf(db: Database, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(planChangeEvents)
    .where(inArray(planChangeEvents.requestId, requestIds))
    .orderBy(asc(planChangeEvents.at), asc(planChangeEvents.id));
}

/** Scheduled releases of the merchant whose time has come, oldest first. */
export async function dueReleases(db: Database, merchantId: string, now: number): Promise<PlanChangeRow[]> {
  return db
    .select()
    .from(planChangeRequests)
    .where(
      and(eq(planChangeRequests.merchantId, merchantId), eq(planChangeRequests.stage, "scheduled"), lte(planChangeRequests.releaseAt, now)),
    )
    .orderBy(asc(planChangeRequests.releaseAt));
}

/** The merchant's next scheduled release, if any. */
export async function nextReleaseAt(db: Database, merchantId: string): Promise<number | null> {
  const [row] = await db
    .select({ at: min(planChangeRequests.releaseAt) })
    .from(planChangeRequests)
    .where(and(eq(planChangeRequests.merchantId, merchantId), eq(planChangeRequests.stage, "scheduled")));
  return row?.at ?? null;
}

// --- statements -------------------------------------------------------------------------------

export const PLAN_CHANGE_FENCE = "plan_change_fences_current_check";

/** Fails its batch unless the request is still at the version the step was decided on. */
export function planChangeFence(db: Database, requestId: string, version: number): Statement {
  const current = sql`(SELECT count(*) FROM plan_change_requests WHERE id = ${requestId} AND version = ${version})`;
  return db
    .insert(planChangeFences)
    .values({ requestId, current })
    .onConflictDoUpdate({ target: planChangeFences.requestId, set: { current: sql`excluded.current` } });
}

export function insertPlanChange(db: Database, row: PlanChangeInsert): Statement {
  return db.insert(planChangeRequests).values(row);
}

export type PlanChangeSet = Partial<
  Pick<
    PlanChangeRow,
    "stage" | "stageSince" | "releaseAt" | "returnedReason" | "ledgerTransactionId" | "releasedAt" | "endpointChanges" | "version"
  >
>;

export function updatePlanChange(db: Database, id: string, set: PlanChangeSet): Statement {
  return db.update(planChangeRequests).set(set).where(eq(planChangeRequests.id, id));
}

export function insertPlanChangeEvent(db: Database, row: PlanChangeEventInsert): Statement {
  return db.insert(planChangeEvents).values(row);
}
