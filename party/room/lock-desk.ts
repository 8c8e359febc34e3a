// Lock orchestration: a lock command is decided by the pure state machine (core/domain/lock.ts),
// the new lock and the records the decision implies are saved in one storage write, everyone hears
// it, the records go to the database behind it, and the alarm follows the new deadlines.
import type { Connection } from "partyserver";
import { decideLock, type LockCommand, type LockConfig, type LockState } from "../../core/domain/lock";
import type { AccountTables } from "../../db/repositories/account-records";
import type { RoomAlarms } from "./alarms";
import type { InteractionDesk } from "./interactions";
import { lockEventEffects } from "./lock-effects";
import { lockRecord } from "./lock-records";
import type { PresenceHub } from "./presence-hub";
import type { RoomRecords } from "./room-records";
import type { RoomSockets } from "./sockets";
import type { RoomMeta, RoomStore } from "./store";

/** The socket and request a lock decision answers. */
export type FrameOrigin = { connection: Connection; reqId?: string; message?: string };

export class LockDesk {
  constructor(
    private readonly parts: {
      store: RoomStore;
      tables: AccountTables;
      records: () => RoomRecords;
      sockets: RoomSockets;
      presence: PresenceHub;
      alarms: RoomAlarms;
      config: LockConfig;
      meta: () => Promise<RoomMeta | null>;
      keepAlive: (work: Promise<unknown>) => void;
      /** The process monitor, in accounts it measures: grants start interactions, releases end them (in the same record). */
      interactions?: () => InteractionDesk | null;
    },
  ) {}

  lock(): Promise<LockState> {
    return this.parts.store.lock();
  }

  async decide(command: LockCommand, now: number, origin?: FrameOrigin): Promise<LockState> {
    const { store, sockets, presence, alarms } = this.parts;
    const before = await store.lock();
    const { state, events } = decideLock(before, command, now, this.parts.config);
    const persisted = events.some((e) => e.type === "granted" || e.type === "released");
    const meta = persisted ? await this.parts.meta() : null;
    const record = meta ? lockRecord(events, meta, this.parts.tables, now) : null;
    const measured = record && meta ? await this.parts.interactions?.()?.onLock(events, record, meta, now) : null;
    if (state !== before || record) await store.saveLock(state, record, measured?.storage);
    if (events.length > 0) {
      const effects = lockEventEffects(events, { reqId: origin?.reqId, handoffMessage: origin?.message });
      for (const effect of effects.frames) {
        if (effect.to === "all") sockets.broadcast(effect.body);
        else if (origin) sockets.send(origin.connection, effect.body);
      }
      if (effects.ownershipChanged) presence.changed();
    }
    measured?.announce();
    if (record) this.parts.keepAlive(this.parts.records().drainOrRetry());
    if (state.owner?.staffId !== before.owner?.staffId || state.handoff?.id !== before.handoff?.id || events.length > 0)
      await alarms.scheduleFor(state, now);
    return state;
  }
}
