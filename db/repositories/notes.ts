// Notes of one customer as reps read them: newest first, with how often each was edited.
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { notes } from "../schema";

export type NoteRow = typeof notes.$inferSelect;
export type NoteWithRevisions = NoteRow & { revisions: number };

/** Qualified by hand: drizzle leaves columns of single-table selects unqualified, and a bare
 *  "id" inside the subquery would mean the revision's own id. */
export const revisionCount = sql<number>`(SELECT count(*) FROM note_revisions r WHERE r.note_id = "notes"."id")`.mapWith(Number);

export async function listCustomerNotes(
  db: Database,
  orgId: string,
  customerId: string,
  options: { kind?: NoteRow["kind"]; limit: number; offset: number },
): Promise<NoteWithRevisions[]> {
  const conditions: SQL[] = [eq(notes.orgId, orgId), eq(notes.customerId, customerId)];
  if (options.kind) conditions.push(eq(notes.kind, options.kind));
  const rows = await db
    .select({ note: notes, revisions: revisionCount })
    .from(notes)
    .where(and(...conditions))
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(options.limit)
    .offset(options.offset);
  return rows.map((r) => ({ ...r.note, revisions: r.revisions }));
}

/** The staff member's automatic "viewed" note for this customer newer than `since`, if any (at most one row). */
export function recentViewQuery(db: Database, staffId: string, customerId: string, since: number) {
  return db
    .select({ id: notes.id })
    .from(notes)
    .where(
      and(eq(notes.authorId, staffId), eq(notes.customerId, customerId), eq(notes.action, "customer.view"), gt(notes.createdAt, since)),
    )
    .limit(1);
}
