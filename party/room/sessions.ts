// Which connected actors' sessions have ended (signed out elsewhere, disabled, expired, or idle), and
// closing their sockets. A socket's own use (the person's input, sent with heartbeats and frames)
// counts as activity: it keeps the session alive for HTTP too, so a rep working only in a room is
// not signed out, and a tab left open untouched ends with the idle timeout like any other.
import type { Connection } from "partyserver";
import type { Actor } from "../../core/domain/actor";
import type { ServerFrameBody } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { SESSION_IDLE_MS, type SessionRow, sessionStatusReads, touchSessions } from "../../db/repositories/sessions";

export type EndReason = "signed-out" | "disabled" | "expired";
type Ended = Map<string, EndReason>;

/** Whose sessions have ended, from what `sessionReads` found and each session's latest socket activity. */
export function endedFrom(
  actors: Actor[],
  rows: SessionRow[],
  people: { id: string; status: string }[],
  now: number,
  activeAt: ReadonlyMap<string, number> = new Map(),
): Ended {
  const ended: Ended = new Map();
  const disabled = new Set(people.filter((p) => p.status !== "active").map((p) => p.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const actor of actors) {
    const row = byId.get(actor.sessionId);
    if (disabled.has(actor.id)) ended.set(actor.sessionId, "disabled");
    else if (!row || row.revokedAt !== null) ended.set(actor.sessionId, "signed-out");
    else if (now >= row.expiresAt) ended.set(actor.sessionId, "expired");
    else if (now - Math.max(row.lastSeenAt, activeAt.get(actor.sessionId) ?? 0) >= SESSION_IDLE_MS) ended.set(actor.sessionId, "expired");
  }
  return ended;
}

/**
 * Ended sessions among these actors; sessions still alive whose sockets saw use since the session was
 * last touched are touched now (so their HTTP requests do not find them idle).
 */
/** The reads that say whether these actors' sessions ended: run alone, or at the end of a caller's batch. */
export function sessionReads(db: Database, actors: Actor[]) {
  return sessionStatusReads(db, [...new Set(actors.map((a) => a.sessionId))], [...new Set(actors.map((a) => a.id))]);
}

export async function endedSessions(
  db: Database,
  actors: Actor[],
  now: number,
  activeAt: ReadonlyMap<string, number> = new Map(),
): Promise<Ended> {
  if (actors.length === 0) return new Map();
  const [rows, people] = await db.batch(sessionReads(db, actors));
  const ended = endedFrom(actors, rows, people, now, activeAt);
  const touches = rows
    .filter((r) => !ended.has(r.id) && (activeAt.get(r.id) ?? 0) > r.lastSeenAt)
    .map((r) => ({ id: r.id, at: activeAt.get(r.id) ?? now }));
  await touchSessions(db, touches);
  return ended;
}

/** Tells and closes every socket whose actor's session ended; answers the ids it closed. */
export function closeSockets<S extends { actor: Actor }>(
  connections: Connection<S>[],
  reasonFor: (actor: Actor) => EndReason | null,
  send: (connection: Connection, body: ServerFrameBody) => void,
): Set<string> {
  const gone = new Set<string>();
  for (const c of connections) {
    const reason = c.state ? reasonFor(c.state.actor) : null;
    if (!reason) continue;
    send(c, { type: "session-ended", reason });
    c.close(4401, reason);
    gone.add(c.id);
  }
  return gone;
}
