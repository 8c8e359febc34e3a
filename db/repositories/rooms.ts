// What the rooms read and write besides their own storage: the customer facts a room keeps, the
// room_presence rows (who is in which account, for search results and sign-out), a team's org.
import { and, eq, getTableColumns } from "drizzle-orm";
import type { FloorEntry } from "../../core/protocol/floor";
import type { Database } from "../client";
import { customers, roomPresence, teams } from "../schema";

export interface RoomFacts {
  customerId: string;
  customerName: string;
  customerTeamId: string | null;
  orgId: string;
  lockEpoch: number;
}

/** The customer facts a room keeps (and the account's lock epoch, where a new room's tokens start). */
export async function roomFacts(db: Database, customerId: string): Promise<RoomFacts | null> {
  const [row] = await db
    .select({
      customerId: customers.id,
      customerName: customers.fullName,
      customerTeamId: customers.teamId,
      orgId: customers.orgId,
      lockEpoch: customers.lockEpoch,
    })
    .from(customers)
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

export async function teamInOrg(db: Database, teamId: string, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.orgId, orgId)))
    .limit(1);
  return !!row;
}

type PresenceRow = typeof roomPresence.$inferSelect;
interface ArrivingPerson {
  staffId: string;
  name: string;
  state: PresenceRow["state"];
  device: PresenceRow["device"];
  since: number;
}

/** D1 binds at most 100 parameters per statement. */
const D1_MAX_PARAMS = 100;

/** Rewrites the account's room_presence rows from the room's picture (search results and sign-out read them). */
export async function writePresenceRows(db: Database, entry: FloorEntry): Promise<void> {
  const rows = entry.viewers.map((v) => ({
    customerId: entry.customerId,
    staffId: v.staffId,
    staffName: v.name,
    state: v.state,
    device: v.device,
    isOwner: entry.owner?.staffId === v.staffId,
    since: v.since,
  }));
  const owner = entry.owner;
  if (owner && !rows.some((r) => r.staffId === owner.staffId)) {
    rows.push({
      customerId: entry.customerId,
      staffId: owner.staffId,
      staffName: owner.name,
      state: "away",
      device: owner.device,
      isOwner: true,
      since: owner.since,
    });
  }
  const clear = db.delete(roomPresence).where(eq(roomPresence.customerId, entry.customerId));
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
 * A person joining is on record before they see the room: sign-out looks rooms up in this table,
 * so it finds this one (the room's full picture replaces these rows shortly after). A statement,
 * so the room can run it in one batch with its session check.
 */
export function arrivalWrite(db: Database, customerId: string, presence: ArrivingPerson) {
  const row = {
    customerId,
    staffId: presence.staffId,
    staffName: presence.name,
    state: presence.state,
    device: presence.device,
    isOwner: false,
    since: presence.since,
  };
  return db
    .insert(roomPresence)
    .values(row)
    .onConflictDoUpdate({ target: [roomPresence.customerId, roomPresence.staffId], set: { state: row.state, device: row.device } });
}
