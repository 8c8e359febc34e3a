// The service desk's live room, one per org: every open queue (and the floor dashboard's desk
// counters) follows it. Ticket rooms tell it when a ticket opened or changed; it tells every
// screen at once, and the screens fetch their page again (the queue's order is the database's).
import { type Connection, type ConnectionContext, Server } from "partyserver";
import type { Actor } from "../core/domain/actor";
import { can } from "../core/domain/permissions";
import type { DeskNotice } from "../core/protocol/desk";
import { PROTOCOL_VERSION } from "../core/protocol/room";
import { createDatabase } from "../db/client";
import { SESSION_SWEEP_MS, socketCapsFrom } from "./room/config";
import { actorFromRequest, socketCapRefusal } from "./room/connection";
import { closeSockets, endedSessions } from "./room/sessions";

interface Subscriber {
  actor: Actor;
}

export class DeskRoom extends Server<Env> {
  static override options = { hibernate: true };

  private sendFrame(connection: Connection, body: Record<string, unknown>): void {
    try {
      connection.send(JSON.stringify({ ...body, v: PROTOCOL_VERSION }));
    } catch {
      // closing socket
    }
  }

  override async onConnect(connection: Connection<Subscriber>, ctx: ConnectionContext): Promise<void> {
    const actor = actorFromRequest(ctx.request);
    // The room's name is the org's id: nobody follows another org's desk.
    if (!actor || !can(actor.role, "ticket.read") || actor.orgId !== this.name) {
      this.sendFrame(connection, {
        type: "error",
        code: actor ? "FORBIDDEN" : "UNAUTHENTICATED",
        message: "You may not follow this service desk",
      });
      connection.close(actor ? 4403 : 4401, "forbidden");
      return;
    }
    const present = [...this.getConnections<Subscriber>()].filter((c) => c.id !== connection.id && c.state?.actor);
    const capped = socketCapRefusal(present, actor, socketCapsFrom(this.env));
    if (capped) {
      this.sendFrame(connection, { type: "error", code: capped.code, message: capped.message });
      connection.close(4429, "too many connections");
      return;
    }
    connection.setState({ actor });
    this.sendFrame(connection, { type: "desk-state", serverTime: Date.now() });
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  /** Ended sessions lose their sockets, as on every room. */
  override async onAlarm(): Promise<void> {
    const watching = [...this.getConnections<Subscriber>()].filter((c) => c.state?.actor);
    if (watching.length === 0) return;
    const ended = await endedSessions(
      createDatabase(this.env),
      watching.map((c) => (c.state as Subscriber).actor),
      Date.now(),
    );
    closeSockets(
      watching,
      (actor) => ended.get(actor.sessionId) ?? null,
      (c, body) => this.sendFrame(c, body),
    );
    if (watching.length > ended.size) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  override onMessage(connection: Connection<Subscriber>): void {
    this.sendFrame(connection, { type: "error", code: "BAD_FRAME", message: "The desk room accepts no frames" });
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
