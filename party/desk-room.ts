// The service desk's live room, one per org: every open queue (and the floor dashboard's desk
// counters) follows it. Ticket rooms tell it when a ticket opened or changed; it tells every
// screen at once, and the screens fetch their page again (the queue's order is the database's).
import type { Connection } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { can } from "../core/domain/permissions";
import type { DeskNotice } from "../core/protocol/desk";
import { PROTOCOL_VERSION } from "../core/protocol/room";
import { type Follower, FollowRoom } from "./room/follow-room";

export class DeskRoom extends FollowRoom {
  protected readonly followed = "this service desk";

  /** The room's name is the org's id: nobody follows another org's desk. */
  protected async admits(actor: Actor): Promise<boolean> {
    return can(actor.role, "ticket.read") && actor.orgId === this.name;
  }

  protected async welcome(connection: Connection<Follower>): Promise<void> {
    this.sendFrame(connection, { type: "desk-state", serverTime: Date.now() });
  }

  /** RPC from a ticket's room: a ticket opened or changed. Sent at once. Answers how many screens heard it. */
  async ticketChanged(notice: DeskNotice): Promise<number> {
    const text = JSON.stringify({ type: "desk-changed", v: PROTOCOL_VERSION, ...notice, serverTime: Date.now() });
    let told = 0;
    for (const connection of this.getConnections()) {
      try {
        connection.send(text);
        told++;
      } catch {
        // closing socket
      }
    }
    return told;
  }
}
