// The phone line's records: calls and their turns, who a calling number is, keypad-verification
// lockouts, the signatures of requests already served, and the transferred callers waiting for a rep.
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { type Database, rowsAffected } from "../client";
import { customers, orgs, voiceCalls, voiceLockouts, voiceRequestsSeen, voiceTurns } from "../schema";
import type { Statement } from "./audit";

export type VoiceCallRow = typeof voiceCalls.$inferSelect;
export type VoiceCallChanges = Partial<Omit<typeof voiceCalls.$inferInsert, "id" | "orgId" | "callSid">>;

export async function orgBySlug(db: Database, slug: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.slug, slug)).limit(1);
  return row ?? null;
}

/**
 * Records a signed request's signature; false when it was seen before (a replay). The insert is the
 * check, so two copies racing each other cannot both pass.
 */
export async function firstSighting(db: Database, signatureHash: string, at: number): Promise<boolean> {
  const result = await db.insert(voiceRequestsSeen).values({ signatureHash, at }).onConflictDoNothing().run();
  return rowsAffected(result) === 1;
}

export async function findCall(db: Database, orgId: string, callSid: string): Promise<VoiceCallRow | null> {
  const [row] = await db
    .select()
    .from(voiceCalls)
    .where(and(eq(voiceCalls.callSid, callSid), eq(voiceCalls.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function findCallById(db: Database, orgId: string, id: string): Promise<VoiceCallRow | null> {
  const [row] = await db
    .select()
    .from(voiceCalls)
    .where(and(eq(voiceCalls.id, id), eq(voiceCalls.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export function insertCall(db: Database, row: typeof voiceCalls.$inferInsert): Statement {
  return db.insert(voiceCalls).values(row);
}

export function updateCall(db: Database, id: string, changes: VoiceCallChanges): Statement {
  return db.update(voiceCalls).set(changes).where(eq(voiceCalls.id, id));
}

export function insertTurns(db: Database, rows: (typeof voiceTurns.$inferInsert)[]): Statement[] {
  return rows.length > 0 ? [db.insert(voiceTurns).values(rows)] : [];
}

export function turnsOf(db: Database, callId: string) {
  return db.select().from(voiceTurns).where(eq(voiceTurns.callId, callId)).orderBy(asc(voiceTurns.seq));
}

/** The org's customers whose number this is (at most two: more than one identifies nobody). */
export function customersWithPhone(db: Database, orgId: string, phoneDigits: string) {
  return db
    .select({ id: customers.id, ssn: customers.ssn, postalCode: customers.postalCode, teamId: customers.teamId })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.phoneDigits, phoneDigits)))
    .limit(2);
}

export async function lockoutOf(db: Database, orgId: string, fromDigits: string) {
  const [row] = await db
    .select()
    .from(voiceLockouts)
    .where(and(eq(voiceLockouts.orgId, orgId), eq(voiceLockouts.fromDigits, fromDigits)))
    .limit(1);
  return row ?? null;
}

export function saveLockout(db: Database, row: typeof voiceLockouts.$inferInsert): Statement {
  return db
    .insert(voiceLockouts)
    .values(row)
    .onConflictDoUpdate({
      target: [voiceLockouts.orgId, voiceLockouts.fromDigits],
      set: { failures: row.failures, firstFailureAt: row.firstFailureAt, lockedUntil: row.lockedUntil },
    });
}

/** Transferred callers nobody has taken yet, still on the line, newest first. */
export function waitingCalls(db: Database, orgId: string, since: number) {
  return db
    .select({
      id: voiceCalls.id,
      customerId: voiceCalls.customerId,
      name: customers.fullName,
      fromDigits: voiceCalls.fromDigits,
      verified: voiceCalls.verified,
      question: voiceCalls.question,
      answer: voiceCalls.answer,
      articleId: voiceCalls.articleId,
      articleVersion: voiceCalls.articleVersion,
      confidence: voiceCalls.confidence,
      reason: voiceCalls.transferReason,
      transferredAt: voiceCalls.transferredAt,
    })
    .from(voiceCalls)
    .leftJoin(customers, eq(customers.id, voiceCalls.customerId))
    .where(and(eq(voiceCalls.orgId, orgId), gt(voiceCalls.transferredAt, since), isNull(voiceCalls.takenBy), isNull(voiceCalls.endedAt)))
    .orderBy(desc(voiceCalls.transferredAt))
    .limit(50);
}

/** A rep takes a waiting caller; only the first to ask gets it. */
export async function takeCall(db: Database, orgId: string, id: string, staff: { id: string; name: string }): Promise<boolean> {
  const result = await db
    .update(voiceCalls)
    .set({ takenBy: staff.id, takenByName: staff.name })
    .where(
      and(eq(voiceCalls.id, id), eq(voiceCalls.orgId, orgId), isNull(voiceCalls.takenBy), sql`${voiceCalls.transferredAt} IS NOT NULL`),
    )
    .run();
  return rowsAffected(result) === 1;
}
