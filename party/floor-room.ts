// One room per team: the live board of which accounts the team's people own or view.
// Customer rooms report every change; dashboards get a snapshot, then deltas coalesced per window.
import type { Connection } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { canFollowTeam } from "../core/domain/permissions";
import { type DueCallback, entryConcernsTeam, FLOOR_COALESCE_MS, type FloorEntry, type QueueChange } from "../core/protocol/floor";
import { PROTOCOL_VERSION } from "../core/protocol/room";
import { createDatabase } from "../db/client";
import { findOrgTeam } from "../db/repositories/org";
import { type Follower, FollowRoom } from "./room/follow-room";

export class FloorRoom extends FollowRoom {
  private pendingUpserts = new Map<string, FloorEntry>();
  private pendingRemovals = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** The board in memory, loaded once from storage; storage is written once per window. */
  private board: Map<string, FloorEntry> | null = null;
  private loading: Promise<Map<string, FloorEntry>> | null = null;

  private entries(): Promise<Map<string, FloorEntry>> {
    if (this.board) return Promise.resolve(this.board);
    this.loading ??= this.ctx.storage.list<FloorEntry>({ prefix: "entry:" }).then((map) => {
      this.board = new Map([...map].map(([key, value]) => [key.slice(6), value]));
      return this.board;
    });
    return this.loading;
  }

  protected readonly followed = "this team's floor";

  protected async admits(actor: Actor): Promise<boolean> {
    return canFollowTeam(actor, this.name) && (await findOrgTeam(createDatabase(this.env), actor.orgId, this.name)) !== null;
  }

  protected async welcome(connection: Connection<Follower>): Promise<void> {
    const entries = [...(await this.entries()).values()].sort((a, b) => a.updatedAt - b.updatedAt);
    this.sendFrame(connection, { type: "floor-state", teamId: this.name, entries, serverTime: Date.now() });
  }

  /** RPC from customer rooms: the latest state of one account. Cheap: memory now, storage per window. */
  async report(entry: FloorEntry): Promise<void> {
    const board = await this.entries();
    const known = board.get(entry.customerId);
    if (known && known.updatedAt > entry.updatedAt) return;
    if (entryConcernsTeam(entry, this.name)) {
      board.set(entry.customerId, entry);
      this.pendingUpserts.set(entry.customerId, entry);
      this.pendingRemovals.delete(entry.customerId);
    } else if (known) {
      board.delete(entry.customerId);
      this.pendingUpserts.delete(entry.customerId);
      this.pendingRemovals.add(entry.customerId);
    } else {
      return;
    }
    this.flushTimer ??= setTimeout(() => void this.flush(), FLOOR_COALESCE_MS);
  }

  /** Sends one coalesced delta (the last state of each account changed in the window) and saves it. */
  private async flush(): Promise<void> {
    this.flushTimer = null;
    if (this.pendingUpserts.size === 0 && this.pendingRemovals.size === 0) return;
    const upserts = [...this.pendingUpserts.values()];
    const removals = [...this.pendingRemovals];
    this.pendingUpserts.clear();
    this.pendingRemovals.clear();
    const text = JSON.stringify({ type: "floor-delta", v: PROTOCOL_VERSION, upserts, removals, serverTime: Date.now() });
    for (const connection of this.getConnections()) {
      try {
        connection.send(text);
      } catch {
        // closing socket
      }
    }
    // Storage takes at most 128 keys per call.
    for (let i = 0; i < upserts.length; i += 128) {
      await this.ctx.storage.put(Object.fromEntries(upserts.slice(i, i + 128).map((e) => [`entry:${e.customerId}`, e])));
    }
    for (let i = 0; i < removals.length; i += 128) {
      await this.ctx.storage.delete(removals.slice(i, i + 128).map((id) => `entry:${id}`));
    }
  }

  /** RPC from a customer room: a work queue moved. Sent at once: a rep's list must not lag their own action. */
  async queueChanged(change: QueueChange): Promise<void> {
    this.broadcastFrame({ type: "queue-changed", ...change, serverTime: Date.now() });
  }

  /** RPC from the phone line: transferred callers changed; every screen following the floor hears it now. */
  async callsChanged(): Promise<number> {
    this.broadcastFrame({ type: "calls-changed", serverTime: Date.now() });
    return [...this.getConnections()].length;
  }

  /** RPC from the Cron Trigger's job (worker/jobs/callbacks-due.ts): callbacks of this team that fell due. */
  async callbacksDue(callbacks: DueCallback[]): Promise<void> {
    if (callbacks.length > 0) this.broadcastFrame({ type: "callbacks-due", callbacks, serverTime: Date.now() });
  }

  private broadcastFrame(body: Record<string, unknown>): void {
    const text = JSON.stringify({ ...body, v: PROTOCOL_VERSION });
    for (const connection of this.getConnections()) {
      try {
        connection.send(text);
      } catch {
        // closing socket
      }
    }
  }

  /** For tests: the entries as stored. */
  async snapshot(): Promise<FloorEntry[]> {
    return [...(await this.entries()).values()];
  }
}
