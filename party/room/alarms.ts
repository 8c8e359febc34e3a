// The room's one alarm serves several clocks: the lock's next deadline, the session sweep while
// sockets are open, retries of records the database has not taken yet, and the account's own
// deadlines (a merchant's scheduled plan release). Each asks for a time; the alarm is set to the earliest.
import { type LockConfig, type LockState, nextDeadline } from "../../core/domain/lock";
import { SESSION_SWEEP_MS } from "./config";

export class RoomAlarms {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly config: LockConfig,
    private readonly hasSockets: () => boolean,
    /** The account's own next deadline, if it has one (kept in storage, so it survives eviction). */
    private readonly accountDeadline: () => Promise<number | null> = async () => null,
  ) {}

  /** An alarm no later than `at`. */
  async wakeAt(at: number): Promise<void> {
    const current = await this.storage.getAlarm();
    if (current === null || current > at) await this.storage.setAlarm(at);
  }

  /** The alarm the lock and the open sockets need (a stale one in the past is replaced). */
  async scheduleFor(lock: LockState, now: number): Promise<void> {
    const deadlines = [nextDeadline(lock, this.config), await this.accountDeadline()];
    if (this.hasSockets()) deadlines.push(now + SESSION_SWEEP_MS);
    const next = Math.min(...deadlines.filter((d): d is number => d !== null));
    if (!Number.isFinite(next)) return;
    const current = await this.storage.getAlarm();
    if (current === null || current > next || current < now) await this.storage.setAlarm(Math.max(next, now + 10));
  }
}
