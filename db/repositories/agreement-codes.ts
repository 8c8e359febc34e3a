// One-time signing codes: issue (hashed), check a typed code against the newest live one (counting
// tries), and the statement that spends a verified code in the signature's batch.
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { newId, sha256Hex } from "../crypto";
import { agreementCodes } from "../schema";

export const CODE_TTL_MS = 10 * 60_000;
export const CODE_TRIES = 5;
export const CODES_PER_AGREEMENT = 5;
export const CODE_RESEND_MS = 30_000;

export type CodeRow = typeof agreementCodes.$inferSelect;
const codeHash = (agreementId: string, code: string) => sha256Hex(`${agreementId}:${code}`);

/** Six random digits, uniformly (rejection sampling keeps 000000..999999 equally likely). */
export function newSigningCode(): string {
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < 4_294_000_000) return String(value % 1_000_000).padStart(6, "0");
  }
}

export async function codesOf(db: Database, agreementId: string): Promise<CodeRow[]> {
  return db.select().from(agreementCodes).where(eq(agreementCodes.agreementId, agreementId)).orderBy(desc(agreementCodes.sentAt));
}

export async function issueCode(
  db: Database,
  agreementId: string,
  channel: CodeRow["channel"],
  code: string,
  now: number,
): Promise<CodeRow> {
  const row: CodeRow = {
    id: newId("cod"),
    agreementId,
    codeHash: await codeHash(agreementId, code),
    channel,
    sentAt: now,
    expiresAt: now + CODE_TTL_MS,
    attempts: 0,
    verifiedAt: null,
    usedAt: null,
  };
  await db.insert(agreementCodes).values(row);
  return row;
}

export type CodeCheck = { ok: true; codeId: string } | { ok: false; reason: "none" | "expired" | "tries" | "wrong"; triesLeft?: number };

/** Checks a typed code against the newest unspent code; a wrong one uses up a try (5 in all). */
export async function checkCode(db: Database, agreementId: string, typed: string, now: number): Promise<CodeCheck> {
  const [live] = (await codesOf(db, agreementId)).filter((c) => c.usedAt === null);
  if (!live) return { ok: false, reason: "none" };
  if (now >= live.expiresAt) return { ok: false, reason: "expired" };
  if (live.attempts >= CODE_TRIES) return { ok: false, reason: "tries" };
  if ((await codeHash(agreementId, typed)) !== live.codeHash) {
    await db
      .update(agreementCodes)
      .set({ attempts: live.attempts + 1 })
      .where(eq(agreementCodes.id, live.id));
    const triesLeft = CODE_TRIES - live.attempts - 1;
    return triesLeft > 0 ? { ok: false, reason: "wrong", triesLeft } : { ok: false, reason: "tries" };
  }
  await db.update(agreementCodes).set({ verifiedAt: now }).where(eq(agreementCodes.id, live.id));
  return { ok: true, codeId: live.id };
}

/** The verified, unspent code a signature presents (null when there is none). */
export async function verifiedCode(db: Database, agreementId: string, codeId: string): Promise<CodeRow | null> {
  const [row] = await db
    .select()
    .from(agreementCodes)
    .where(
      and(
        eq(agreementCodes.id, codeId),
        eq(agreementCodes.agreementId, agreementId),
        isNotNull(agreementCodes.verifiedAt),
        isNull(agreementCodes.usedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

export function spendCode(db: Database, codeId: string, now: number) {
  return db
    .update(agreementCodes)
    .set({ usedAt: now })
    .where(and(eq(agreementCodes.id, codeId), isNull(agreementCodes.usedAt)));
}
