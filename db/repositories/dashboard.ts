// Reads behind the floor dashboard: ownership sessions, order statuses and queue counts.
import { and, count, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { SessionRow } from "../../core/domain/dashboard";
import type { Database } from "../client";
import { callbacks, customers, orders, ownershipSessions, regions, staff, teams } from "../schema";

export async function orgTeams(db: Database, orgId: string) {
  return db
    .select({ id: teams.id, name: teams.name, regionId: teams.regionId, regionName: regions.name })
    .from(teams)
    .innerJoin(regions, eq(regions.id, teams.regionId))
    .where(eq(teams.orgId, orgId))
    .orderBy(regions.name, teams.name);
}

export async function sessionsIn(
  db: Database,
  orgId: string,
  teamIds: string[],
  range: { from: number; to: number },
): Promise<SessionRow[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({
      staffId: ownershipSessions.staffId,
      staffName: staff.name,
      startedAt: ownershipSessions.startedAt,
      endedAt: ownershipSessions.endedAt,
      startedBy: ownershipSessions.startedBy,
      waitedMs: ownershipSessions.waitedMs,
    })
    .from(ownershipSessions)
    .innerJoin(staff, eq(staff.id, ownershipSessions.staffId))
    .where(
      and(
        eq(ownershipSessions.orgId, orgId),
        inArray(ownershipSessions.teamId, teamIds),
        gte(ownershipSessions.startedAt, range.from),
        lt(ownershipSessions.startedAt, range.to),
      ),
    );
}

/** Orders of the teams' customers, by status, created in the range. */
export async function ordersByStatus(db: Database, orgId: string, teamIds: string[], range: { from: number; to: number }) {
  if (teamIds.length === 0) return [];
  return db
    .select({ status: orders.status, orders: count() })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(
      and(eq(orders.orgId, orgId), inArray(customers.teamId, teamIds), gte(orders.createdAt, range.from), lt(orders.createdAt, range.to)),
    )
    .groupBy(orders.status);
}

/** What is waiting for the teams right now. */
export async function queueCounts(db: Database, orgId: string, teamIds: string[], endOfToday: number) {
  if (teamIds.length === 0) return { callbacksDue: 0, ordersNeedingAttention: 0, pastDue: 0 };
  const [due] = await db
    .select({ n: count() })
    .from(callbacks)
    .innerJoin(staff, eq(staff.id, callbacks.assignedTo))
    .where(and(eq(staff.orgId, orgId), inArray(staff.teamId, teamIds), isNull(callbacks.doneAt), lt(callbacks.dueAt, endOfToday)));
  const [attention] = await db
    .select({ n: count() })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.orgId, orgId), eq(orders.needsAttention, true), inArray(customers.teamId, teamIds)));
  const [pastDue] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.teamId, teamIds), sql`${customers.status} IN ('past_due', 'collections')`));
  return { callbacksDue: due?.n ?? 0, ordersNeedingAttention: attention?.n ?? 0, pastDue: pastDue?.n ?? 0 };
}
