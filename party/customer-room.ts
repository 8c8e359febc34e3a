// One room per customer account: the account room (party/account-room.ts) with the customer's
// kind (its tables, permissions, floors) and the customer's commands.

import type { Actor } from "../core/domain/actor";
import type { MutationCommand, MutationResult } from "../core/protocol/commands";
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
}
