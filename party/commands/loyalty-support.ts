// What the loyalty commands share: the automatic tags re-evaluated after a change, and points that
// may lift a customer into a higher tier (the balance, the qualifying points, the tier history).
import { isLockedOut } from "../../core/domain/promo-lockout";
import { ruleTags } from "../../core/domain/tag-rules";
import { checkLadder, tierForPoints } from "../../core/domain/tiers";
import { type CustomerChanges, updateCustomer } from "../../db/repositories/customers";
import { replaceTags } from "../../db/repositories/engagement";
import { addQualifyingPoints, enterTier, loyaltyRecord } from "../../db/repositories/loyalty";
import { tagFactsOf } from "../../db/repositories/metrics";
import { findLockout, lockoutState } from "../../db/repositories/promos";
import type { CommandContext, Statement } from "./types";

/** The change a command is about to write, which the stored facts do not show yet. */
export interface PendingFacts {
  tier?: string;
  lockedOut?: boolean;
  spendCents?: number;
  claims?: number;
  storeId?: string | null;
}

/** Statements that replace the customer's automatic tags with what the rules say after the change. */
export async function retag(ctx: CommandContext, pending: PendingFacts): Promise<Statement[]> {
  const { customer, now } = ctx;
  const [facts, lockout] = await Promise.all([tagFactsOf(ctx.db, customer.id), findLockout(ctx.db, customer.id)]);
  const stores = new Set(facts.storeIds);
  if (pending.storeId) stores.add(pending.storeId);
  const tags = ruleTags({
    tier: pending.tier ?? customer.tier,
    hasApp: facts.hasApp,
    pushOff: facts.pushOff,
    lockedOut: pending.lockedOut ?? isLockedOut(lockoutState(lockout), now),
    claims: facts.claims + (pending.claims ?? 0),
    lifetimeSpendCents: facts.lifetimeSpendCents + (pending.spendCents ?? 0),
    storesVisited: stores.size,
  });
  return replaceTags(
    ctx.db,
    customer,
    "rule",
    tags.map((t) => ({ tag: t.tag, label: t.tag, rule: t.rule })),
    now,
  );
}

/**
 * Points earned: added to the spendable balance and to the qualifying points; when those reach a
 * higher tier of a well-formed ladder, the customer enters it. Answers the statements and the tier after.
 */
export async function earnPoints(
  ctx: CommandContext,
  points: number,
): Promise<{ statements: Statement[]; tier: string; upgraded: boolean }> {
  const { customer, now } = ctx;
  const statements: Statement[] = [updateCustomer(ctx.db, customer.id, { loyaltyPoints: customer.loyaltyPoints + points, updatedAt: now })];
  const record = await loyaltyRecord(ctx.db, customer.orgId, customer.id);
  if (!record) return { statements, tier: customer.tier, upgraded: false };
  statements.push(addQualifyingPoints(ctx.db, customer.id, points));
  const ladder = checkLadder(record.ladder);
  if (!ladder.ok) return { statements, tier: customer.tier, upgraded: false };
  const reached = tierForPoints(ladder.tiers, record.membership.qualifyingPoints + points);
  const current = ladder.tiers.find((t) => t.key === customer.tier);
  if (!reached || (current && reached.rank <= current.rank)) return { statements, tier: customer.tier, upgraded: false };
  statements.push(
    updateCustomer(ctx.db, customer.id, { tier: reached.key as NonNullable<CustomerChanges["tier"]>, updatedAt: now }),
    ...enterTier(ctx.db, {
      id: ctx.id("tih"),
      orgId: customer.orgId,
      customerId: customer.id,
      systemId: record.system.id,
      tierId: reached.id,
      enteredAt: now,
      expiresAt: now + record.system.termMonths * 30 * 86_400_000,
      leftAt: null,
      reason: "earned",
    }),
  );
  return { statements, tier: reached.key, upgraded: true };
}
