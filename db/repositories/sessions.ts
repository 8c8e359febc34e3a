// Server-side sessions: the cookie holds a random token, the table its SHA-256.
import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { type Database, rowsAffected } from "../client";
import { newToken } from "../crypto";
import { sessions, staff, teams } from "../schema";
import { STAFF_COLUMNS, type StaffRecord } from "./staff";

export type SessionRow = typeof sessions.$inferSelect;

export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/**
 * How long an ended session's row is kept before the cron deletes it: long enough that every room's
 * session sweep (every 30 s) has closed its sockets, telling them why (expired rather than signed out).
 */
export const ENDED_SESSION_KEPT_MS = 60 * 60_000;
/** Sliding the idle timeout costs a write; do it at most once a minute per session. */
const TOUCH_EVERY_MS = 60_000;

export async function sessionIdForToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function createSession(
  db: Database,
  staffId: string,
  now: number,
  origin: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; expiresAt: number }> {
  const token = newToken();
  const id = await sessionIdForToken(token);
  const expiresAt = now + SESSION_ABSOLUTE_MS;
  await db.insert(sessions).values({ id, staffId, createdAt: now, lastSeenAt: now, expiresAt, ip: origin.ip, userAgent: origin.userAgent });
  return { token, id, expiresAt };
}

/** The staff member behind a cookie token, or null when the session is unknown, ended or idle. */
export async function resolveSession(db: Database, token: string, now: number): Promise<{ sessionId: string; staff: StaffRecord } | null> {
  const id = await sessionIdForToken(token);
  // One round trip on every request: the session with its person and their team's region.
  const [row] = await db
    .select({ session: sessions, staff: STAFF_COLUMNS })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .leftJoin(teams, eq(teams.id, staff.teamId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row || row.session.revokedAt !== null) return null;
  if (now >= row.session.expiresAt || now - row.session.lastSeenAt >= SESSION_IDLE_MS) return null;
  const person = row.staff as StaffRecord;
  if (person.status !== "active") return null;
  if (now - row.session.lastSeenAt >= TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { sessionId: id, staff: person };
}

export async function revokeSession(db: Database, sessionId: string, now: number): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeAllSessions(db: Database, staffId: string, now: number): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.staffId, staffId), isNull(sessions.revokedAt)));
}

/** Slides the idle timeout of sessions used through a room socket (never backwards). */
export async function touchSessions(db: Database, touches: { id: string; at: number }[]): Promise<void> {
  const [first, ...rest] = touches.map(({ id, at }) =>
    db
      .update(sessions)
      .set({ lastSeenAt: sql`max(${sessions.lastSeenAt}, ${at})` })
      .where(eq(sessions.id, id)),
  );
  if (first) await db.batch([first, ...rest]);
}

/**
 * What says whether sessions have ended: the sessions themselves and their people's status (a
 * disabled person's sessions end). Two reads, to run alone or at the end of a caller's batch.
 */
export function sessionStatusReads(db: Database, sessionIds: string[], staffIds: string[]) {
  return [
    db.select().from(sessions).where(inArray(sessions.id, sessionIds)),
    db.select({ id: staff.id, status: staff.status }).from(staff).where(inArray(staff.id, staffIds)),
  ] as const;
}

/**
 * Deletes the sessions that ended (expired, idled out or revoked) at least ENDED_SESSION_KEPT_MS
 * before `now`: they can never be used again. Idempotent; answers how many rows went.
 */
export async function deleteEndedSessions(db: Database, now: number): Promise<number> {
  const endedBy = now - ENDED_SESSION_KEPT_MS;
  const result = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, endedBy), lte(sessions.revokedAt, endedBy), lte(sessions.lastSeenAt, endedBy - SESSION_IDLE_MS)));
  return rowsAffected(result);
}
