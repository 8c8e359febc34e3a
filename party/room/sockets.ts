// The room's sockets as the rest of the room uses them: who is connected (signed-in sockets only),
// who is here as people, and sending one frame or one frame to everyone.
import type { Connection } from "partyserver";
import type { Actor } from "../../core/domain/actor";
import { foldViewers, type Viewer } from "../../core/domain/presence";
import type { AppError } from "../../core/protocol/errors";
import { frame, type ServerFrameBody } from "../../core/protocol/room";
import type { ConnectionState } from "./connection";

export class RoomSockets {
  constructor(private readonly all: () => Iterable<Connection<ConnectionState>>) {}

  /** Sockets that finished joining (their actor is known). */
  connections(): Connection<ConnectionState>[] {
    return [...this.all()].filter((c) => c.state?.actor);
  }

  actors(): Actor[] {
    return this.connections().map((c) => (c.state as ConnectionState).actor);
  }

  isHere(staffId: string, except?: string): boolean {
    return this.connections().some((c) => c.id !== except && c.state?.actor.id === staffId);
  }

  /** One entry per person in the room, leaving out sockets that are closing. */
  viewers(closing: ReadonlySet<string> = new Set()): Viewer[] {
    return foldViewers(
      this.connections()
        .filter((c) => !closing.has(c.id))
        .map((c) => (c.state as ConnectionState).presence),
    );
  }

  send(connection: Connection, body: ServerFrameBody): void {
    try {
      connection.send(frame(body));
    } catch {
      // the socket is closing; its close handler tidies up
    }
  }

  refuse(connection: Connection, error: AppError, reqId?: string): void {
    this.send(connection, { type: "error", code: error.code, message: error.message, ...(reqId ? { reqId } : {}) });
  }

  broadcast(body: ServerFrameBody, except?: string): void {
    const text = frame(body);
    for (const c of this.connections())
      if (c.id !== except) {
        try {
          c.send(text);
        } catch {
          // closing socket
        }
      }
  }
}
