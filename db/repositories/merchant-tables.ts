// Where a merchant's room keeps its records: merchant_notes, merchant_activity, merchant_ownerships,
// merchant_presence, the merchants.lock_epoch fence (through the shared write_fences row, keyed by the
// merchant's id) and the `mer:<id>` audit stream.
import { and, desc, eq, getTableColumns, gt, isNull, sql } from "drizzle-orm";
import { merchantActivity, merchantNotes, merchantOwnerships, merchantPresence, merchants, writeFences } from "../schema";
import type { AccountTables, PresenceRow } from "./account-records";
import { merchantStream } from "./audit";

/** D1 binds at most 100 parameters per statement. */
const D1_MAX_PARAMS = 100;

const presence = (row: PresenceRow) => {
  const { accountId, ...rest } = row;
  return { merchantId: accountId, ...rest };
};

export const MERCHANT_TABLES: AccountTables = {
  kind: "merchant",
  viewAction: "merchant.view",
  stream: merchantStream,
  auditTarget: (id) => ({ targetType: "merchant", targetId: id, customerId: null }),
  async facts(db, id) {
    const [row] = await db
      .select({ accountId: merchants.id, name: merchants.name, orgId: merchants.orgId, lockEpoch: merchants.lockEpoch })
      .from(merchants)
      .where(eq(merchants.id, id))
      .limit(1);
    return row ? { ...row, teamId: null } : null;
  },
  // Ids carry their kind's prefix (cus_, mer_), so one fence table serves both without collisions.
  fence: (db, id, epoch) => {
    const matches = sql`(SELECT count(*) FROM merchants WHERE id = ${id} AND lock_epoch = ${epoch})`;
    return db
      .insert(writeFences)
      .values({ customerId: id, epochMatches: matches })
      .onConflictDoUpdate({ target: writeFences.customerId, set: { epochMatches: sql`excluded.epoch_matches` } });
  },
  raiseEpoch: (db, id, token) =>
    db
      .update(merchants)
      .set({ lockEpoch: sql`max(${merchants.lockEpoch}, ${token})` })
      .where(eq(merchants.id, id)),
  startOwnership: (db, row) => {
    const { accountId, ...rest } = row;
    return db
      .insert(merchantOwnerships)
      .values({ merchantId: accountId, ...rest })
      .onConflictDoNothing();
  },
  endOwnership: (db, id, at, reason) =>
    db
      .update(merchantOwnerships)
      .set({ endedAt: at, endReason: reason })
      .where(and(eq(merchantOwnerships.merchantId, id), isNull(merchantOwnerships.endedAt))),
  insertNote: (db, note) => {
    const { accountId, ...rest } = note;
    return db.insert(merchantNotes).values({ merchantId: accountId, ...rest });
  },
  insertActivity: (db, row) => {
    const { accountId, ...rest } = row;
    return db.insert(merchantActivity).values({ merchantId: accountId, ...rest });
  },
  async noteExists(db, noteId) {
    const [row] = await db.select({ id: merchantNotes.id }).from(merchantNotes).where(eq(merchantNotes.id, noteId)).limit(1);
    return row !== undefined;
  },
  recentActivity: (db, id, limit) =>
    db
      .select()
      .from(merchantActivity)
      .where(eq(merchantActivity.merchantId, id))
      .orderBy(desc(merchantActivity.at), desc(merchantActivity.id))
      .limit(limit),
  async viewedSince(db, staffId, id, since) {
    const rows = await db
      .select({ id: merchantNotes.id })
      .from(merchantNotes)
      .where(
        and(
          eq(merchantNotes.authorId, staffId),
          eq(merchantNotes.merchantId, id),
          eq(merchantNotes.action, "merchant.view"),
          gt(merchantNotes.createdAt, since),
        ),
      )
      .limit(1);
    return rows.length > 0;
  },
  presenceArrival: (db, row) =>
    db
      .insert(merchantPresence)
      .values(presence(row))
      .onConflictDoUpdate({
        target: [merchantPresence.merchantId, merchantPresence.staffId],
        set: { state: row.state, device: row.device },
      }),
  async replacePresence(db, id, rows) {
    const clear = db.delete(merchantPresence).where(eq(merchantPresence.merchantId, id));
    if (rows.length === 0) {
      await clear;
      return;
    }
    const perInsert = Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(merchantPresence)).length);
    const inserts = [];
    for (let i = 0; i < rows.length; i += perInsert)
      inserts.push(db.insert(merchantPresence).values(rows.slice(i, i + perInsert).map(presence)));
    await db.batch([clear, ...inserts]);
  },
  async roomsWithStaff(db, staffId) {
    const rows = await db
      .selectDistinct({ id: merchantPresence.merchantId })
      .from(merchantPresence)
      .where(eq(merchantPresence.staffId, staffId));
    return rows.map((r) => r.id);
  },
};
