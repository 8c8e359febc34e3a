// One room per merchant account: the account room (party/account-room.ts) with the merchant's kind
// (its tables and permissions; no floors) and the merchant's commands. Its own deadline is the next
// scheduled plan release, kept in storage so eviction loses nothing; on the alarm the room releases
// every request whose time has come, as the system, through the same mutation path every change takes.
import type { Actor } from "../core/domain/actor";
import { systemActor } from "../core/domain/system-actor";
import type { MutationResult } from "../core/protocol/commands";
import type { MerchantCommand } from "../core/protocol/merchant-commands";
import { dueReleases, nextReleaseAt } from "../db/repositories/plan-changes";
import { AccountRoom, type Origin } from "./account-room";
import { MERCHANT_COMMANDS } from "./merchant-commands";
import { type AccountKind, MERCHANT_KIND } from "./room/account-kind";
import { broadcastMerchantUpdate } from "./room/merchant-update";

const NO_ORIGIN: Origin = { ip: null, userAgent: null };
/** A release the database could not take yet is tried again after this long. */
const RELEASE_RETRY_MS = 5_000;
const NEXT_RELEASE = "nextRelease";

export class MerchantRoom extends AccountRoom {
  protected get kind(): AccountKind {
    return MERCHANT_KIND;
  }

  protected async broadcastAccount(orgId: string): Promise<void> {
    await broadcastMerchantUpdate(this.db, orgId, this.name, this.sockets.connections());
  }

  protected override async accountDeadline(): Promise<number | null> {
    return (await this.ctx.storage.get<number>(NEXT_RELEASE)) ?? null;
  }

  /** Releases every scheduled request whose time has come (none twice: see plan-change-release.ts). */
  protected override async accountAlarm(now: number): Promise<void> {
    const meta = await this.meta();
    if (!meta) return;
    const system = systemActor(meta.orgId, "plan-release", "Scheduled release");
    for (const request of await dueReleases(this.db, this.name, now)) {
      const result = await this.mutations.one(system, { type: "plan_change.release", requestId: request.id }, NO_ORIGIN, MERCHANT_COMMANDS);
      if (!result.ok)
        console.error(
          JSON.stringify({ level: "warn", msg: "plan release refused", room: this.name, requestId: request.id, code: result.error.code }),
        );
    }
    await this.rememberNextRelease(Date.now());
  }

  /**
   * The next release from the database (the truth), kept in storage for the alarm. One that is due
   * and still scheduled (its release failed) is tried again a little later, not in a tight loop.
   */
  private async rememberNextRelease(now: number): Promise<void> {
    const next = await nextReleaseAt(this.db, this.name);
    const at = next === null ? null : next <= now ? now + RELEASE_RETRY_MS : next;
    if (at === null) await this.ctx.storage.delete(NEXT_RELEASE);
    else await this.ctx.storage.put(NEXT_RELEASE, at);
  }

  /** The mutation path: the Worker validated the body; the room checks ownership and writes. */
  async mutate(actor: Actor, command: MerchantCommand, origin: Origin): Promise<MutationResult> {
    const result = await this.runCommand(actor, command, origin, MERCHANT_COMMANDS);
    if (result.ok && command.type.startsWith("plan_change.")) {
      // A release was scheduled, moved or withdrawn: the alarm follows.
      await this.serial(async () => {
        const now = Date.now();
        await this.rememberNextRelease(now);
        await this.alarms.scheduleFor(await this.store.lock(), now);
      });
    }
    return result;
  }

  /** For tests and diagnostics: the release the alarm waits for. */
  async nextRelease(): Promise<number | null> {
    return this.accountDeadline();
  }
}
