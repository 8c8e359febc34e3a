// A room screens follow without writing to it: a team's floor, an org's service desk. It admits
// those who may follow it, caps each person's sockets as every room does, and closes the sockets of
// sessions that ended: at once on sign-out or a disabled account (`endSessions`), and on its alarm's
// sweep otherwise (a session revoked or idled out). A subclass says who may follow and what a new
// follower is sent first; everything it broadcasts goes through `sendFrame`.
import { type Connection, type ConnectionContext, Server } from "partyserver";
import type { Actor } from "../../core/domain/actor";
import { PROTOCOL_VERSION } from "../../core/protocol/room";
import { createDatabase } from "../../db/client";
import { SESSION_SWEEP_MS, socketCapsFrom } from "./config";
import { actorFromRequest, socketCapRefusal } from "./connection";
import { closeSockets, endedSessions } from "./sessions";

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface Follower {
  actor: Actor;
}

export abstract class FollowRoom extends Server<Env> {
  static override options = { hibernate: true };

  /** What is followed, as its refusals say it: "this team's floor". */
  protected abstract readonly followed: string;
  /** Whether this person may follow the room (the room's name is its team's or org's id). */
  protected abstract admits(actor: Actor): Promise<boolean>;
  /** What a follower is sent once admitted (the room's state as it stands). */
  protected abstract welcome(connection: Connection<Follower>): Promise<void>;

  protected sendFrame(connection: Connection, body: Record<string, unknown>): void {
    try {
      connection.send(JSON.stringify({ ...body, v: PROTOCOL_VERSION }));
    } catch {
      // closing socket
    }
  }

  /** The sockets of admitted followers. */
  protected followers(): Connection<Follower>[] {
    return [...this.getConnections<Follower>()].filter((c) => c.state?.actor);
  }

  override async onConnect(connection: Connection<Follower>, ctx: ConnectionContext): Promise<void> {
    try {
      await this.join(connection, ctx);
    } catch (error) {
      // Never partyserver's default here: it would send the error's stack to the client.
      console.error(JSON.stringify({ level: "error", msg: "follow failed", room: this.name, error: String(error) }));
      this.sendFrame(connection, {
        type: "error",
        code: "UNAVAILABLE",
        message: `${sentence(this.followed)} could not be opened; try again in a moment`,
      });
      connection.close(1011, "unavailable");
    }
  }

  private async join(connection: Connection<Follower>, ctx: ConnectionContext): Promise<void> {
    const actor = actorFromRequest(ctx.request);
    if (!actor || !(await this.admits(actor))) {
      this.sendFrame(connection, {
        type: "error",
        code: actor ? "FORBIDDEN" : "UNAUTHENTICATED",
        message: `You may not follow ${this.followed}`,
      });
      connection.close(actor ? 4403 : 4401, "forbidden");
      return;
    }
    const present = this.followers().filter((c) => c.id !== connection.id);
    const capped = socketCapRefusal(present, actor, socketCapsFrom(this.env));
    if (capped) {
      this.sendFrame(connection, { type: "error", code: capped.code, message: capped.message });
      connection.close(4429, "too many connections");
      return;
    }
    connection.setState({ actor });
    await this.welcome(connection);
    // Followers are checked like rooms: a session that ended or idled out closes its socket.
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  /** The sweep: sockets of sessions that ended lose them; the next sweep is booked while anyone still follows. */
  override async onAlarm(): Promise<void> {
    const watching = this.followers();
    if (watching.length === 0) return;
    const ended = await endedSessions(
      createDatabase(this.env),
      watching.flatMap((c) => (c.state ? [c.state.actor] : [])),
      Date.now(),
    );
    closeSockets(
      watching,
      (actor) => ended.get(actor.sessionId) ?? null,
      (c, body) => this.sendFrame(c, body),
    );
    if (watching.length > ended.size) await this.ctx.storage.setAlarm(Date.now() + SESSION_SWEEP_MS);
  }

  override onMessage(connection: Connection<Follower>): void {
    this.sendFrame(connection, { type: "error", code: "BAD_FRAME", message: `${sentence(this.followed)} accepts no frames` });
  }

  /** Sign-out or a disabled account: that person's sockets here close at once. */
  async endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number> {
    const matches = (actor: Actor) => actor.id === match.staffId && (!match.sessionId || actor.sessionId === match.sessionId);
    return closeSockets(
      this.followers(),
      (actor) => (matches(actor) ? reason : null),
      (c, body) => this.sendFrame(c, body),
    ).size;
  }
}
