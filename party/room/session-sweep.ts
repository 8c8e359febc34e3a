// Sockets live no longer than their sessions: the sweep (on the room's alarm) closes the sockets of
// sessions that ended, were revoked, or idled out; a sign-out or a disabled account closes them at
// once. The owner's own session ending releases the lock; nobody else's does.
import type { Actor } from "../../core/domain/actor";
import type { Database } from "../../db/client";
import type { ConnectionState } from "./connection";
import type { LockDesk } from "./lock-desk";
import type { PresenceHub } from "./presence-hub";
import { closeSockets, type EndReason, endedSessions } from "./sessions";
import type { RoomSockets } from "./sockets";

export async function closeSessions(
  parts: { sockets: RoomSockets; desk: LockDesk; presence: PresenceHub },
  reasonFor: (actor: Actor) => EndReason | null,
): Promise<number> {
  const { sockets, desk, presence } = parts;
  const before = sockets.connections();
  const gone = closeSockets(before, reasonFor, (c, body) => sockets.send(c, body));
  if (gone.size === 0) return 0;
  const owner = (await desk.lock()).owner?.staffId;
  const ownerSignedOut = before.some((c) => gone.has(c.id) && c.state?.actor.id === owner);
  const ownerStillHere = before.some((c) => !gone.has(c.id) && c.state?.actor.id === owner);
  if (owner && ownerSignedOut && !ownerStillHere) await desk.decide({ type: "evict", staffId: owner }, Date.now());
  presence.changed(gone);
  return gone.size;
}

/** Closes the sockets whose sessions ended; a socket's recent input counts as its session's use. */
export async function sweepSessions(parts: { sockets: RoomSockets; desk: LockDesk; presence: PresenceHub; db: Database }): Promise<void> {
  const activeAt = new Map<string, number>();
  for (const c of parts.sockets.connections()) {
    const { actor, activeAt: at } = c.state as ConnectionState;
    activeAt.set(actor.sessionId, Math.max(activeAt.get(actor.sessionId) ?? 0, at ?? 0));
  }
  const ended = await endedSessions(parts.db, parts.sockets.actors(), Date.now(), activeAt);
  if (ended.size > 0) await closeSessions(parts, (actor) => ended.get(actor.sessionId) ?? null);
}
