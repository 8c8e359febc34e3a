// Where a customer's room keeps its records: notes, activity_events, ownership_sessions,
// room_presence, the customers.lock_epoch fence and the `cus:<id>` audit stream.
import { and, eq, isNull, sql } from "drizzle-orm";
import { activityEvents, customers, notes, ownershipSessions } from "../schema";
import type { AccountTables } from "./account-records";
import { recentActivity } from "./activity";
import { customerStream } from "./audit";
import { roomFacts } from "./customers";
import { fenceStatement } from "./fence";
import { noteExists, recentViewQuery } from "./notes";
import { presenceArrival, replacePresence, roomsWithStaff } from "./presence";

const presence = (row: Parameters<AccountTables["presenceArrival"]>[1]) => {
  const { accountId, ...rest } = row;
  return { customerId: accountId, ...rest };
};

export const CUSTOMER_TABLES: AccountTables = {
  kind: "customer",
  viewAction: "customer.view",
  stream: customerStream,
  auditTarget: (id) => ({ targetType: "customer", targetId: id, customerId: id }),
  async facts(db, id) {
    const row = await roomFacts(db, id);
    return row
      ? { accountId: row.customerId, name: row.customerName, teamId: row.customerTeamId, orgId: row.orgId, lockEpoch: row.lockEpoch }
      : null;
  },
  fence: fenceStatement,
  raiseEpoch: (db, id, token) =>
    db
      .update(customers)
      .set({ lockEpoch: sql`max(${customers.lockEpoch}, ${token})` })
      .where(eq(customers.id, id)),
  startOwnership: (db, row) => {
    const { accountId, ...rest } = row;
    return db
      .insert(ownershipSessions)
      .values({ customerId: accountId, ...rest })
      .onConflictDoNothing();
  },
  endOwnership: (db, id, at, reason) =>
    db
      .update(ownershipSessions)
      .set({ endedAt: at, endReason: reason })
      .where(and(eq(ownershipSessions.customerId, id), isNull(ownershipSessions.endedAt))),
  insertNote: (db, note) => {
    const { accountId, ...rest } = note;
    return db.insert(notes).values({ customerId: accountId, ...rest });
  },
  insertActivity: (db, row) => {
    const { accountId, ...rest } = row;
    return db.insert(activityEvents).values({ customerId: accountId, ...rest });
  },
  noteExists: (db, noteId) => noteExists(db, noteId),
  recentActivity: (db, id, limit) => recentActivity(db, id, { limit }),
  viewedSince: async (db, staffId, id, since) => (await recentViewQuery(db, staffId, id, since)).length > 0,
  presenceArrival: (db, row) => presenceArrival(db, presence(row)),
  replacePresence: (db, id, rows) => replacePresence(db, id, rows.map(presence)),
  roomsWithStaff,
};
