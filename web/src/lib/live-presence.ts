// Who is on an account right now, for lists: the team's floor feed when it covers the account
// (its own customers and its people), else what the server said when the list loaded.

import { createMemo } from "solid-js";
import type { ListPresence } from "../../../core/protocol/customer-answers";
import type { FloorEntry } from "../../../core/protocol/floor";
import { createFloor } from "./floor";
import { session } from "./session";

type Presence = Pick<ListPresence, "owner" | "viewers">;

export function fromFloor(entry: FloorEntry): Presence {
  return {
    owner: entry.owner ? { id: entry.owner.staffId, name: entry.owner.name, device: entry.owner.device } : null,
    viewers: entry.viewers.map((v) => ({ id: v.staffId, name: v.name, state: v.state, device: v.device })),
  };
}

/**
 * `live` is the floor's entries by customer, or null while the feed is not connected. An account of
 * my own team missing from a live feed has nobody on it.
 */
export function presenceNow(
  row: Presence & { teamId?: string | null },
  customerId: string,
  live: Map<string, FloorEntry> | null,
  myTeam: string | null,
): Presence {
  if (!live) return row;
  const entry = live.get(customerId);
  if (entry) return fromFloor(entry);
  return myTeam && row.teamId === myTeam ? { owner: null, viewers: [] } : row;
}

/**
 * The signed-in rep's team floor as a map by customer (null while the feed is not live), and its
 * notices: queues that moved and callbacks that fell due.
 */
export function createTeamPresence() {
  const myTeam = () => session.me()?.team?.id ?? null;
  const floor = createFloor(myTeam);
  const entries = createMemo(() => (floor.status() === "live" ? new Map(floor.entries().map((e) => [e.customerId, e])) : null));
  return { entries, myTeam, queueChange: floor.queueChange, dueCallbacks: floor.dueCallbacks };
}
