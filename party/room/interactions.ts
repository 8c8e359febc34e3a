// The room's part of the process monitor: the interactions it measures (a rep who owns the account,
// or who opened it from their call list), the captured batches they receive, and their end. An end
// rides in the record of the decision that caused it (a release, an expiry; or, for a call, the rep
// leaving), saved in the same storage write, and is classified into steps when applied (room-records).
import type { Actor } from "../../core/domain/actor";
import type { Holder, LockEvent } from "../../core/domain/lock";
import { can } from "../../core/domain/permissions";
import { batchProblems, foldTimeline } from "../../core/domain/step-intervals";
import { AppError } from "../../core/protocol/errors";
import type { FloorServing } from "../../core/protocol/floor";
import type { ServingView, StepBatchInput } from "../../core/protocol/step-capture";
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import type { AuditEntry } from "../../db/repositories/audit";
import { isOnCallList } from "../../db/repositories/call-list-membership";
import type { InteractionEnd } from "./interaction-ends";

export type { OpenInteraction } from "./open-interaction";

import { LiveSteps } from "./live-steps";
import type { LockRecord } from "./lock-records";
import type { OpenInteraction } from "./open-interaction";
import type { RoomSockets } from "./sockets";
import type { RoomMeta } from "./store";

type Open = Record<string, OpenInteraction>;
const OPEN_KEY = "interactions";
const ENDED_KEY = "endedInteractions";
/** Batch ids kept per interaction, and intervals before they are folded. */
const KEEP_BATCHES = 500;
const FOLD_AT = 400;

export interface InteractionParts {
  storage: DurableObjectStorage;
  db: () => Database;
  sockets: RoomSockets;
  /** The live picture moved: tell the floors again. */
  changed: () => void;
  wakeAt: (at: number) => Promise<void>;
  graceMs: number;
  /** Saves a record with the lock, in one storage write, and applies it behind (ended calls). */
  saveRecord: (record: LockRecord, storage: Record<string, unknown>) => Promise<void>;
}

export class InteractionDesk {
  private readonly live: LiveSteps;

  constructor(private readonly parts: InteractionParts) {
    this.live = new LiveSteps(parts.db);
  }

  /** What the floors show of the people measured here now: their step, and how long they are on it. */
  async serving(orgId: string, now: number): Promise<FloorServing[]> {
    const open = Object.values(await this.open());
    return open.length > 0 ? this.live.forFloor(orgId, open, now) : [];
  }

  async open(): Promise<Open> {
    return (await this.parts.storage.get<Open>(OPEN_KEY)) ?? {};
  }

  /** The interaction this person is measured in, as their screen needs it. */
  static view(open: OpenInteraction | undefined): ServingView {
    return open ? { id: open.id, kind: open.kind, since: open.startedAt } : null;
  }

  tell(staffId: string, open: OpenInteraction | undefined): void {
    for (const c of this.parts.sockets.connections())
      if (c.state?.actor.id === staffId) this.parts.sockets.send(c, { type: "serving", interaction: InteractionDesk.view(open) });
  }

  /**
   * The lock's hook: a grant starts (or turns a call into) an ownership interaction, a release ends
   * the previous owner's. Ends go into `record`; the answer is what to save with the lock, and what to
   * tell once it is saved.
   */
  async onLock(events: LockEvent[], record: LockRecord, meta: RoomMeta, now: number) {
    const open = await this.open();
    const ended = await this.endedIds();
    const touched = new Set<string>();
    for (const event of events) {
      if (event.type === "released") {
        const ending = open[event.previous.staffId];
        if (!ending) continue;
        this.endInto(record, ending, meta, now, event.reason);
        ended.push(ending.id);
        delete open[ending.staffId];
        touched.add(ending.staffId);
      } else if (event.type === "granted" && can(event.owner.role, "monitor.self")) {
        const current = open[event.owner.staffId];
        open[event.owner.staffId] = current ? { ...current, kind: "ownership", goneAt: null } : start("ownership", event.owner, now);
        touched.add(event.owner.staffId);
      }
    }
    if (touched.size === 0) return null;
    return {
      storage: { [OPEN_KEY]: open, [ENDED_KEY]: ended.slice(-50) },
      announce: () => {
        for (const staffId of touched) this.tell(staffId, open[staffId]);
        this.parts.changed();
      },
    };
  }

  /** A measured person joined: tell them what is measured; opening an account from one's call list starts a call. */
  async joined(actor: Actor, ownerId: string | null, meta: RoomMeta, now: number): Promise<void> {
    if (!can(actor.role, "monitor.self")) return;
    const open = await this.open();
    let mine = open[actor.id];
    if (mine?.goneAt) mine = open[actor.id] = { ...mine, goneAt: null };
    else if (!mine && (ownerId === null || ownerId === actor.id)) {
      const listed = await isOnCallList(
        this.parts.db(),
        { orgId: meta.orgId, staffId: actor.id, teamId: actor.teamId },
        meta.accountId,
        now,
      );
      if (listed)
        mine = open[actor.id] = start("call", { staffId: actor.id, name: actor.name, role: actor.role, teamId: actor.teamId }, now);
    }
    if (mine) await this.parts.storage.put(OPEN_KEY, open);
    this.tell(actor.id, mine);
    if (mine) this.parts.changed();
  }

  /** The same, from a join: a failure here is logged and never fails the join. */
  async joinedOrLog(actor: Actor, ownerId: string | null, meta: RoomMeta, now: number, room: string): Promise<void> {
    try {
      await this.joined(actor, ownerId, meta, now);
    } catch (error) {
      console.error(JSON.stringify({ level: "warn", msg: "monitor join failed", room, error: String(error) }));
    }
  }

  /** A person's last socket left: a call ends after the grace period unless they come back. */
  async left(staffId: string, now: number): Promise<void> {
    const open = await this.open();
    const mine = open[staffId];
    if (mine?.kind !== "call") return;
    open[staffId] = { ...mine, goneAt: now, current: null };
    await this.parts.storage.put(OPEN_KEY, open);
    await this.parts.wakeAt(now + this.parts.graceMs);
    this.parts.changed();
  }

  /** On the alarm: calls whose rep stayed away past the grace end, in one record saved and applied. */
  async expireCalls(meta: RoomMeta | null, now: number): Promise<void> {
    if (!meta) return;
    const open = await this.open();
    const record: LockRecord = { id: newId("rec"), accountId: meta.accountId, steps: [], notes: [], activity: [], audit: [] };
    const ended = await this.endedIds();
    for (const mine of Object.values(open)) {
      if (mine.kind !== "call" || mine.goneAt === null || this.parts.sockets.isHere(mine.staffId)) continue;
      if (mine.goneAt + this.parts.graceMs > now) {
        await this.parts.wakeAt(mine.goneAt + this.parts.graceMs);
        continue;
      }
      this.endInto(record, mine, meta, now, "left");
      ended.push(mine.id);
      delete open[mine.staffId];
    }
    if (record.audit.length === 0) return;
    await this.parts.saveRecord(record, { [OPEN_KEY]: open, [ENDED_KEY]: ended.slice(-50) });
    this.parts.changed();
  }

  /** Stores a batch for the person's open interaction; false when it was stored before. */
  async receive(actor: Actor, batch: StepBatchInput, now: number): Promise<boolean> {
    const open = await this.open();
    const mine = open[actor.id];
    if (!mine || mine.id !== batch.interactionId) {
      if ((await this.endedIds()).includes(batch.interactionId))
        throw new AppError("GONE", "This interaction has ended; its steps are final");
      throw new AppError("NOT_FOUND", "No such interaction of yours here");
    }
    if (mine.batches.includes(batch.batchId)) return false;
    const problems = batchProblems(batch, now);
    if (problems.length > 0) throw new AppError("VALIDATION", `Invalid step batch: ${problems[0]?.message}`, problems);
    const placeBefore = mine.current?.at ?? null;
    let intervals = [...mine.intervals, ...batch.intervals];
    if (intervals.length > FOLD_AT) intervals = foldTimeline(intervals);
    open[actor.id] = {
      ...mine,
      batches: [...mine.batches, batch.batchId].slice(-KEEP_BATCHES),
      intervals,
      current: batch.current ? { ...batch.current, sentAt: batch.sentAt, receivedAt: now } : null,
    };
    await this.parts.storage.put(OPEN_KEY, open);
    if ((batch.current?.at ?? null) !== placeBefore || batch.intervals.length > 0) this.parts.changed();
    return true;
  }

  private async endedIds(): Promise<string[]> {
    return (await this.parts.storage.get<string[]>(ENDED_KEY)) ?? [];
  }

  private endInto(record: LockRecord, mine: OpenInteraction, meta: RoomMeta, now: number, reason: string): void {
    const perPlace: Record<string, number> = {};
    for (const i of foldTimeline(mine.intervals)) perPlace[i.at] = (perPlace[i.at] ?? 0) + (i.to - i.from);
    const end: InteractionEnd = {
      id: mine.id,
      orgId: meta.orgId,
      customerId: meta.accountId,
      staffId: mine.staffId,
      teamId: mine.teamId,
      kind: mine.kind,
      startedAt: mine.startedAt,
      endedAt: now,
      endReason: reason,
      perPlace,
    };
    record.interactions = [...(record.interactions ?? []), end];
    const activeMs = Object.values(perPlace).reduce((a, b) => a + b, 0);
    const entry: AuditEntry & { id: string } = {
      id: newId("aud"),
      orgId: meta.orgId,
      at: now,
      actorId: mine.staffId,
      actorRole: mine.role,
      action: "monitor.interaction",
      targetType: "interaction",
      targetId: mine.id,
      customerId: meta.accountId,
      outcome: "success",
      ip: null,
      userAgent: null,
      details: { kind: mine.kind, endReason: reason, activeSeconds: Math.round(activeMs / 1000) },
    };
    record.audit.push(entry);
  }
}

function start(kind: OpenInteraction["kind"], who: Pick<Holder, "staffId" | "name" | "role" | "teamId">, now: number): OpenInteraction {
  return {
    id: newId("int"),
    kind,
    staffId: who.staffId,
    name: who.name,
    role: who.role,
    teamId: who.teamId,
    startedAt: now,
    batches: [],
    intervals: [],
    current: null,
    goneAt: null,
  };
}
