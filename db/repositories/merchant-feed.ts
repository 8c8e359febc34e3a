// A merchant's notes and activity feed as the profile pages them (newest first).
import { and, desc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { merchantActivity, merchantNotes } from "../schema";

export type MerchantActivityRow = typeof merchantActivity.$inferSelect;

export async function merchantActivityPage(
  db: Database,
  merchantId: string,
  options: { limit: number; before?: number; beforeId?: string; kinds?: MerchantActivityRow["kind"][] },
): Promise<MerchantActivityRow[]> {
  const conditions: (SQL | undefined)[] = [eq(merchantActivity.merchantId, merchantId)];
  if (options.before !== undefined)
    conditions.push(
      options.beforeId === undefined
        ? lt(merchantActivity.at, options.before)
        : or(
            lt(merchantActivity.at, options.before),
            and(eq(merchantActivity.at, options.before), lt(merchantActivity.id, options.beforeId)),
          ),
    );
  if (options.kinds && options.kinds.length > 0) conditions.push(inArray(merchantActivity.kind, options.kinds));
  return db
    .select()
    .from(merchantActivity)
    .where(and(...conditions))
    .orderBy(desc(merchantActivity.at), desc(merchantActivity.id))
    .limit(options.limit);
}

export async function merchantNotesPage(
  db: Database,
  orgId: string,
  merchantId: string,
  options: { kind?: "manual" | "automatic" | "system"; limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(merchantNotes.orgId, orgId), eq(merchantNotes.merchantId, merchantId)];
  if (options.kind) conditions.push(eq(merchantNotes.kind, options.kind));
  return db
    .select()
    .from(merchantNotes)
    .where(and(...conditions))
    .orderBy(desc(merchantNotes.createdAt), desc(merchantNotes.id))
    .limit(options.limit)
    .offset(options.offset);
}
