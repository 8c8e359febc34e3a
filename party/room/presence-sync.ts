// Publishes a customer room's owner and viewers outside the room: the room_presence table
// (search results, sign-out eviction) and the floor rooms of every team involved.
import { eq, getTableColumns } from "drizzle-orm";
import type { LockState } from "../../core/domain/lock";
import type { ConnectionPresence, Viewer } from "../../core/domain/presence";
import type { FloorEntry } from "../../core/protocol/floor";
import type { Database } from "../../db/client";
import { roomPresence } from "../../db/schema";

export interface RoomIdentity {
  customerId: string;
  customerName: string;
  customerTeamId: string | null;
}

export function floorEntry(room: RoomIdentity, lock: LockState, viewers: Viewer[], now: number): FloorEntry {
  const owner = lock.owner;
  return {
    ...room,
    owner: owner
      ? {
          staffId: owner.staffId,
          name: owner.name,
          teamId: owner.teamId,
          device: owner.device,
          since: owner.since,
          lastActivityAt: lock.lastActivityAt,
        }
      : null,
    viewers: viewers.map((v) => ({
      staffId: v.staffId,
      name: v.name,
      role: v.role,
      teamId: v.teamId,
      device: v.device,
      state: v.state,
      since: v.since,
    })),
    handoffPending: lock.handoff !== null,
    updatedAt: now,
  };
}

/** Teams whose floor should hear about this room now: the customer's own, and everyone's in it. */
export function teamsOf(entry: FloorEntry): Set<string> {
  const teams = new Set<string>();
  if (entry.customerTeamId && (entry.owner || entry.viewers.length > 0)) teams.add(entry.customerTeamId);

  if (entry.owner?.teamId) teams.add(entry.owner.teamId);
  for (const viewer of entry.viewers) if (viewer.teamId) teams.add(viewer.teamId);
  return teams;
}

/** D1 binds at most 100 parameters per statement. */
const D1_MAX_PARAMS = 100;

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
export function arrivalWrite(db: Database, customerId: string, presence: ConnectionPresence) {
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
