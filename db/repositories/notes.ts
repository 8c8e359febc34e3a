// Notes of one customer as reps read them (newest first, with how often each was edited), and a
// manual note's correction: the old text kept as a revision, the note rewritten in place.
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { noteRevisions, notes } from "../schema";
import type { Statement } from "./audit";

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

/** One note of this customer within the org (null when it is another's or does not exist). */
export async function findCustomerNote(db: Database, orgId: string, customerId: string, noteId: string): Promise<NoteRow | null> {
  const [row] = await db
    .select()
    .from(notes)
    .where(and(eq(notes.id, noteId), eq(notes.customerId, customerId), eq(notes.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Whether a note with this id is already written (a resent command that carries its own note id). */
export async function noteExists(db: Database, noteId: string): Promise<boolean> {
  const [row] = await db.select({ id: notes.id }).from(notes).where(eq(notes.id, noteId)).limit(1);
  return row !== undefined;
}

export function insertNoteRevision(db: Database, row: typeof noteRevisions.$inferInsert): Statement {
  return db.insert(noteRevisions).values(row);
}

/** The corrected text; an immutable note (system, "viewed") is never rewritten, whatever the caller decided. */
export function setNoteText(db: Database, noteId: string, text: string, at: number): Statement {
  return db
    .update(notes)
    .set({ text, editedAt: at })
    .where(and(eq(notes.id, noteId), eq(notes.immutable, false)));
}
