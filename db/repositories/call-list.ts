// A rep's call list for today: their callbacks due, and their team's past-due accounts and orders
// needing attention. Each query walks an index (callbacks by assignee, customers by team and
// status, orders by attention flag) and stops at a page.
import { and, asc, desc, eq, inArray, isNull, lt, max } from "drizzle-orm";
import type { Database } from "../client";
import { callbacks, customers, leases, loans, orders } from "../schema";

const PAGE = 50;

export async function callbacksDue(db: Database, orgId: string, staffId: string, until: number) {
  return db
    .select({
      id: callbacks.id,
      customerId: callbacks.customerId,
      name: customers.fullName,
      dueAt: callbacks.dueAt,
      reason: callbacks.reason,
    })
    .from(callbacks)
    .innerJoin(customers, eq(customers.id, callbacks.customerId))
    .where(and(eq(callbacks.assignedTo, staffId), isNull(callbacks.doneAt), lt(callbacks.dueAt, until), eq(customers.orgId, orgId)))
    .orderBy(asc(callbacks.dueAt))
    .limit(PAGE);
}

export async function pastDueInTeam(db: Database, orgId: string, teamId: string) {
  const rows = await db
    .select({ customerId: customers.id, name: customers.fullName, status: customers.status })
    .from(customers)
    .where(and(eq(customers.teamId, teamId), inArray(customers.status, ["past_due", "collections"]), eq(customers.orgId, orgId)))
    .limit(PAGE);
  const ids = rows.map((r) => r.customerId);
  if (ids.length === 0) return [];
  const [leaseDays, loanDays] = await Promise.all([
    db
      .select({ id: leases.customerId, days: max(leases.daysPastDue) })
      .from(leases)
      .where(inArray(leases.customerId, ids))
      .groupBy(leases.customerId),
    db
      .select({ id: loans.customerId, days: max(loans.daysPastDue) })
      .from(loans)
      .where(inArray(loans.customerId, ids))
      .groupBy(loans.customerId),
  ]);
  const days = new Map<string, number>();
  for (const row of [...leaseDays, ...loanDays]) days.set(row.id, Math.max(days.get(row.id) ?? 0, row.days ?? 0));
  // Longest overdue first: those calls matter most.
  return rows.map((r) => ({ ...r, daysPastDue: days.get(r.customerId) ?? 0 })).sort((a, b) => b.daysPastDue - a.daysPastDue);
}

export async function ordersNeedingAttention(db: Database, orgId: string, teamId: string) {
  return db
    .select({
      orderId: orders.id,
      number: orders.number,
      customerId: orders.customerId,
      name: customers.fullName,
      status: orders.status,
      reason: orders.attentionReason,
      updatedAt: orders.updatedAt,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.orgId, orgId), eq(orders.needsAttention, true), eq(customers.teamId, teamId)))
    .orderBy(desc(orders.updatedAt))
    .limit(PAGE);
}
