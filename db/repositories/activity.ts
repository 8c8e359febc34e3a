// The per-customer activity feed: newest first, filterable by kind, paged by time.
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../client";
import { activityEvents } from "../schema";

export type ActivityRow = typeof activityEvents.$inferSelect;
export type ActivityKind = ActivityRow["kind"];

export async function recentActivity(
  db: Database,
  customerId: string,
  options: { limit: number; before?: number; kinds?: ActivityKind[] },
): Promise<ActivityRow[]> {
  const conditions = [eq(activityEvents.customerId, customerId)];
  if (options.before !== undefined) conditions.push(lt(activityEvents.at, options.before));
  if (options.kinds && options.kinds.length > 0) conditions.push(inArray(activityEvents.kind, options.kinds));
  return db
    .select()
    .from(activityEvents)
    .where(and(...conditions))
    .orderBy(desc(activityEvents.at), desc(activityEvents.id))
    .limit(options.limit);
}

export function activityInsert(db: Database, row: typeof activityEvents.$inferInsert) {
  return db.insert(activityEvents).values(row);
}
