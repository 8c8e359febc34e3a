// One room per customer account: the account room (party/account-room.ts) with the customer's
// kind (its tables, permissions, floors) and the customer's commands; and the process monitor's
// beacon (captured serving time sent while the page hid).

import type { Actor } from "../core/domain/actor";
import { can } from "../core/domain/permissions";
import type { JsonValue, MutationCommand, MutationResult } from "../core/protocol/commands";
import { AppError } from "../core/protocol/errors";
import type { StepBatchInput } from "../core/protocol/step-capture";
import { AccountRoom, type Origin } from "./account-room";
import { CUSTOMER_COMMANDS } from "./commands";
import { type AccountKind, CUSTOMER_KIND } from "./room/account-kind";
import { broadcastCustomerUpdate } from "./room/customer-update";

export class CustomerRoom extends AccountRoom {
  protected get kind(): AccountKind {
    return CUSTOMER_KIND;
  }

  protected async broadcastAccount(orgId: string): Promise<void> {
    await broadcastCustomerUpdate(this.db, orgId, this.name, this.sockets.connections());
  }

  /** The mutation path: the Worker validated the body; the room checks ownership and writes. */
  async mutate(actor: Actor, command: MutationCommand, origin: Origin): Promise<MutationResult> {
    return this.runCommand(actor, command, origin, CUSTOMER_COMMANDS);
  }

  /** Captured serving time sent by beacon (the page was hiding): the same checks as over the socket. */
  async captureSteps(
    actor: Actor,
    batch: StepBatchInput,
  ): Promise<{ ok: true; stored: boolean } | { ok: false; error: { code: string; message: string; details?: JsonValue } }> {
    return this.serial(async () => {
      const meta = await this.meta();
      const desk = this.interactions;
      if (!desk || !meta || meta.orgId !== actor.orgId || !can(actor.role, "monitor.self"))
        return { ok: false, error: { code: "NOT_FOUND", message: "No such interaction of yours here" } };
      try {
        return { ok: true, stored: await desk.receive(actor, batch, Date.now()) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { ok: false, error: { code: error.code, message: error.message, details: error.details as JsonValue } };
      }
    });
  }
}
