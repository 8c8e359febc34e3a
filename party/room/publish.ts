// After every owner or viewer change: the account's presence rows, and (for accounts served by a
// team: customers) a report to each floor room of a team that is (or just stopped being) in this room.
import type { LockState } from "../../core/domain/lock";
import type { Viewer } from "../../core/domain/presence";
import type { FloorServing } from "../../core/protocol/floor";
import type { Database } from "../../db/client";
import type { AccountTables } from "../../db/repositories/account-records";
import { floorEntry, presenceRows, teamsOf } from "./presence-sync";
import type { Recorder } from "./recorder";
import type { RoomMeta, RoomStore } from "./store";

export async function publishPresence(input: {
  env: Env;
  db: Database;
  tables: AccountTables;
  /** Whether the teams' floor rooms hear about this kind of account. */
  floors: boolean;
  store: RoomStore;
  meta: RoomMeta;
  lock: LockState;
  viewers: Viewer[];
  now: number;
  /** Who the process monitor measures here now, for the floors' live view. */
  serving: FloorServing[];
  /** Rewrite room_presence too: needed when who is here (or who owns) changed, not for states. */
  writeRows: boolean;
}): Promise<void> {
  const { env, db, store, meta, lock, viewers, now } = input;
  const entry = floorEntry(
    { customerId: meta.accountId, customerName: meta.name, customerTeamId: meta.teamId },
    lock,
    viewers,
    now,
    input.serving,
  );
  if (!input.floors) {
    if (input.writeRows) await input.tables.replacePresence(db, meta.accountId, presenceRows(entry));
    return;
  }
  const current = teamsOf(entry);
  const previous = await store.floorTeams();
  const teams = new Set([...current, ...previous]);
  if (previous.length !== current.size || previous.some((t) => !current.has(t))) await store.saveFloorTeams([...current]);
  await Promise.all(
    [...teams].map(async (teamId) => {
      try {
        // Addressed by name directly: the floor needs no start-up, so this is one call, not two.
        await env.FloorRoom.get(env.FloorRoom.idFromName(teamId)).report(entry);
      } catch (error) {
        // The floor is a view; a missed report heals with the next change or the floor's resync.
        console.error(JSON.stringify({ level: "warn", msg: "floor report failed", teamId, error: String(error) }));
      }
    }),
  );
  // The live views first, then the table that search results and sign-out eviction read.
  if (input.writeRows) await input.tables.replacePresence(db, meta.accountId, presenceRows(entry));
}

type Picture = { lock: LockState; viewers: Viewer[]; now: number };

/** Who is here and who owns: what room_presence records. States and devices ride the live feeds. */
function membership(picture: Picture): string {
  return `${picture.lock.owner?.staffId ?? ""}|${picture.viewers.map((v) => v.staffId).join(",")}`;
}

/** Publishes the latest picture only: a burst of changes queued behind the recorder goes out once. */
export class PresencePublisher {
  private next: Picture | null = null;
  private written: string | null = null;

  constructor(
    private readonly recorder: Recorder,
    private readonly publish: (picture: Picture & { writeRows: boolean }) => Promise<void>,
  ) {}

  queue(picture: Picture): void {
    const queued = this.next !== null;
    this.next = picture;
    if (queued) return;
    this.recorder.run(async () => {
      const latest = this.next;
      this.next = null;
      if (!latest) return;
      const members = membership(latest);
      const writeRows = members !== this.written;
      this.written = members;
      await this.publish({ ...latest, writeRows });
    });
  }
}
