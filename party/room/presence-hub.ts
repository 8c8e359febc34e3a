// Who is in the room, told: someone joined, left or changed state, and everyone hears it (a crowd's
// burst of joins as one frame per socket, within 25 ms); then the room_presence rows and the floor
// rooms get the new picture (best effort, latest wins).
import type { LockState } from "../../core/domain/lock";
import { PRESENCE_COALESCE_MS, PRESENCE_CROWD } from "./config";
import { PresenceTeller } from "./frames";
import type { PresencePublisher } from "./publish";
import type { RoomSockets } from "./sockets";

export class PresenceHub {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closing = new Set<string>();
  private readonly teller = new PresenceTeller();

  constructor(
    private readonly sockets: RoomSockets,
    private readonly publisher: PresencePublisher,
    private readonly currentLock: () => Promise<LockState>,
    /** Runs the flush in the room's one-at-a-time queue. */
    private readonly serial: (task: () => Promise<void>) => Promise<void>,
  ) {}

  /** Someone came, went (`closing`: their sockets, still listed while they close) or changed state. */
  changed(closing: ReadonlySet<string> = new Set()): void {
    for (const id of closing) this.closing.add(id);
    const wait = this.sockets.connections().length > PRESENCE_CROWD ? PRESENCE_COALESCE_MS : 0;
    this.timer ??= setTimeout(() => void this.serial(() => this.flush()), wait);
  }

  /** Sends a change still waiting in its window now (before an answer that promises it is out). */
  async flushNow(): Promise<void> {
    if (!this.timer) return;
    clearTimeout(this.timer);
    await this.flush();
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const viewers = this.sockets.viewers(this.closing);
    this.closing = new Set();
    const told = this.teller.frameFor(viewers);
    if (told) this.sockets.broadcast(told);
    this.publisher.queue({ lock: await this.currentLock(), viewers, now: Date.now() });
  }
}
