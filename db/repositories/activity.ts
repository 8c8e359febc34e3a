// The per-customer activity feed: newest first, filterable by kind, paged by time.
import { and, desc, eq, gt, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { activityEvents } from "../schema";

export type ActivityRow = typeof activityEvents.$inferSelect;
export type ActivityKind = ActivityRow["kind"];

export async function recentActivity(
  db: Database,
  customerId: string,
  options: {
    limit: number;
    before?: number;
    /** With `before`: the last item already seen, so items sharing its timestamp are neither skipped nor repeated. */
    beforeId?: string;
    kinds?: ActivityKind[];
  },
): Promise<ActivityRow[]> {
  const conditions: (SQL | undefined)[] = [eq(activityEvents.customerId, customerId)];
  if (options.before !== undefined) {
    conditions.push(
      options.beforeId === undefined
        ? lt(activityEvents.at, options.before)
        : or(lt(activityEvents.at, options.before), and(eq(activityEvents.at, options.before), lt(activityEvents.id, options.beforeId))),
    );
  }
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

/** Prompts dismissed on this account since `since` (the feed items of `prompt.dismiss`). */
export function promptDismissalsQuery(db: Database, customerId: string, since: number) {
  return db
    .select({ data: activityEvents.data, at: activityEvents.at })
    .from(activityEvents)
    .where(and(eq(activityEvents.customerId, customerId), eq(activityEvents.kind, "system"), gt(activityEvents.at, since)))
    .orderBy(desc(activityEvents.at))
    .limit(100);
}

export async function promptDismissals(db: Database, customerId: string, since: number): Promise<{ promptId: string; at: number }[]> {
  return dismissalsFrom(await promptDismissalsQuery(db, customerId, since));
}

/** The prompt dismissals among recent system events. */
export function dismissalsFrom(rows: { data: string; at: number }[]): { promptId: string; at: number }[] {
  const out: { promptId: string; at: number }[] = [];
  for (const row of rows) {
    try {
      const data: unknown = JSON.parse(row.data);
      if (data && typeof data === "object" && "promptId" in data && typeof data.promptId === "string")
        out.push({ promptId: data.promptId, at: row.at });
    } catch {
      // not a dismissal
    }
  }
  return out;
}
