// An account room's owner and viewers as the outside sees them: the floor rooms' entry for it (for a
// customer), which teams' floors should hear about it, and the presence rows sign-out reads.
import type { LockState } from "../../core/domain/lock";
import type { ConnectionPresence, Viewer } from "../../core/domain/presence";
import type { FloorEntry, FloorServing } from "../../core/protocol/floor";
import type { PresenceRow } from "../../db/repositories/account-records";

export interface RoomIdentity {
  customerId: string;
  customerName: string;
  customerTeamId: string | null;
}

export function floorEntry(room: RoomIdentity, lock: LockState, viewers: Viewer[], now: number, serving: FloorServing[] = []): FloorEntry {
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
    serving,
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

/** The room_presence rows of a floor entry: everyone here, and the owner even when away. */
export function presenceRows(entry: FloorEntry): PresenceRow[] {
  const rows: PresenceRow[] = entry.viewers.map((v) => ({
    accountId: entry.customerId,
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
      accountId: entry.customerId,
      staffId: owner.staffId,
      staffName: owner.name,
      state: "away",
      device: owner.device,
      isOwner: true,
      since: owner.since,
    });
  }
  return rows;
}

/** A person arriving, as their row (on record before they see the room: sign-out looks rooms up there). */
export function arrivalRow(accountId: string, presence: ConnectionPresence): PresenceRow {
  return {
    accountId,
    staffId: presence.staffId,
    staffName: presence.name,
    state: presence.state,
    device: presence.device,
    isOwner: false,
    since: presence.since,
  };
}
