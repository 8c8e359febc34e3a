// The room_presence table: who is in each customer's room as the room last reported it (search
// results read it through customers.ts `presenceFor`); sign-out finds a person's rooms here.
import { eq, getTableColumns } from "drizzle-orm";
import type { Database } from "../client";
import { roomPresence } from "../schema";
import type { Statement } from "./audit";

export type PresenceInsert = typeof roomPresence.$inferInsert;

/** D1 binds at most 100 parameters per statement. */
const D1_MAX_PARAMS = 100;

/** The customers whose rooms this person is in. */
export async function roomsWithStaff(db: Database, staffId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ customerId: roomPresence.customerId }).from(roomPresence).where(eq(roomPresence.staffId, staffId));
  return rows.map((r) => r.customerId);
}

/** The room's whole picture replaces its rows, in one batch. */
export async function replacePresence(db: Database, customerId: string, rows: PresenceInsert[]): Promise<void> {
  const clear = db.delete(roomPresence).where(eq(roomPresence.customerId, customerId));
  if (rows.length === 0) {
    await clear;
    return;
  }
  // More than 14 people in one room need several inserts, or D1 refuses the batch and the room dies.
  const perInsert = Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(roomPresence)).length);
  const inserts = [];
  for (let i = 0; i < rows.length; i += perInsert) inserts.push(db.insert(roomPresence).values(rows.slice(i, i + perInsert)));
  await db.batch([clear, ...inserts]);
}

/**
 * One person's row on arrival (state and device refreshed if they were already there), as a
 * statement so the room can batch it with its session check.
 */
export function presenceArrival(db: Database, row: PresenceInsert): Statement {
  return db
    .insert(roomPresence)
    .values(row)
    .onConflictDoUpdate({ target: [roomPresence.customerId, roomPresence.staffId], set: { state: row.state, device: row.device } });
}
