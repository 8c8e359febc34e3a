// One room per customer account: the account room (party/account-room.ts) with the customer's
// kind (its tables, permissions, floors) and the customer's commands; and the process monitor's
// interactions, which measure the reps serving the client (docs/decisions/018).

import type { Connection, ConnectionContext } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { can } from "../core/domain/permissions";
import type { JsonValue, MutationCommand, MutationResult } from "../core/protocol/commands";
import { AppError } from "../core/protocol/errors";
import type { StepBatchInput } from "../core/protocol/step-capture";
import { AccountRoom, type Origin } from "./account-room";
import { CUSTOMER_COMMANDS } from "./commands";
import type { StagedEntities } from "./commands/types";
import { type AccountKind, CUSTOMER_KIND } from "./room/account-kind";
import type { ConnectionState } from "./room/connection";
import { broadcastCustomerUpdate } from "./room/customer-update";
import { InteractionDesk } from "./room/interactions";

/** Events that may share a batch: not a customer snapshot (it may open the account, and it changes the row every plan reads). */
const batchableEvent = (command: MutationCommand) => command.type === "integration.apply" && command.event.type !== "customer.upserted";

export class CustomerRoom extends AccountRoom {
  protected get kind(): AccountKind {
    return CUSTOMER_KIND;
  }

  protected override readonly interactions = new InteractionDesk({
    storage: this.ctx.storage,
    db: () => this.db,
    sockets: this.sockets,
    changed: () => this.presence.changed(),
    wakeAt: (at) => this.alarms.wakeAt(at),
    graceMs: this.lockConfig.graceMs,
    saveRecord: async (record, storage) => {
      await this.store.saveLock(await this.store.lock(), record, storage);
      this.ctx.waitUntil(this.records.drainOrRetry());
    },
  });

  protected async broadcastAccount(orgId: string): Promise<void> {
    await broadcastCustomerUpdate(this.db, orgId, this.name, this.sockets.connections());
  }

  /** The mutation path: the Worker validated the body; the room checks ownership and writes. */
  async mutate(actor: Actor, command: MutationCommand, origin: Origin): Promise<MutationResult> {
    return this.runCommand(actor, command, origin, CUSTOMER_COMMANDS);
  }

  /**
   * Back-end events for this customer (the inbound queue's consumer), in their order, as one group:
   * one read of the customer, consecutive events in one batch; a customer snapshot runs alone. The
   * records they name, when the consumer read them ahead, are checked by the batch instead of read here.
   */
  async mutateMany(actor: Actor, group: MutationCommand[], origin: Origin, ahead?: StagedEntities): Promise<MutationResult[]> {
    return this.serial(() => this.mutations.group(actor, group, origin, CUSTOMER_COMMANDS, batchableEvent, ahead));
  }

  // --- the process monitor ----------------------------------------------------------------------

  /** Once someone joined: tell them what is measured; opening the account from one's call list starts a call. */
  override async onConnect(connection: Connection<ConnectionState>, ctx: ConnectionContext): Promise<void> {
    await super.onConnect(connection, ctx);
    const actor = connection.state?.actor;
    if (!actor || connection.readyState !== WebSocket.OPEN) return;
    await this.serial(async () => {
      const [lock, meta] = await Promise.all([this.store.lock(), this.meta()]);
      if (meta) await this.interactions.joinedOrLog(actor, lock.owner?.staffId ?? null, meta, Date.now(), this.name);
    });
  }

  /** A person's last socket left: a call from the call list ends after the grace period unless they come back. */
  override async onClose(connection: Connection<ConnectionState>): Promise<void> {
    await super.onClose(connection);
    const actor = connection.state?.actor;
    if (actor && !this.sockets.isHere(actor.id, connection.id)) await this.serial(() => this.interactions.left(actor.id, Date.now()));
  }

  /** On the alarm: calls whose rep stayed away past the grace end. */
  protected override async accountAlarm(now: number): Promise<void> {
    await this.interactions.expireCalls(await this.meta(), now);
  }

  /** Captured serving time sent by beacon (the page was hiding): the same checks as over the socket. */
  async captureSteps(
    actor: Actor,
    batch: StepBatchInput,
  ): Promise<{ ok: true; stored: boolean } | { ok: false; error: { code: string; message: string; details?: JsonValue } }> {
    return this.serial(async () => {
      const meta = await this.meta();
      if (!meta || meta.orgId !== actor.orgId || !can(actor.role, "monitor.self"))
        return { ok: false, error: { code: "NOT_FOUND", message: "No such interaction of yours here" } };
      try {
        return { ok: true, stored: await this.interactions.receive(actor, batch, Date.now()) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { ok: false, error: { code: error.code, message: error.message, details: error.details as JsonValue } };
      }
    });
  }
}
