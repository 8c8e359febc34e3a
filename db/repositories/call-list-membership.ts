// Whether an account is on a rep's call list today (their callback due, or their team's past-due
// account or order needing attention): opening it from there is serving a client, and is measured.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { DEFAULT_TIME_ZONE, endOfDay } from "../../core/domain/time-zone";
import type { Database } from "../client";
import { callbacks, customers, orders, orgs } from "../schema";

export async function isOnCallList(
  db: Database,
  who: { orgId: string; staffId: string; teamId: string | null },
  customerId: string,
  now: number,
): Promise<boolean> {
  // A callback counts while it is due before the end of the org's day, as on the call list itself
  // (worker/routes/call-list.ts); the zone is read in the same round trip, so the earliest open one is too.
  const zone = db.select({ timeZone: orgs.timeZone }).from(orgs).where(eq(orgs.id, who.orgId));
  const callback = db
    .select({ dueAt: callbacks.dueAt })
    .from(callbacks)
    .where(and(eq(callbacks.customerId, customerId), eq(callbacks.assignedTo, who.staffId), isNull(callbacks.doneAt)))
    .orderBy(asc(callbacks.dueAt));
  const team = who.teamId ?? "";
  const pastDue = db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.id, customerId),
        eq(customers.orgId, who.orgId),
        eq(customers.teamId, team),
        sql`${customers.status} IN ('past_due', 'collections')`,
      ),
    );
  const attention = db
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.customerId, customerId), eq(orders.needsAttention, true), eq(customers.teamId, team)));
  // Four small index walks in one round trip.
  const [org, due, past, attentionRows] = await db.batch([zone, callback.limit(1), pastDue.limit(1), attention.limit(1)]);
  const until = endOfDay(now, org[0]?.timeZone ?? DEFAULT_TIME_ZONE);
  return (due[0] !== undefined && due[0].dueAt < until) || past.length > 0 || attentionRows.length > 0;
}
