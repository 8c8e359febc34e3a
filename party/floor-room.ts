// One room per team: the live board of which accounts the team's people own or view.
// Customer rooms report every change; dashboards get a snapshot, then deltas coalesced per window.
import { type Connection, type ConnectionContext, Server } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { canFollowTeam } from "../core/domain/permissions";
import { type DueCallback, entryConcernsTeam, FLOOR_COALESCE_MS, type FloorEntry, type QueueChange } from "../core/protocol/floor";
import { PROTOCOL_VERSION } from "../core/protocol/room";
import { createDatabase } from "../db/client";
import { findOrgTeam } from "../db/repositories/org";
import { SESSION_SWEEP_MS, socketCapsFrom } from "./room/config";
import { actorFromRequest, socketCapRefusal } from "./room/connection";
import { closeSockets, endedSessions } from "./room/sessions";

interface Subscriber {
  actor: Actor;
}

export class FloorRoom extends Server<Env> {
  static override options = { hibernate: true };

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

  override async onConnect(connection: Connection<Subscriber>, ctx: ConnectionContext): Promise<void> {
    try {
      await this.join(connection, ctx);
    } catch (error) {
      // Never partyserver's default here: it would send the error's stack to the client.
      console.error(JSON.stringify({ level: "error", msg: "floor join failed", team: this.name, error: String(error) }));
      this.sendFrame(connection, { type: "error", code: "UNAVAILABLE", message: "The floor could not be opened; try again in a moment" });
      connection.close(1011, "unavailable");
    }
  }

  private sendFrame(connection: Connection, body: Record<string, unknown>): void {
    try {
      connection.send(JSON.stringify({ ...body, v: PROTOCOL_VERSION }));
    } catch {
      // closing socket
    }
  }

  private async join(connection: Connection<Subscriber>, ctx: ConnectionContext): Promise<void> {
    const actor = actorFromRequest(ctx.request);
    if (!actor || !canFollowTeam(actor, this.name) || !(await findOrgTeam(createDatabase(this.env), actor.orgId, this.name))) {
      this.sendFrame(connection, {
        type: "error",
        code: actor ? "FORBIDDEN" : "UNAUTHENTICATED",
        message: "You may not watch this team's floor",
      });
      connection.close(actor ? 4403 : 4401, "forbidden");
      return;
    }
    const present = [...this.getConnections<Subscriber>()].filter((c) => c.id !== connection.id && c.state?.actor);
    const capped = socketCapRefusal(present, actor, socketCapsFrom(this.env));
    if (capped) {
      this.sendFrame(connection, { type: "error", code: capped.code, message: capped.message });
      connection.close(4429, "too many connections");
      return;
    }
    connection.setState({ actor });
    const entries = [...(await this.entries()).values()].sort((a, b) => a.updatedAt - b.updatedAt);
    this.sendFrame(connection, { type: "floor-state", teamId: this.name, entries, serverTime: Date.now() });
    // Dashboards are checked like rooms: a session that ended or idled out closes its socket.
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  override async onAlarm(): Promise<void> {
    const watching = [...this.getConnections<Subscriber>()].filter((c) => c.state?.actor);
    if (watching.length === 0) return;
    const ended = await endedSessions(
      createDatabase(this.env),
      watching.map((c) => (c.state as Subscriber).actor),
      Date.now(),
    );
    closeSockets(
      watching,
      (actor) => ended.get(actor.sessionId) ?? null,
      (c, body) => this.sendFrame(c, body),
    );
    if (watching.length > ended.size) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  override onMessage(connection: Connection<Subscriber>): void {
    // Dashboards only listen; any frame is answered so a confused client learns why nothing happens.
    this.sendFrame(connection, { type: "error", code: "BAD_FRAME", message: "The floor room accepts no frames" });
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

  /** Sign-out or a disabled user: close their dashboard sockets. */
  async endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number> {
    const watching = [...this.getConnections<Subscriber>()].filter((c) => c.state?.actor);
    const matches = (actor: Actor) => actor.id === match.staffId && (!match.sessionId || actor.sessionId === match.sessionId);
    return closeSockets(
      watching,
      (actor) => (matches(actor) ? reason : null),
      (c, body) => this.sendFrame(c, body),
    ).size;
  }

  /** For tests: the entries as stored. */
  async snapshot(): Promise<FloorEntry[]> {
    return [...(await this.entries()).values()];
  }
}
