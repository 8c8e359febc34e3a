// Promo codes: a customer's claims, failed claims and lockout; a code's rule and this customer's
// earlier claims of it (for the limiters); the statements a claim or a reset writes; and search
// by a code claimed.
import { and, asc, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { CLEAR_LOCKOUT, type LockoutState } from "../../core/domain/promo-lockout";
import { prefixUpperBound } from "../../core/domain/search";
import type { Database } from "../client";
import { promoClaimErrors, promoClaims, promoCodes, promoLockouts, stores } from "../schema";
import type { Statement } from "./audit";

export type PromoCodeRow = typeof promoCodes.$inferSelect;
export type LockoutRow = typeof promoLockouts.$inferSelect;

/** Everything the promo codes tab shows, in one round trip. */
export async function promoRecord(db: Database, customerId: string) {
  const [claims, errors, lockouts] = await db.batch([
    db
      .select({ claim: promoClaims, description: promoCodes.description, storeName: stores.name })
      .from(promoClaims)
      .innerJoin(promoCodes, eq(promoCodes.id, promoClaims.promoCodeId))
      .leftJoin(stores, eq(stores.id, promoClaims.storeId))
      .where(eq(promoClaims.customerId, customerId))
      .orderBy(desc(promoClaims.claimedAt))
      .limit(100),
    db.select().from(promoClaimErrors).where(eq(promoClaimErrors.customerId, customerId)).orderBy(desc(promoClaimErrors.at)).limit(100),
    db.select().from(promoLockouts).where(eq(promoLockouts.customerId, customerId)),
  ]);
  // The codes this customer met: their limiters are what the limiters list explains.
  const codeIds = [
    ...new Set([...claims.map((c) => c.claim.promoCodeId), ...errors.flatMap((e) => (e.promoCodeId ? [e.promoCodeId] : []))]),
  ];
  const codes =
    codeIds.length === 0 ? [] : await db.select().from(promoCodes).where(inArray(promoCodes.id, codeIds)).orderBy(asc(promoCodes.code));
  return { claims, errors, lockout: lockouts[0] ?? null, codes };
}

export function lockoutState(row: LockoutRow | null): LockoutState {
  if (!row) return CLEAR_LOCKOUT;
  let failures: number[] = [];
  try {
    const parsed: unknown = JSON.parse(row.failures);
    if (Array.isArray(parsed)) failures = parsed.filter((t): t is number => typeof t === "number");
  } catch {
    failures = [];
  }
  return { failures, lockedAt: row.lockedAt, lockedUntil: row.lockedUntil, resetAt: row.resetAt };
}

export async function findLockout(db: Database, customerId: string): Promise<LockoutRow | null> {
  const [row] = await db.select().from(promoLockouts).where(eq(promoLockouts.customerId, customerId));
  return row ?? null;
}

export async function findPromoCode(db: Database, orgId: string, code: string): Promise<PromoCodeRow | null> {
  const [row] = await db
    .select()
    .from(promoCodes)
    .where(and(eq(promoCodes.orgId, orgId), eq(promoCodes.code, code.toUpperCase())))
    .limit(1);
  return row ?? null;
}

/** When this customer's accepted claims of the code were made. */
export async function claimTimes(db: Database, customerId: string, promoCodeId: string): Promise<number[]> {
  const rows = await db
    .select({ at: promoClaims.claimedAt })
    .from(promoClaims)
    .where(and(eq(promoClaims.customerId, customerId), eq(promoClaims.promoCodeId, promoCodeId)));
  return rows.map((r) => r.at);
}

export function insertClaim(db: Database, row: typeof promoClaims.$inferInsert): Statement {
  return db.insert(promoClaims).values(row);
}

export function insertClaimError(db: Database, row: typeof promoClaimErrors.$inferInsert): Statement {
  return db.insert(promoClaimErrors).values(row);
}

/** Writes the lockout state (and who reset it, when a rep did). */
export function saveLockout(
  db: Database,
  row: { customerId: string; orgId: string; state: LockoutState; resetBy?: { id: string; name: string } },
): Statement {
  const values = {
    failures: JSON.stringify(row.state.failures),
    lockedAt: row.state.lockedAt,
    lockedUntil: row.state.lockedUntil,
    resetAt: row.state.resetAt,
    ...(row.resetBy ? { resetById: row.resetBy.id, resetByName: row.resetBy.name } : {}),
  };
  return db
    .insert(promoLockouts)
    .values({ customerId: row.customerId, orgId: row.orgId, ...values })
    .onConflictDoUpdate({ target: promoLockouts.customerId, set: values });
}

/** Customers of the org who claimed a code starting with `prefix` (codes are upper case), by id. */
export async function customersByClaimedCode(db: Database, orgId: string, prefix: string, page: { limit: number; offset: number }) {
  const rows = await db
    .selectDistinct({ customerId: promoClaims.customerId })
    .from(promoClaims)
    .where(and(eq(promoClaims.orgId, orgId), gte(promoClaims.code, prefix), lt(promoClaims.code, prefixUpperBound(prefix))))
    .orderBy(asc(promoClaims.customerId))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => r.customerId);
}
