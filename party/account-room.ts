// One room per account: the socket and RPC face of a customer's or a merchant's account. It
// translates frames and calls into the room's parts (party/room/): the lock desk (ownership
// decisions and their records), the presence hub (who is here), the records (audit stream and lock
// records on their way to the database), the alarms and the session sweep; and runs every state
// change one at a time. What differs by kind of account is the subclass's `kind` and its commands.
import { type Connection, type ConnectionContext, Server, type WSMessage } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { feedItem } from "../core/domain/feed";
import type { LockState } from "../core/domain/lock";
import { can } from "../core/domain/permissions";
import type { ConnectionPresence } from "../core/domain/presence";
import type { MutationResult } from "../core/protocol/commands";
import type { FeedItem } from "../core/protocol/room";
import { createDatabase, type Database } from "../db/client";
import { auditSignerFor } from "../db/repositories/audit";
import type { BaseContext, CommandPlan } from "./commands/types";
import type { AccountCommands, MutationOutcome } from "./mutation";
import type { AccountKind } from "./room/account-kind";
import { RoomAlarms } from "./room/alarms";
import { FEED_SIZE, lockConfigFrom, socketCapsFrom } from "./room/config";
import { actorFromRequest, type ConnectionState, deviceFromRequest, FrameLimiter, parseFrame, socketCapRefusal } from "./room/connection";
import { FeedCache } from "./room/feed-cache";
import { handleFrame } from "./room/frame-handler";
import { holderOf, roomStateFrame } from "./room/frames";
import type { InteractionDesk } from "./room/interactions";
import { KeptReads } from "./room/kept-reads";
import { LockDesk } from "./room/lock-desk";
import { type Origin, RoomMutations } from "./room/mutations";
import { RoomOutbox } from "./room/outbox";
import { PresenceHub } from "./room/presence-hub";
import { arrivalRow } from "./room/presence-sync";
import { PresencePublisher, publishPresence } from "./room/publish";
import { announceQueues } from "./room/queues";
import { Recorder } from "./room/recorder";
import { RoomRecords } from "./room/room-records";
import { closeSessions, sweepSessions } from "./room/session-sweep";
import { endedFrom, sessionReads } from "./room/sessions";
import { RoomSockets } from "./room/sockets";
import { type RoomMeta, RoomStore } from "./room/store";
import { recordViewOnce } from "./room/viewed-note";

export type { Origin };

const NO_ORIGIN: Origin = { ip: null, userAgent: null };

export abstract class AccountRoom extends Server<Env> {
  static override options = { hibernate: true };

  /** The kind of account this room serves (a prototype getter: the parts below need it while constructing). */
  protected abstract get kind(): AccountKind;
  /** After a change to the account's own row: every socket gets it again, masked for its role. */
  protected abstract broadcastAccount(orgId: string): Promise<void>;
  /** The account's own next deadline (a scheduled release), or null. */
  protected accountDeadline(): Promise<number | null> {
    return Promise.resolve(null);
  }
  /** The account's own work on the alarm, inside the room's one-at-a-time queue. */
  protected accountAlarm(_now: number): Promise<void> {
    return Promise.resolve();
  }

  private queue: Promise<unknown> = Promise.resolve();
  private dbInstance: Database | null = null;
  private recordsInstance: RoomRecords | null = null;
  private readonly limiter = new FrameLimiter();
  protected readonly store = new RoomStore(this.ctx.storage);
  protected readonly lockConfig = lockConfigFrom(this.env);
  private readonly feedCache = new FeedCache(FEED_SIZE);
  protected readonly sockets = new RoomSockets(() => this.getConnections<ConnectionState>());
  protected readonly alarms = new RoomAlarms(
    this.ctx.storage,
    this.lockConfig,
    () => this.sockets.connections().length > 0,
    () => this.accountDeadline(),
  );
  private readonly recorder = new Recorder((work) => this.ctx.waitUntil(work), this.ctx.id.toString());
  private readonly publisher = new PresencePublisher(this.recorder, async (picture) => {
    const meta = await this.meta();
    if (meta)
      await publishPresence({
        env: this.env,
        db: this.db,
        tables: this.kind.tables,
        floors: this.kind.floors,
        store: this.store,
        meta,
        ...picture,
        serving: (await this.interactions?.serving(meta.orgId, picture.now)) ?? [],
      });
  });
  protected readonly presence = new PresenceHub(
    this.sockets,
    this.publisher,
    () => this.store.lock(),
    (task) => this.serial(task),
  );
  private deskInstance: LockDesk | null = null;
  /** Changes for the back ends (customers' accounts), committed with the change and queued after it. */
  private readonly outbox = new RoomOutbox(
    this.ctx.storage,
    () => this.db,
    () => this.env.INTEGRATION_OUTBOX,
    this.name,
    (at) => this.alarms.wakeAt(at),
  );
  /** The process monitor's interactions: none here; CustomerRoom measures the reps serving a client. */
  protected readonly interactions: InteractionDesk | null = null;

  /** The mutation path's room side (room/mutations.ts): `mutations.one` for work already in the queue (an alarm's), `serial(() => mutations.group(...))` for a group. */
  protected readonly mutations = new RoomMutations({
    env: this.env,
    accountId: () => this.name,
    db: () => this.db,
    audit: () => this.records.audit(),
    lock: () => this.store.lock(),
    lockConfig: this.lockConfig,
    kept: new KeptReads(),
    recordedNow: () => this.recordedNow(),
    armOutbox: (now) => this.outbox.arm(now),
    after: (actor, outcomes, now) => this.afterMutations(actor, outcomes, now),
  });

  /** The lock desk (made on first use: it needs the subclass's kind). */
  protected get desk(): LockDesk {
    this.deskInstance ??= new LockDesk({
      store: this.store,
      tables: this.kind.tables,
      records: () => this.records,
      sockets: this.sockets,
      presence: this.presence,
      alarms: this.alarms,
      config: this.lockConfig,
      meta: () => this.meta(),
      keepAlive: (work) => this.ctx.waitUntil(work),
      interactions: () => this.interactions,
    });
    return this.deskInstance;
  }

  protected get db(): Database {
    this.dbInstance ??= createDatabase(this.env);
    return this.dbInstance;
  }

  /** The audit stream and the decisions' records waiting for the database (created once the name is known). */
  protected get records(): RoomRecords {
    this.recordsInstance ??= new RoomRecords(
      this.store,
      () => this.db,
      () => auditSignerFor(this.env),
      this.kind.tables,
      this.name,
      (record) => {
        for (const row of record.activity) this.publishActivity(feedItem(row));
      },
      (at) => this.alarms.wakeAt(at),
    );
    return this.recordsInstance;
  }

  protected meta(): Promise<RoomMeta | null> {
    return this.store.meta(this.db, this.kind.tables, this.name);
  }

  /** A new feed item: to every socket now, and into the feed later joiners receive. */
  protected publishActivity(item: FeedItem): void {
    this.feedCache.append(item);
    this.sockets.broadcast({ type: "activity", item });
  }

  /** Runs state changes one at a time, so a decision and its side effects never interleave. */
  protected serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Everything decided so far is recorded; rejects when the database cannot take the decisions' records yet. */
  private async recordedNow(): Promise<void> {
    await this.presence.flushNow();
    await this.recorder.settled();
    await this.records.drain();
  }

  private async presenceChanged(lock: LockState, closing?: ReadonlySet<string>): Promise<void> {
    this.presence.changed(closing);
    await this.alarms.scheduleFor(lock, Date.now());
  }

  // --- sockets -------------------------------------------------------------------------------

  override async onConnect(connection: Connection<ConnectionState>, ctx: ConnectionContext): Promise<void> {
    try {
      await this.join(connection, ctx);
    } catch (error) {
      // Never partyserver's default here: it would send the error's stack to the client.
      console.error(JSON.stringify({ level: "error", msg: "room join failed", room: this.name, error: String(error) }));
      this.sockets.send(connection, {
        type: "error",
        code: "UNAVAILABLE",
        message: "The account could not be opened; try again in a moment",
      });
      connection.close(1011, "unavailable");
    }
  }

  private async join(connection: Connection<ConnectionState>, ctx: ConnectionContext): Promise<void> {
    const kind = this.kind;
    const actor = actorFromRequest(ctx.request);
    const refuse = (code: "UNAUTHENTICATED" | "NOT_FOUND" | "TOO_MANY_CONNECTIONS", message: string, close: number) => {
      this.sockets.send(connection, { type: "error", code, message });
      connection.close(close, code.toLowerCase());
    };
    if (!actor) return refuse("UNAUTHENTICATED", "Sign in to continue", 4401);
    // The Worker checked the session; the room checks this actor may read this account.
    const meta = can(actor.role, kind.read) ? await this.meta() : null;
    if (!meta || meta.orgId !== actor.orgId) return refuse("NOT_FOUND", kind.notFound, 4404);
    const capped = socketCapRefusal(this.sockets.connections(), actor, socketCapsFrom(this.env));
    if (capped) return refuse("TOO_MANY_CONNECTIONS", capped.message, 4429);
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
    const [, rows, people] = await this.db.batch([
      kind.tables.presenceArrival(this.db, arrivalRow(this.name, presence)),
      ...sessionReads(this.db, [actor]),
    ]);
    const ended = endedFrom([actor], rows, people, now).get(actor.sessionId);
    if (ended) {
      this.sockets.send(connection, { type: "session-ended", reason: ended });
      connection.close(4401, ended);
      return;
    }
    await this.serial(async () => {
      // Opening the room shows the account's feed: a visit, noted like any other read of it.
      const audit = await this.records.audit();
      const viewed = await recordViewOnce(this.ctx.storage, this.db, kind.tables, audit, actor, this.name, now, NO_ORIGIN);
      if (viewed) this.publishActivity(viewed);
      let lock = await this.store.lock();
      // The owner coming back (new tab, or a phone reconnecting within grace) keeps ownership.
      if (lock.owner?.staffId === actor.id)
        lock = await this.desk.decide({ type: "heartbeat", by: holderOf(actor, presence.device), active: false }, now);
      const feed = await this.feedCache.get(this.db, kind.tables, this.name);
      const viewers = this.sockets.viewers();
      const account =
        kind.stateKey === "customerId"
          ? { customerId: this.name }
          : kind.stateKey === "merchantId"
            ? { merchantId: this.name }
            : { ticketId: this.name };
      this.sockets.send(connection, roomStateFrame({ account, now, lock, viewers, feed, actor, connectionId: connection.id }));
      await this.presenceChanged(lock);
    });
  }

  override async onMessage(connection: Connection<ConnectionState>, message: WSMessage): Promise<void> {
    const state = connection.state;
    if (!state?.actor) return;
    if (!this.limiter.allow(connection.id, Date.now())) {
      this.sockets.send(connection, { type: "error", code: "RATE_LIMITED", message: "Too many frames; slow down" });
      return;
    }
    const parsed = parseFrame(message);
    if (!parsed.ok) {
      const reqId = parsed.reqId ? { reqId: parsed.reqId } : {};
      this.sockets.send(connection, { type: "error", code: parsed.error.code, message: parsed.error.message, ...reqId });
      return;
    }
    const parts = {
      permissions: this.kind,
      desk: this.desk,
      sockets: this.sockets,
      presence: this.presence,
      interactions: this.interactions,
      recordedNow: () => this.recordedNow(),
    };
    await this.serial(() => handleFrame(parts, connection, state, parsed.frame));
  }

  override async onClose(connection: Connection<ConnectionState>): Promise<void> {
    this.limiter.forget(connection.id);
    const actor = connection.state?.actor;
    if (!actor) return;
    await this.serial(async () => {
      let lock = await this.store.lock();
      if (lock.owner?.staffId === actor.id && !this.sockets.isHere(actor.id, connection.id))
        lock = await this.desk.decide({ type: "disconnect", staffId: actor.id }, Date.now());
      await this.presenceChanged(lock, new Set([connection.id]));
    });
  }

  override async onAlarm(): Promise<void> {
    await this.serial(async () => {
      // Records a failed drain left waiting go first (on failure, another retry is booked).
      await this.records.drainOrRetry();
      const now = Date.now();
      // Outbox rows a stopped room committed but never handed to the queue (armed before the commit).
      await this.outbox.flush(now);
      const lock = await this.desk.decide({ type: "tick" }, now);
      await sweepSessions({ sockets: this.sockets, desk: this.desk, presence: this.presence, db: this.db });
      await this.accountAlarm(now);
      await this.alarms.scheduleFor(lock, now);
    });
  }

  // --- the mutation path ------------------------------------------------------------------------

  /** Runs one command through the mutation path, one at a time with everything else the room does. */
  protected runCommand<A, C extends { type: string }, Ctx extends BaseContext>(
    actor: Actor,
    command: C,
    origin: Origin,
    commands: AccountCommands<A, C, Ctx>,
  ): Promise<MutationResult> {
    return this.serial(() => this.mutations.one(actor, command, origin, commands));
  }

  /** What follows committed changes: feed items, record and account frames, the outbox handed over, the owner kept. */
  private async afterMutations(actor: Actor, outcomes: readonly MutationOutcome[], now: number): Promise<void> {
    for (const outcome of outcomes) {
      if (outcome.feed) this.publishActivity(outcome.feed);
      await this.announce(actor.orgId, outcome.plan);
    }
    const outbox = outcomes.flatMap((outcome) => outcome.outbox ?? []);
    if (outbox.length > 0) {
      for (const row of outbox) this.sockets.broadcast({ type: "record-changed", record: "sync", id: row.recordId });
      await this.outbox.flush(now);
    }
    if (outcomes.some((outcome) => outcome.result.ok)) {
      // Saving counts as activity: it keeps an owner from being released as idle.
      const lock = await this.store.lock();
      if (lock.owner?.staffId === actor.id) await this.desk.decide({ type: "heartbeat", by: { ...lock.owner }, active: true }, now);
    }
  }

  /** Tells every open screen what a change touched. */
  private async announce(orgId: string, plan: CommandPlan | undefined): Promise<void> {
    for (const change of plan?.recordsChanged ?? []) this.sockets.broadcast({ type: "record-changed", ...change });
    if (plan?.accountChanged) await this.broadcastAccount(orgId);
    // Work queues (callbacks) are the teams' floors' business: only kinds served by floors have them.
    if (plan?.queues && this.kind.floors) this.ctx.waitUntil(announceQueues(this.env, this.name, plan.queues));
  }

  // --- RPC from the Worker ----------------------------------------------------------------------

  /** Reading the account writes an automatic "viewed" note, once per person per visit window. */
  async recordView(actor: Actor, origin: Origin): Promise<boolean> {
    return this.serial(async () => {
      const audit = await this.records.audit();
      const item = await recordViewOnce(this.ctx.storage, this.db, this.kind.tables, audit, actor, this.name, Date.now(), origin);
      if (item) this.publishActivity(item);
      return item !== null;
    });
  }

  /** Sign-out, sign-out everywhere or a disabled account: close those sockets now. */
  async endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number> {
    const parts = { sockets: this.sockets, desk: this.desk, presence: this.presence };
    return this.serial(() =>
      closeSessions(parts, (actor) =>
        actor.id === match.staffId && (!match.sessionId || actor.sessionId === match.sessionId) ? reason : null,
      ),
    );
  }

  /** The outbox sent (or gave up on) a change of this account: open screens show its new sync state. */
  async syncChanged(recordId: string): Promise<void> {
    this.sockets.broadcast({ type: "record-changed", record: "sync", id: recordId });
  }

  /** For tests and diagnostics: the lock as stored. */
  async lockSnapshot(): Promise<LockState> {
    return this.store.lock();
  }
}
