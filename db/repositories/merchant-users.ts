// Merchant portal users, their sessions, and the one-time sign-in secrets (codes and links) mailed
// to them. Cookie tokens and secrets are stored as SHA-256 only.
import { and, asc, count, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { MerchantUser, MerchantUserRole, MerchantUserStatus } from "../../core/domain/merchant-user";
import { type Database, rowsAffected } from "../client";
import { newId, newToken, sha256Hex } from "../crypto";
import { merchantSessions, merchantSignInCodes, merchantSignInFailures, merchants, merchantUsers } from "../schema";

export type MerchantUserRow = typeof merchantUsers.$inferSelect;
export type SignInSecretRow = typeof merchantSignInCodes.$inferSelect;

export const MERCHANT_SESSION_IDLE_MS = 60 * 60_000;
export const MERCHANT_SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
const TOUCH_EVERY_MS = 60_000;

/** A code or link lives ten minutes and signs in once. */
export const SIGN_IN_SECRET_TTL_MS = 10 * 60_000;
/** Wrong codes one code may take before it is spent. */
export const CODE_TRIES = 5;
/** Failed tries in the window after which a user, or an address, must wait. */
export const FAILURES_PER_USER = 10;
export const FAILURES_PER_ADDRESS = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Codes or links one user may be sent in the window. */
export const SECRETS_PER_WINDOW = 5;

export const normalEmail = (email: string) => email.trim().toLowerCase();

export async function findMerchantUserByEmail(db: Database, email: string): Promise<MerchantUserRow | null> {
  const [row] = await db
    .select()
    .from(merchantUsers)
    .where(eq(merchantUsers.email, normalEmail(email)))
    .limit(1);
  return row ?? null;
}

export async function merchantUserById(db: Database, id: string): Promise<MerchantUserRow | null> {
  const [row] = await db.select().from(merchantUsers).where(eq(merchantUsers.id, id)).limit(1);
  return row ?? null;
}

export async function usersOfMerchant(db: Database, merchantId: string): Promise<MerchantUserRow[]> {
  return db
    .select()
    .from(merchantUsers)
    .where(eq(merchantUsers.merchantId, merchantId))
    .orderBy(asc(merchantUsers.createdAt), asc(merchantUsers.email));
}

/** Dev sign-in's picker: every portal user who may sign in, with their merchant's name. */
export async function devMerchantDirectory(
  db: Database,
): Promise<{ email: string; name: string; role: MerchantUserRole; merchant: string }[]> {
  return db
    .select({ email: merchantUsers.email, name: merchantUsers.name, role: merchantUsers.role, merchant: merchants.name })
    .from(merchantUsers)
    .innerJoin(merchants, eq(merchants.id, merchantUsers.merchantId))
    .where(or(eq(merchantUsers.status, "active"), eq(merchantUsers.status, "invited")))
    .orderBy(asc(merchantUsers.merchantId), asc(merchantUsers.email));
}

export function insertMerchantUser(
  db: Database,
  row: {
    id: string;
    orgId: string;
    merchantId: string;
    email: string;
    name: string;
    role: MerchantUserRole;
    status: MerchantUserStatus;
    invitedBy: string | null;
    now: number;
  },
) {
  return db.insert(merchantUsers).values({
    id: row.id,
    orgId: row.orgId,
    merchantId: row.merchantId,
    email: normalEmail(row.email),
    name: row.name,
    role: row.role,
    status: row.status,
    invitedBy: row.invitedBy,
    lastSignInAt: null,
    createdAt: row.now,
    updatedAt: row.now,
  });
}

export async function markSignedIn(db: Database, userId: string, now: number): Promise<void> {
  await db
    .update(merchantUsers)
    .set({ lastSignInAt: now, updatedAt: now, status: "active" })
    .where(and(eq(merchantUsers.id, userId), or(eq(merchantUsers.status, "active"), eq(merchantUsers.status, "invited"))));
}

export const mayPortalSignIn = (user: MerchantUserRow) => user.status === "active" || user.status === "invited";

/** A person's portal access taken away or given back (back to "invited" when they never signed in). */
export function setMerchantUserStatus(db: Database, user: MerchantUserRow, access: "active" | "disabled", now: number) {
  const status: MerchantUserStatus = access === "disabled" ? "disabled" : user.lastSignInAt === null ? "invited" : "active";
  return db.update(merchantUsers).set({ status, updatedAt: now }).where(eq(merchantUsers.id, user.id));
}

/** Every open session of the person ends (their access was taken away). */
export function revokeSessionsOf(db: Database, userId: string, now: number) {
  return db
    .update(merchantSessions)
    .set({ revokedAt: now })
    .where(and(eq(merchantSessions.merchantUserId, userId), isNull(merchantSessions.revokedAt)));
}

// ---- sessions ----

export async function merchantSessionIdForToken(token: string): Promise<string> {
  return sha256Hex(`merchant-session:${token}`);
}

export async function createMerchantSession(
  db: Database,
  userId: string,
  now: number,
  origin: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; expiresAt: number }> {
  const token = newToken();
  const id = await merchantSessionIdForToken(token);
  const expiresAt = now + MERCHANT_SESSION_ABSOLUTE_MS;
  await db
    .insert(merchantSessions)
    .values({ id, merchantUserId: userId, createdAt: now, lastSeenAt: now, expiresAt, ip: origin.ip, userAgent: origin.userAgent });
  return { token, id, expiresAt };
}

/** The merchant user behind a cookie token, or null when the session is unknown, ended, idle, or the user disabled. */
export async function resolveMerchantSession(db: Database, token: string, now: number): Promise<MerchantUser | null> {
  const id = await merchantSessionIdForToken(token);
  const [row] = await db
    .select({ session: merchantSessions, user: merchantUsers })
    .from(merchantSessions)
    .innerJoin(merchantUsers, eq(merchantUsers.id, merchantSessions.merchantUserId))
    .where(eq(merchantSessions.id, id))
    .limit(1);
  if (!row || row.session.revokedAt !== null) return null;
  if (now >= row.session.expiresAt || now - row.session.lastSeenAt >= MERCHANT_SESSION_IDLE_MS) return null;
  if (row.user.status !== "active") return null;
  if (now - row.session.lastSeenAt >= TOUCH_EVERY_MS) {
    await db.update(merchantSessions).set({ lastSeenAt: now }).where(eq(merchantSessions.id, id));
  }
  const u = row.user;
  return { id: u.id, orgId: u.orgId, merchantId: u.merchantId, email: u.email, name: u.name, role: u.role, sessionId: id };
}

export async function revokeMerchantSession(db: Database, sessionId: string, now: number): Promise<void> {
  await db
    .update(merchantSessions)
    .set({ revokedAt: now })
    .where(and(eq(merchantSessions.id, sessionId), isNull(merchantSessions.revokedAt)));
}

/** Deletes sessions that ended an hour or more before `now`. Idempotent; answers how many went. */
export async function deleteEndedMerchantSessions(db: Database, now: number): Promise<number> {
  const endedBy = now - 60 * 60_000;
  const result = await db
    .delete(merchantSessions)
    .where(
      or(
        lte(merchantSessions.expiresAt, endedBy),
        lte(merchantSessions.revokedAt, endedBy),
        lte(merchantSessions.lastSeenAt, endedBy - MERCHANT_SESSION_IDLE_MS),
      ),
    );
  return rowsAffected(result);
}

// ---- one-time codes and links ----

const secretHash = (kind: "code" | "link", userId: string, secret: string) =>
  sha256Hex(kind === "code" ? `portal-code:${userId}:${secret}` : `portal-link:${secret}`);

/** Six random digits, uniformly. */
export function newPortalCode(): string {
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < 4_294_000_000) return String(value % 1_000_000).padStart(6, "0");
  }
}

export async function secretsSentSince(db: Database, userId: string, since: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(merchantSignInCodes)
    .where(and(eq(merchantSignInCodes.merchantUserId, userId), gte(merchantSignInCodes.sentAt, since)));
  return row?.n ?? 0;
}

/** Issues a fresh code and a fresh link token for a user; earlier unspent ones stop working. */
export async function issueSignInSecrets(
  db: Database,
  userId: string,
  now: number,
  ttlMs = SIGN_IN_SECRET_TTL_MS,
): Promise<{ code: string; link: string }> {
  const code = newPortalCode();
  const link = newToken();
  await db.batch([
    db
      .update(merchantSignInCodes)
      .set({ usedAt: now })
      .where(and(eq(merchantSignInCodes.merchantUserId, userId), isNull(merchantSignInCodes.usedAt))),
    db.insert(merchantSignInCodes).values([
      {
        id: newId("msc"),
        merchantUserId: userId,
        kind: "code",
        secretHash: await secretHash("code", userId, code),
        sentAt: now,
        expiresAt: now + ttlMs,
        attempts: 0,
        usedAt: null,
      },
      {
        id: newId("msc"),
        merchantUserId: userId,
        kind: "link",
        secretHash: await secretHash("link", userId, link),
        sentAt: now,
        expiresAt: now + ttlMs,
        attempts: 0,
        usedAt: null,
      },
    ]),
  ]);
  return { code, link };
}

export type SecretCheck = { ok: true } | { ok: false; reason: "none" | "expired" | "used" | "tries" | "wrong"; triesLeft?: number };

/** Checks a typed code against the user's newest code; a wrong one uses a try; the right one is spent (single use). */
export async function spendCode(db: Database, userId: string, typed: string, now: number): Promise<SecretCheck> {
  const [live] = await db
    .select()
    .from(merchantSignInCodes)
    .where(and(eq(merchantSignInCodes.merchantUserId, userId), eq(merchantSignInCodes.kind, "code")))
    .orderBy(desc(merchantSignInCodes.sentAt))
    .limit(1);
  if (!live) return { ok: false, reason: "none" };
  if (live.usedAt !== null) return { ok: false, reason: live.attempts >= CODE_TRIES ? "tries" : "used" };
  if (now >= live.expiresAt) return { ok: false, reason: "expired" };
  if ((await secretHash("code", userId, typed)) !== live.secretHash) {
    const attempts = live.attempts + 1;
    await db
      .update(merchantSignInCodes)
      .set({ attempts, ...(attempts >= CODE_TRIES ? { usedAt: now } : {}) })
      .where(eq(merchantSignInCodes.id, live.id));
    return attempts < CODE_TRIES ? { ok: false, reason: "wrong", triesLeft: CODE_TRIES - attempts } : { ok: false, reason: "tries" };
  }
  // Spent only if nobody spent it first (two tabs typing the same code).
  const result = await db
    .update(merchantSignInCodes)
    .set({ usedAt: now })
    .where(and(eq(merchantSignInCodes.id, live.id), isNull(merchantSignInCodes.usedAt)));
  return rowsAffected(result) === 1 ? { ok: true } : { ok: false, reason: "used" };
}

/** A link's token: the user it signs in, once. */
async function findLink(db: Database, token: string) {
  const hash = await secretHash("link", "", token);
  const [row] = await db
    .select()
    .from(merchantSignInCodes)
    .where(and(eq(merchantSignInCodes.secretHash, hash), eq(merchantSignInCodes.kind, "link")))
    .limit(1);
  return row ?? null;
}

/** Whether a sign-in link would sign in now, without spending it. */
export async function linkState(db: Database, token: string, now: number): Promise<"usable" | "none" | "expired" | "used"> {
  const row = await findLink(db, token);
  if (!row) return "none";
  if (row.usedAt !== null) return "used";
  return now >= row.expiresAt ? "expired" : "usable";
}

export async function spendLink(
  db: Database,
  token: string,
  now: number,
): Promise<{ ok: true; userId: string } | { ok: false; reason: "none" | "expired" | "used"; userId?: string }> {
  const row = await findLink(db, token);
  if (!row) return { ok: false, reason: "none" };
  if (row.usedAt !== null) return { ok: false, reason: "used", userId: row.merchantUserId };
  if (now >= row.expiresAt) return { ok: false, reason: "expired", userId: row.merchantUserId };
  const result = await db
    .update(merchantSignInCodes)
    .set({ usedAt: now })
    .where(and(eq(merchantSignInCodes.id, row.id), isNull(merchantSignInCodes.usedAt)));
  return rowsAffected(result) === 1 ? { ok: true, userId: row.merchantUserId } : { ok: false, reason: "used", userId: row.merchantUserId };
}

// ---- the brute-force limit ----

export async function noteSignInFailure(db: Database, userId: string | null, ip: string | null, now: number): Promise<void> {
  await db.insert(merchantSignInFailures).values({ at: now, merchantUserId: userId, ip });
}

/** Whether the user, or the address, has failed too often in the window. */
export async function signInLocked(
  db: Database,
  userId: string | null,
  ip: string | null,
  now: number,
): Promise<"user" | "address" | null> {
  const since = now - FAILURE_WINDOW_MS;
  const [byUser, byAddress] = await Promise.all([
    userId
      ? db
          .select({ n: count() })
          .from(merchantSignInFailures)
          .where(and(eq(merchantSignInFailures.merchantUserId, userId), gte(merchantSignInFailures.at, since)))
      : Promise.resolve([{ n: 0 }]),
    ip
      ? db
          .select({ n: count() })
          .from(merchantSignInFailures)
          .where(and(eq(merchantSignInFailures.ip, ip), gte(merchantSignInFailures.at, since)))
      : Promise.resolve([{ n: 0 }]),
  ]);
  if ((byUser[0]?.n ?? 0) >= FAILURES_PER_USER) return "user";
  if ((byAddress[0]?.n ?? 0) >= FAILURES_PER_ADDRESS) return "address";
  return null;
}

/** Drops failures older than the window (the Cron's sweep). */
export async function deleteOldSignInFailures(db: Database, now: number): Promise<number> {
  return rowsAffected(await db.delete(merchantSignInFailures).where(lte(merchantSignInFailures.at, now - FAILURE_WINDOW_MS)));
}
