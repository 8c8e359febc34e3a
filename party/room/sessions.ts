// Which connected actors' sessions have ended (signed out elsewhere, expired, user disabled).
import { inArray } from "drizzle-orm";
import type { Connection } from "partyserver";
import type { Actor } from "../../core/domain/actor";
import type { ServerFrameBody } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { sessions, staff } from "../../db/schema";
import type { ConnectionState } from "./connection";

type Ended = Map<string, "signed-out" | "disabled" | "expired">;

/** The two reads that say whose sessions have ended: run alone, or at the end of a caller's batch. */
export function sessionReads(db: Database, actors: Actor[]) {
  const ids = [...new Set(actors.map((a) => a.sessionId))];
  const staffIds = [...new Set(actors.map((a) => a.id))];
  return [
    db.select().from(sessions).where(inArray(sessions.id, ids)),
    db.select({ id: staff.id, status: staff.status }).from(staff).where(inArray(staff.id, staffIds)),
  ] as const;
}

/** Whose sessions have ended, from what `sessionReads` found. */
export function endedFrom(
  actors: Actor[],
  rows: (typeof sessions.$inferSelect)[],
  people: { id: string; status: string }[],
  now: number,
): Ended {
  const ended: Ended = new Map();
  const disabled = new Set(people.filter((p) => p.status !== "active").map((p) => p.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const actor of actors) {
    const row = byId.get(actor.sessionId);
    if (disabled.has(actor.id)) ended.set(actor.sessionId, "disabled");
    else if (!row || row.revokedAt !== null) ended.set(actor.sessionId, "signed-out");
    // A live socket is use, so only the absolute timeout ends it here (the idle one applies to HTTP).
    else if (now >= row.expiresAt) ended.set(actor.sessionId, "expired");
  }
  return ended;
}

export async function endedSessions(db: Database, actors: Actor[], now: number): Promise<Ended> {
  if (actors.length === 0) return new Map();
  const [rows, people] = await db.batch(sessionReads(db, actors));
  return endedFrom(actors, rows, people, now);
}

type EndReason = "signed-out" | "disabled" | "expired";

/** Tells and closes every socket whose actor's session ended; answers the ids it closed. */
export function closeSockets(
  connections: Connection<ConnectionState>[],
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
