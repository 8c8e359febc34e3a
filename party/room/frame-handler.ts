// What each client frame does: lock frames go to the lock desk, heartbeats renew and acknowledge
// (an acknowledged request also means everything decided before it is recorded), presence updates
// change how the person shows, step batches go to the process monitor. The person's input keeps
// their session alive.
import type { Connection } from "partyserver";
import { applyPresenceState } from "../../core/domain/presence";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { ClientFrame } from "../../core/protocol/room";
import { newId } from "../../db/crypto";
import { type ConnectionState, frameRefusal, type OwnershipPermissions } from "./connection";
import { holderOf } from "./frames";
import type { InteractionDesk } from "./interactions";
import type { LockDesk } from "./lock-desk";
import type { PresenceHub } from "./presence-hub";
import type { RoomSockets } from "./sockets";

/** Input is noted on the socket at most once a minute (each note rewrites its attachment). */
const ACTIVITY_NOTE_MS = 60_000;

export interface FrameParts {
  /** Who may own and take over this kind of account. */
  permissions: OwnershipPermissions;
  desk: LockDesk;
  sockets: RoomSockets;
  presence: PresenceHub;
  /** The process monitor's interactions; null in accounts it does not measure (merchants). */
  interactions: InteractionDesk | null;
  /** Everything decided so far is in the database; rejects when it cannot be yet. */
  recordedNow: () => Promise<void>;
}

export async function handleFrame(
  parts: FrameParts,
  connection: Connection<ConnectionState>,
  state: ConnectionState,
  incoming: ClientFrame,
) {
  const { desk, sockets } = parts;
  const { actor } = state;
  const now = Date.now();
  const holder = holderOf(actor, state.presence.device);
  const reqId = incoming.reqId;
  const refusal = frameRefusal(actor.role, incoming.type, parts.permissions);
  if (refusal) return sockets.refuse(connection, refusal, reqId);
  const input = incoming.type === "heartbeat" ? incoming.active : incoming.type !== "presence-update";
  if (input && now - (state.activeAt ?? 0) >= ACTIVITY_NOTE_MS) connection.setState({ ...state, activeAt: now });
  const origin = { connection, reqId };
  switch (incoming.type) {
    case "lock-request":
      await desk.decide({ type: "acquire", by: holder }, now, origin);
      return;
    case "lock-release":
      await desk.decide({ type: "release", by: holder }, now, origin);
      return;
    case "lock-takeover":
      await desk.decide({ type: "takeover", by: holder, reason: redactFreeText(incoming.reason, now) }, now, origin);
      return;
    case "handoff-request": {
      const message = incoming.message && redactFreeText(incoming.message, now);
      await desk.decide({ type: "handoff-request", by: holder, requestId: newId("hof") }, now, { ...origin, message });
      return;
    }
    case "handoff-answer": {
      const requester = (await desk.lock()).handoff?.from.staffId;
      const requesterPresent = !!requester && sockets.isHere(requester);
      const answer = {
        type: "handoff-answer" as const,
        by: holder,
        requestId: incoming.requestId,
        accept: incoming.accept,
        requesterPresent,
      };
      await desk.decide(answer, now, origin);
      return;
    }
    case "heartbeat": {
      const lock = await desk.decide({ type: "heartbeat", by: holder, active: incoming.active }, now);
      if (reqId) {
        try {
          await parts.recordedNow();
        } catch {
          sockets.refuse(connection, new AppError("UNAVAILABLE", "Not recorded yet; the room keeps trying"), reqId);
          return;
        }
      }
      const renewed = lock.owner?.staffId === actor.id ? { expiresAt: lock.expiresAt } : {};
      if (reqId || renewed.expiresAt) sockets.send(connection, { type: "ack", ...(reqId ? { reqId } : {}), serverTime: now, ...renewed });
      return;
    }
    case "step-batch": {
      try {
        if (!parts.interactions) throw new AppError("NOT_FOUND", "Serving time is not measured on this account");
        await parts.interactions.receive(actor, incoming, now);
      } catch (error) {
        if (error instanceof AppError) return sockets.refuse(connection, error, reqId);
        throw error;
      }
      if (reqId) sockets.send(connection, { type: "ack", reqId, serverTime: now });
      return;
    }
    case "presence-update": {
      const before = state.presence;
      const next = applyPresenceState(before, incoming.state, incoming.device, now);
      connection.setState({ ...state, presence: next });
      if (next.state !== before.state || next.device !== before.device) parts.presence.changed();
      if (reqId) sockets.send(connection, { type: "ack", reqId, serverTime: now });
      return;
    }
  }
}
