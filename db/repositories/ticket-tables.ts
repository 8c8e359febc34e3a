// Where a ticket's room keeps its records: ticket_messages (every action's note is an internal
// message; a public reply and the client's words are messages too, by the note's category),
// ticket_activity (the history), ticket_ownerships, ticket_presence, the tickets.lock_epoch fence
// (through the shared write_fences row, keyed by the ticket's id, `tkt_`) and the `tkt:<id>` audit stream.
import { and, desc, eq, getTableColumns, gt, isNull, sql } from "drizzle-orm";
import { ticketActivity, ticketMessages, ticketOwnerships, ticketPresence, tickets, writeFences } from "../schema";
import type { AccountTables, PresenceRow } from "./account-records";
import { ticketStream } from "./audit";

/** D1 binds at most 100 parameters per statement. */
const D1_MAX_PARAMS = 100;

const presence = (row: PresenceRow) => {
  const { accountId, ...rest } = row;
  return { ticketId: accountId, ...rest };
};

/** A note's category says who may read it: a public reply, the client's own words, or internal (every other note). */
export function visibilityOf(category: string): "public" | "client" | "internal" {
  return category === "reply" ? "public" : category === "client" ? "client" : "internal";
}

export const TICKET_TABLES: AccountTables = {
  kind: "ticket",
  viewAction: "ticket.view",
  stream: ticketStream,
  auditTarget: (id) => ({ targetType: "ticket", targetId: id, customerId: null }),
  async facts(db, id) {
    const [row] = await db
      .select({ accountId: tickets.id, name: tickets.subject, orgId: tickets.orgId, lockEpoch: tickets.lockEpoch })
      .from(tickets)
      .where(eq(tickets.id, id))
      .limit(1);
    return row ? { ...row, teamId: null } : null;
  },
  // Ids carry their kind's prefix (cus_, mer_), so one fence table serves both without collisions.
  fence: (db, id, epoch) => {
    const matches = sql`(SELECT count(*) FROM tickets WHERE id = ${id} AND lock_epoch = ${epoch})`;
    return db
      .insert(writeFences)
      .values({ customerId: id, epochMatches: matches })
      .onConflictDoUpdate({ target: writeFences.customerId, set: { epochMatches: sql`excluded.epoch_matches` } });
  },
  raiseEpoch: (db, id, token) =>
    db
      .update(tickets)
      .set({ lockEpoch: sql`max(${tickets.lockEpoch}, ${token})` })
      .where(eq(tickets.id, id)),
  startOwnership: (db, row) => {
    const { accountId, ...rest } = row;
    return db
      .insert(ticketOwnerships)
      .values({ ticketId: accountId, ...rest })
      .onConflictDoNothing();
  },
  endOwnership: (db, id, at, reason) =>
    db
      .update(ticketOwnerships)
      .set({ endedAt: at, endReason: reason })
      .where(and(eq(ticketOwnerships.ticketId, id), isNull(ticketOwnerships.endedAt))),
  insertNote: (db, note) => {
    const { accountId, ...rest } = note;
    return db.insert(ticketMessages).values({ ticketId: accountId, visibility: visibilityOf(note.category), ...rest });
  },
  insertActivity: (db, row) => {
    const { accountId, ...rest } = row;
    return db.insert(ticketActivity).values({ ticketId: accountId, ...rest });
  },
  async noteExists(db, noteId) {
    const [row] = await db.select({ id: ticketMessages.id }).from(ticketMessages).where(eq(ticketMessages.id, noteId)).limit(1);
    return row !== undefined;
  },
  recentActivity: (db, id, limit) =>
    db
      .select()
      .from(ticketActivity)
      .where(eq(ticketActivity.ticketId, id))
      .orderBy(desc(ticketActivity.at), desc(ticketActivity.id))
      .limit(limit),
  async viewedSince(db, staffId, id, since) {
    const rows = await db
      .select({ id: ticketMessages.id })
      .from(ticketMessages)
      .where(
        and(
          eq(ticketMessages.authorId, staffId),
          eq(ticketMessages.ticketId, id),
          eq(ticketMessages.action, "ticket.view"),
          gt(ticketMessages.createdAt, since),
        ),
      )
      .limit(1);
    return rows.length > 0;
  },
  presenceArrival: (db, row) =>
    db
      .insert(ticketPresence)
      .values(presence(row))
      .onConflictDoUpdate({
        target: [ticketPresence.ticketId, ticketPresence.staffId],
        set: { state: row.state, device: row.device },
      }),
  async replacePresence(db, id, rows) {
    const clear = db.delete(ticketPresence).where(eq(ticketPresence.ticketId, id));
    if (rows.length === 0) {
      await clear;
      return;
    }
    const perInsert = Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(ticketPresence)).length);
    const inserts = [];
    for (let i = 0; i < rows.length; i += perInsert)
      inserts.push(db.insert(ticketPresence).values(rows.slice(i, i + perInsert).map(presence)));
    await db.batch([clear, ...inserts]);
  },
  async roomsWithStaff(db, staffId) {
    const rows = await db.selectDistinct({ id: ticketPresence.ticketId }).from(ticketPresence).where(eq(ticketPresence.staffId, staffId));
    return rows.map((r) => r.id);
  },
};
