// Whether an account is on a rep's call list today (their callback due, or their team's past-due
// account or order needing attention): opening it from there is serving a client, and is measured.
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { callbacks, customers, orders } from "../schema";

export async function isOnCallList(
  db: Database,
  who: { orgId: string; staffId: string; teamId: string | null },
  customerId: string,
  until: number,
): Promise<boolean> {
  const callback = db
    .select({ id: callbacks.id })
    .from(callbacks)
    .where(
      and(
        eq(callbacks.customerId, customerId),
        eq(callbacks.assignedTo, who.staffId),
        isNull(callbacks.doneAt),
        lt(callbacks.dueAt, until),
      ),
    );
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
  // Three small index walks in one round trip.
  const found = await db.batch([callback.limit(1), pastDue.limit(1), attention.limit(1)]);
  return found.some((rows) => rows.length > 0);
}
