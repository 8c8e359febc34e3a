// The records every change to an account leaves besides the change itself: the note, the activity
// item (the live feed), and, for ownership, the session rows and the lock epoch that fences writes.
// Callers commit these together with the audit row through the account's audit stream.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { activityEvents, customers, notes, ownershipSessions } from "../schema";
import type { Statement } from "./audit";

export type NoteInsert = typeof notes.$inferInsert;
/** Activity rows are written whole (every column), so the same object becomes the feed item. */
export type ActivityInsert = typeof activityEvents.$inferSelect;
export type OwnershipStart = typeof ownershipSessions.$inferInsert;

export interface AccountRecord {
  /** The change itself (may be empty when the note is the change). */
  statements?: Statement[];
  note?: NoteInsert;
  activity?: ActivityInsert;
}

export function accountRecordStatements(db: Database, record: AccountRecord): Statement[] {
  return [
    ...(record.statements ?? []),
    ...(record.note ? [db.insert(notes).values(record.note)] : []),
    ...(record.activity ? [db.insert(activityEvents).values(record.activity)] : []),
  ];
}

/** The account row's lock_epoch follows the room's token; never moves back (a re-drained grant is a no-op). */
export function raiseLockEpoch(db: Database, customerId: string, token: number): Statement {
  return db
    .update(customers)
    .set({ lockEpoch: sql`max(${customers.lockEpoch}, ${token})` })
    .where(eq(customers.id, customerId));
}

export function startOwnership(db: Database, row: OwnershipStart): Statement {
  return db.insert(ownershipSessions).values(row).onConflictDoNothing();
}

export function endOwnership(db: Database, customerId: string, at: number, reason: NonNullable<OwnershipStart["endReason"]>): Statement {
  return db
    .update(ownershipSessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(ownershipSessions.customerId, customerId), isNull(ownershipSessions.endedAt)));
}
