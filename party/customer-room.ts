// One room per customer account: ownership lock, live presence, activity feed, mutation path.
// The class translates: frames and RPCs in, core/domain decisions, storage and D1 out, frames back.
import { type Connection, type ConnectionContext, Server, type WSMessage } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { feedItem } from "../core/domain/feed";
import { decideLock, type LockCommand, type LockEvent, type LockState, nextDeadline } from "../core/domain/lock";
import { can } from "../core/domain/permissions";
import { applyPresenceState, type ConnectionPresence, foldViewers, type Viewer } from "../core/domain/presence";
import { redactFreeText } from "../core/domain/redaction";
import type { MutationCommand, MutationResult } from "../core/protocol/commands";
import { AppError } from "../core/protocol/errors";
import { type ClientFrame, type FeedItem, frame, type ServerFrameBody } from "../core/protocol/room";
import { createDatabase, type Database } from "../db/client";
import { auditSignerFor } from "../db/repositories/audit";
import { runMutation } from "./mutation";
import { FEED_SIZE, lockConfigFrom, PRESENCE_COALESCE_MS, PRESENCE_CROWD, SESSION_SWEEP_MS } from "./room/config";
import {
  actorFromRequest,
  type ConnectionState,
  deviceFromRequest,
  FrameLimiter,
  frameRefusal,
  parseFrame,
  socketCapRefusal,
} from "./room/connection";
import { broadcastCustomerUpdate } from "./room/customer-update";
import { FeedCache } from "./room/feed-cache";
import { holderOf, PresenceTeller, roomStateFrame } from "./room/frames";
import { lockEventEffects } from "./room/lock-effects";
import { lockRecord } from "./room/lock-records";
import { arrivalWrite } from "./room/presence-sync";
import { PresencePublisher, publishPresence } from "./room/publish";
import { Recorder } from "./room/recorder";
import { RoomRecords } from "./room/room-records";
import { closeSockets, endedFrom, endedSessions, sessionReads } from "./room/sessions";
import { type RoomMeta, RoomStore } from "./room/store";
import { recordViewOnce } from "./room/viewed-note";

const NO_ORIGIN = { ip: null, userAgent: null };
const unavailable = (message: string): MutationResult => ({ ok: false, error: { code: "UNAVAILABLE", message } });

/** The socket and request a lock decision answers. */
type FrameOrigin = { connection: Connection; reqId?: string; actor?: Actor; message?: string };

export class CustomerRoom extends Server<Env> {
  static override options = { hibernate: true };

  private readonly limiter = new FrameLimiter();
  private queue: Promise<unknown> = Promise.resolve();
  private store = new RoomStore(this.ctx.storage);
  private readonly lockConfig = lockConfigFrom(this.env);
  private dbInstance: Database | null = null;

  private get db(): Database {
    this.dbInstance ??= createDatabase(this.env);
    return this.dbInstance;
  }

  private presenceTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly presenceTeller = new PresenceTeller();
  private closingIds = new Set<string>();
  private readonly feedCache = new FeedCache(FEED_SIZE);
  private readonly recorder = new Recorder((work) => this.ctx.waitUntil(work), this.ctx.id.toString());
  private recordsInstance: RoomRecords | null = null;

  /** The audit stream and the decisions' records waiting for the database (created once the name is known). */
  private get records(): RoomRecords {
    this.recordsInstance ??= new RoomRecords(
      this.store,
      () => this.db,
      () => auditSignerFor(this.env),
      this.name,
      (record) => {
        for (const row of record.activity) this.publishActivity(feedItem(row));
      },
      (at) => this.wakeAt(at),
    );
    return this.recordsInstance;
  }
  private readonly publisher = new PresencePublisher(this.recorder, async (picture) => {
    const meta = await this.meta();
    if (meta) await publishPresence({ env: this.env, db: this.db, store: this.store, meta, ...picture });
  });

  /** A new feed item: to every socket now, and into the feed later joiners receive. */
  private publishActivity(item: FeedItem): void {
    this.feedCache.append(item);
    this.broadcastFrame({ type: "activity", item });
  }

  /** Runs state changes one at a time, so a decision and its side effects never interleave. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private actors(): Actor[] {
    return this.connections().map((c) => (c.state as ConnectionState).actor);
  }

  private connections(): Connection<ConnectionState>[] {
    return [...this.getConnections<ConnectionState>()].filter((c) => c.state?.actor);
  }

  /** One entry per person in the room, leaving out sockets that are closing. */
  viewers(closing: ReadonlySet<string> = new Set()): Viewer[] {
    return foldViewers(
      this.connections()
        .filter((c) => !closing.has(c.id))
        .map((c) => (c.state as ConnectionState).presence),
    );
  }

  private send(connection: Connection, body: ServerFrameBody): void {
    try {
      connection.send(frame(body));
    } catch {
      // the socket is closing; its close handler tidies up
    }
  }

  private broadcastFrame(body: ServerFrameBody, except?: string): void {
    const text = frame(body);
    for (const c of this.connections())
      if (c.id !== except) {
        try {
          c.send(text);
        } catch {
          // closing socket
        }
      }
  }

  private async meta(): Promise<RoomMeta | null> {
    return this.store.meta(this.db, this.name);
  }

  // --- sockets -------------------------------------------------------------------------------

  override async onConnect(connection: Connection<ConnectionState>, ctx: ConnectionContext): Promise<void> {
    try {
      await this.join(connection, ctx);
    } catch (error) {
      // Never partyserver's default here: it would send the error's stack to the client.
      console.error(JSON.stringify({ level: "error", msg: "room join failed", room: this.name, error: String(error) }));
      this.send(connection, { type: "error", code: "UNAVAILABLE", message: "The account could not be opened; try again in a moment" });
      connection.close(1011, "unavailable");
    }
  }

  private async join(connection: Connection<ConnectionState>, ctx: ConnectionContext): Promise<void> {
    const actor = actorFromRequest(ctx.request);
    if (!actor) {
      this.send(connection, { type: "error", code: "UNAUTHENTICATED", message: "Sign in to continue" });
      connection.close(4401, "unauthenticated");
      return;
    }
    // The Worker checked the session; the room checks this actor may read this customer.
    const meta = can(actor.role, "customer.read") ? await this.store.meta(this.db, this.name) : null;
    if (!meta || meta.orgId !== actor.orgId) {
      this.send(connection, { type: "error", code: "NOT_FOUND", message: "No such customer" });
      connection.close(4404, "not found");
      return;
    }
    const capped = socketCapRefusal(this.connections(), actor);
    if (capped) {
      this.send(connection, { type: "error", code: capped.code, message: capped.message });
      connection.close(4429, "too many connections");
      return;
    }
    const now = Date.now();
    const presence: ConnectionPresence = {
      connectionId: connection.id,
      staffId: actor.id,
      name: actor.name,
      role: actor.role,
      teamId: actor.teamId,
      device: deviceFromRequest(ctx.request),
      state: "viewing",
      since: now,
      changedAt: now,
    };
    connection.setState({ actor, presence, activeAt: now });
    // On record first, then check the session, in one batch (one transaction, in this order): a
    // sign-out racing this join either sees the row (and closes this socket) or has already ended
    // the session (and this check closes it).
    const [, rows, people] = await this.db.batch([arrivalWrite(this.db, this.name, presence), ...sessionReads(this.db, [actor])]);
    const ended = endedFrom([actor], rows, people, now).get(actor.sessionId);
    if (ended) {
      this.send(connection, { type: "session-ended", reason: ended });
      connection.close(4401, ended);
      return;
    }
    await this.serial(async () => {
      // Opening the room shows the account's feed: a visit, noted like any other read of it.
      const viewed = await recordViewOnce(this.ctx.storage, this.db, await this.records.audit(), actor, this.name, now, NO_ORIGIN);
      if (viewed) this.publishActivity(viewed);
      let lock = await this.store.lock();
      // The owner coming back (new tab, or a phone reconnecting within grace) keeps ownership.
      if (lock.owner?.staffId === actor.id)
        lock = await this.decide({ type: "heartbeat", by: holderOf(actor, presence.device), active: false }, now);
      const feed = await this.feedCache.get(this.db, this.name);
      this.send(
        connection,
        roomStateFrame({ customerId: this.name, now, lock, viewers: this.viewers(), feed, actor, connectionId: connection.id }),
      );
      await this.presenceChanged(lock);
    });
  }

  override async onMessage(connection: Connection<ConnectionState>, message: WSMessage): Promise<void> {
    const state = connection.state;
    if (!state?.actor) return;
    if (!this.limiter.allow(connection.id, Date.now())) {
      this.send(connection, { type: "error", code: "RATE_LIMITED", message: "Too many frames; slow down" });
      return;
    }
    const parsed = parseFrame(message);
    if (!parsed.ok) {
      this.send(connection, {
        type: "error",
        code: parsed.error.code,
        message: parsed.error.message,
        ...(parsed.reqId ? { reqId: parsed.reqId } : {}),
      });
      return;
    }
    await this.serial(() => this.handleFrame(connection, state, parsed.frame));
  }

  override async onClose(connection: Connection<ConnectionState>): Promise<void> {
    this.limiter.forget(connection.id);
    const actor = connection.state?.actor;
    if (!actor) return;
    await this.serial(async () => {
      let lock = await this.store.lock();
      const stillHere = this.connections().some((c) => c.id !== connection.id && c.state?.actor.id === actor.id);
      if (lock.owner?.staffId === actor.id && !stillHere) lock = await this.decide({ type: "disconnect", staffId: actor.id }, Date.now());
      await this.presenceChanged(lock, new Set([connection.id]));
    });
  }

  override async onAlarm(): Promise<void> {
    await this.serial(async () => {
      // Records a failed drain left waiting go first (on failure, another retry is booked).
      await this.records.drainOrRetry();
      const now = Date.now();
      const lock = await this.decide({ type: "tick" }, now);
      await this.sweepSessions();
      await this.scheduleAlarm(lock, now);
    });
  }

  private async handleFrame(connection: Connection<ConnectionState>, state: ConnectionState, incoming: ClientFrame): Promise<void> {
    const { actor } = state;
    const now = Date.now();
    const holder = holderOf(actor, state.presence.device);
    const reqId = incoming.reqId;
    const refusal = frameRefusal(actor.role, incoming.type);
    if (refusal) return this.refuse(connection, refusal, reqId);
    // The person's input (not a tab's automatic beat) keeps their session alive; noted once a minute.
    const input = incoming.type === "heartbeat" ? incoming.active : incoming.type !== "presence-update";
    if (input && now - (state.activeAt ?? 0) >= 60_000) connection.setState({ ...state, activeAt: now });
    switch (incoming.type) {
      case "lock-request":
        await this.decide({ type: "acquire", by: holder }, now, { connection, reqId });
        return;
      case "lock-release":
        await this.decide({ type: "release", by: holder }, now, { connection, reqId });
        return;
      case "lock-takeover":
        await this.decide({ type: "takeover", by: holder, reason: redactFreeText(incoming.reason, now) }, now, {
          connection,
          reqId,
          actor,
        });
        return;
      case "handoff-request": {
        const origin = { connection, reqId, message: incoming.message && redactFreeText(incoming.message, now) };
        await this.decide({ type: "handoff-request", by: holder, requestId: crypto.randomUUID() }, now, origin);
        return;
      }
      case "handoff-answer": {
        const lock = await this.store.lock();
        const requester = lock.handoff?.from.staffId;
        const requesterPresent = !!requester && this.connections().some((c) => c.state?.actor.id === requester);
        await this.decide(
          { type: "handoff-answer", by: holder, requestId: incoming.requestId, accept: incoming.accept, requesterPresent },
          now,
          { connection, reqId },
        );
        return;
      }
      case "heartbeat": {
        const lock = await this.decide({ type: "heartbeat", by: holder, active: incoming.active }, now);
        // An ack to a request also means everything the room decided before it is recorded.
        if (reqId) {
          try {
            await this.recordedNow();
          } catch {
            this.refuse(connection, new AppError("UNAVAILABLE", "Not recorded yet; the room keeps trying"), reqId);
            return;
          }
        }
        const renewed = lock.owner?.staffId === actor.id ? { expiresAt: lock.expiresAt } : {};
        if (reqId || renewed.expiresAt) this.send(connection, { type: "ack", ...(reqId ? { reqId } : {}), serverTime: now, ...renewed });
        return;
      }
      case "presence-update": {
        const before = state.presence;
        const next = applyPresenceState(before, incoming.state, incoming.device, now);
        connection.setState({ ...state, presence: next });
        if (next.state !== before.state || next.device !== before.device) await this.presenceChanged(null);
        if (reqId) this.send(connection, { type: "ack", reqId, serverTime: now });
        return;
      }
    }
  }

  private refuse(connection: Connection, error: AppError, reqId?: string): void {
    this.send(connection, { type: "error", code: error.code, message: error.message, ...(reqId ? { reqId } : {}) });
  }

  /**
   * Applies a lock command: decide; save the new lock and the records it implies in one storage
   * write; tell everyone; then apply the records to the database behind it (see RoomRecords).
   */
  private async decide(command: LockCommand, now: number, origin?: FrameOrigin): Promise<LockState> {
    const before = await this.store.lock();
    const { state, events } = decideLock(before, command, now, this.lockConfig);
    const meta = events.some((e) => e.type === "granted" || e.type === "released") ? await this.meta() : null;
    const record = meta ? lockRecord(events, meta, now) : null;
    if (state !== before || record) await this.store.saveLock(state, record);
    if (events.length > 0) await this.emit(events, state, origin);
    if (record) this.ctx.waitUntil(this.records.drainOrRetry());
    if (state.owner?.staffId !== before.owner?.staffId || state.handoff?.id !== before.handoff?.id || events.length > 0)
      await this.scheduleAlarm(state, now);
    return state;
  }

  private async emit(events: LockEvent[], state: LockState, origin?: FrameOrigin): Promise<void> {
    const effects = lockEventEffects(events, { reqId: origin?.reqId, handoffMessage: origin?.message });
    for (const effect of effects.frames) {
      if (effect.to === "all") this.broadcastFrame(effect.body);
      else if (origin) this.send(origin.connection, effect.body);
    }
    if (effects.ownershipChanged) await this.presenceChanged(state);
  }

  /**
   * Someone joined, left or changed state (or the owner changed): everyone hears it (a crowd's burst
   * of joins as one frame per socket), then the room_presence table and the floor rooms. `lock` is
   * null for a state change: nobody came or went, the owner is the same, the alarm stays as it is.
   */
  private async presenceChanged(lock: LockState | null, closing: ReadonlySet<string> = new Set()): Promise<void> {
    for (const id of closing) this.closingIds.add(id);
    const wait = this.connections().length > PRESENCE_CROWD ? PRESENCE_COALESCE_MS : 0;
    this.presenceTimer ??= setTimeout(() => void this.serial(() => this.flushPresence()), wait);
    if (lock) await this.scheduleAlarm(lock, Date.now());
  }

  private async flushPresence(): Promise<void> {
    this.presenceTimer = null;
    const viewers = this.viewers(this.closingIds);
    this.closingIds = new Set();
    const told = this.presenceTeller.frameFor(viewers);
    if (told) this.broadcastFrame(told);
    this.publisher.queue({ lock: await this.store.lock(), viewers, now: Date.now() });
  }

  /**
   * Everything decided so far is recorded, including a presence change still in its window; rejects
   * when the database cannot take the decisions' records yet (they stay waiting, nothing is lost).
   */
  private async recordedNow(): Promise<void> {
    if (this.presenceTimer) {
      clearTimeout(this.presenceTimer);
      await this.flushPresence();
    }
    await this.recorder.settled();
    await this.records.drain();
  }

  /** An alarm no later than `at` (alarms also drive lock expiry and session sweeps). */
  private async wakeAt(at: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) await this.ctx.storage.setAlarm(at);
  }

  private async scheduleAlarm(lock: LockState, now: number): Promise<void> {
    const deadlines = [nextDeadline(lock, this.lockConfig)];
    if (this.connections().length > 0) deadlines.push(now + SESSION_SWEEP_MS);
    const next = Math.min(...deadlines.filter((d): d is number => d !== null));
    if (!Number.isFinite(next)) return;
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > next || current < now) await this.ctx.storage.setAlarm(Math.max(next, now + 10));
  }

  private async sweepSessions(): Promise<void> {
    const activeAt = new Map<string, number>();
    for (const c of this.connections()) {
      const { actor, activeAt: at } = c.state as ConnectionState;
      activeAt.set(actor.sessionId, Math.max(activeAt.get(actor.sessionId) ?? 0, at ?? 0));
    }
    const ended = await endedSessions(this.db, this.actors(), Date.now(), activeAt);
    if (ended.size > 0) await this.closeSessions((actor) => ended.get(actor.sessionId) ?? null);
  }

  private async closeSessions(reasonFor: (actor: Actor) => "signed-out" | "disabled" | "expired" | null): Promise<number> {
    const before = this.connections();
    const gone = closeSockets(before, reasonFor, (c, body) => this.send(c, body));
    if (gone.size === 0) return 0;
    let lock = await this.store.lock();
    const owner = lock.owner?.staffId;
    // Only the owner's own session ending releases them; anyone else signing out leaves their grace alone.
    const ownerSignedOut = before.some((c) => gone.has(c.id) && c.state?.actor.id === owner);
    const ownerStillHere = before.some((c) => !gone.has(c.id) && c.state?.actor.id === owner);
    if (owner && ownerSignedOut && !ownerStillHere) lock = await this.decide({ type: "evict", staffId: owner }, Date.now());
    await this.presenceChanged(lock, gone);
    return gone.size;
  }

  // --- RPC from the Worker ----------------------------------------------------------------------

  /** The mutation path: the Worker validated the body; the room checks ownership and writes. */
  async mutate(actor: Actor, command: MutationCommand, origin: { ip: string | null; userAgent: string | null }): Promise<MutationResult> {
    return this.serial(async () => {
      // The fence reads lock_epoch from the database: the latest grant must be recorded first.
      try {
        await this.recordedNow();
      } catch {
        return unavailable("The last ownership change is not recorded yet; nothing was written. Try again in a moment.");
      }
      const now = Date.now();
      let outcome: Awaited<ReturnType<typeof runMutation>>;
      try {
        outcome = await runMutation({
          db: this.db,
          audit: await this.records.audit(),
          signer: await auditSignerFor(this.env),
          actor,
          customerId: this.name,
          command,
          lock: await this.store.lock(),
          lockConfig: this.lockConfig,
          now,
          origin,
        });
      } catch (error) {
        console.error(
          JSON.stringify({ level: "error", msg: "mutation failed", room: this.name, command: command.type, error: String(error) }),
        );
        return unavailable("Saving failed on our side; nothing was written. Try again in a moment.");
      }
      if (outcome.feed) this.publishActivity(outcome.feed);
      for (const change of outcome.plan?.recordsChanged ?? []) this.broadcastFrame({ type: "record-changed", ...change });
      if (outcome.plan?.customerChanged) await broadcastCustomerUpdate(this.db, actor.orgId, this.name, this.connections());
      if (outcome.result.ok) {
        // Saving counts as activity: it keeps an owner from being released as idle.
        const lock = await this.store.lock();
        if (lock.owner?.staffId === actor.id) await this.decide({ type: "heartbeat", by: { ...lock.owner }, active: true }, now);
      }
      return outcome.result;
    });
  }

  /** Opening the profile writes an automatic "viewed" note, once per rep per visit window. */
  async recordView(actor: Actor, origin: { ip: string | null; userAgent: string | null }): Promise<boolean> {
    return this.serial(async () => {
      const item = await recordViewOnce(this.ctx.storage, this.db, await this.records.audit(), actor, this.name, Date.now(), origin);
      if (item) this.publishActivity(item);
      return item !== null;
    });
  }

  /** Sign-out, sign-out everywhere or a disabled account: close those sockets now. */
  async endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number> {
    return this.serial(() =>
      this.closeSessions((actor) =>
        actor.id === match.staffId && (!match.sessionId || actor.sessionId === match.sessionId) ? reason : null,
      ),
    );
  }

  /** For tests and diagnostics: the lock as stored. */
  async lockSnapshot(): Promise<LockState> {
    return this.store.lock();
  }
}
