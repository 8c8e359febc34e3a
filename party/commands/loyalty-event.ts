// loyalty.event: what the loyalty platform reports (a check-in, a purchase, an achievement, a promo
// code typed into the app), recorded through the customer's room as the system, so it reaches every
// open screen, and the metrics and tags follow. A promo claim is decided by the limiter and lockout
// rules; a refused claim is recorded too (it is what reps are asked about).
import type * as v from "valibot";
import { decideClaim, type Limiter } from "../../core/domain/promo-limits";
import { afterAttempt, isLockedOut } from "../../core/domain/promo-lockout";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { LoyaltyEvent, LoyaltyEventCommandSchema } from "../../core/protocol/loyalty-commands";
import { insertEngagement, insertTransaction } from "../../db/repositories/engagement";
import {
  claimTimes,
  findLockout,
  findPromoCode,
  insertClaim,
  insertClaimError,
  lockoutState,
  saveLockout,
} from "../../db/repositories/promos";
import { findStore, visitStore } from "../../db/repositories/stores";
import { earnPoints, retag } from "./loyalty-support";
import type { CommandContext, CommandHandler, CommandPlan } from "./types";

type Command = v.InferOutput<typeof LoyaltyEventCommandSchema>;
const POINT_RATES: Record<string, number> = { bronze: 1, silver: 1.25, gold: 1.5, platinum: 2 };
const CHECKIN_POINTS = 50;
const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

async function storeOf(ctx: CommandContext, storeId: string | null | undefined) {
  if (!storeId) return null;
  const store = await findStore(ctx.db, ctx.customer.orgId, storeId);
  if (!store) throw new AppError("NOT_FOUND", "No such store in this org", { storeId });
  return store;
}

/** The plan every event shares: a system note naming the event (kept for review), the feed item, the audit row. */
function planOf(
  command: Command,
  statements: CommandPlan["statements"],
  summary: string,
  activity: CommandPlan["activity"],
  reply: CommandPlan["reply"] = {},
) {
  return {
    statements,
    note: {
      text: `Loyalty platform: ${summary}`,
      category: "general",
      action: "loyalty.event",
      kind: "system" as const,
      id: `not_evt_${command.eventId}`,
    },
    activity,
    audit: { action: "loyalty.event", targetType: "loyalty_event", targetId: command.eventId, details: { kind: command.event.kind } },
    reply: { outcome: "recorded", ...reply },
    // Points moved the balance (and maybe the tier) on the customer record every screen shows.
    accountChanged: command.event.kind !== "promo-claim",
  } satisfies CommandPlan;
}

async function purchase(ctx: CommandContext, command: Command, e: Extract<LoyaltyEvent, { kind: "purchase" }>) {
  if (e.discountCents > e.subtotalCents)
    throw new AppError("VALIDATION", "The discount is more than the subtotal", [
      { path: "event.discountCents", message: "more than the subtotal" },
    ]);
  const store = await storeOf(ctx, e.storeId);
  const total = e.subtotalCents - e.discountCents + e.taxCents;
  const points = Math.floor((total / 100) * (POINT_RATES[ctx.customer.tier] ?? 1));
  const id = ctx.id("ltx");
  const earned = await earnPoints(ctx, points);
  const where = store ? `at ${store.name}` : e.channel === "online" ? "online" : "in the app";
  const summary = `Purchase of ${dollars(total)} ${where}`;
  return planOf(
    command,
    [
      insertTransaction(ctx.db, {
        id,
        orgId: ctx.customer.orgId,
        customerId: ctx.customer.id,
        storeId: store?.id ?? null,
        at: ctx.now,
        channel: e.channel,
        items: e.items,
        subtotalCents: e.subtotalCents,
        discountCents: e.discountCents,
        taxCents: e.taxCents,
        totalCents: total,
        pointsEarned: points,
        tierKey: ctx.customer.tier,
        promoCode: null,
      }),
      ...(store ? [visitStore(ctx.db, ctx.customer.id, store.id, ctx.now)] : []),
      ...earned.statements,
      ...(await retag(ctx, { tier: earned.tier, spendCents: total, storeId: store?.id ?? null })),
    ],
    summary,
    { kind: "transaction", summary, data: { transactionId: id, totalCents: total, points } },
  );
}

async function engagement(ctx: CommandContext, command: Command, e: Extract<LoyaltyEvent, { kind: "checkin" | "achievement" }>) {
  const store = e.kind === "checkin" ? await storeOf(ctx, e.storeId) : null;
  const points = e.kind === "checkin" ? CHECKIN_POINTS : e.points;
  const name = e.kind === "checkin" ? e.method : e.name;
  const earned = await earnPoints(ctx, points);
  const summary = e.kind === "checkin" ? `Checked in at ${store?.name ?? "a store"} (${name})` : `Achievement: ${name}`;
  return planOf(
    command,
    [
      insertEngagement(ctx.db, {
        id: ctx.id("eng"),
        orgId: ctx.customer.orgId,
        customerId: ctx.customer.id,
        kind: e.kind,
        storeId: store?.id ?? null,
        name,
        points,
        at: ctx.now,
      }),
      ...(store ? [visitStore(ctx.db, ctx.customer.id, store.id, ctx.now)] : []),
      ...earned.statements,
      ...(await retag(ctx, { tier: earned.tier, storeId: store?.id ?? null })),
    ],
    summary,
    { kind: e.kind, summary, data: { points, ...(store ? { storeId: store.id } : {}) } },
  );
}

async function promoClaim(ctx: CommandContext, command: Command, e: Extract<LoyaltyEvent, { kind: "promo-claim" }>) {
  const { customer, now } = ctx;
  const store = await storeOf(ctx, e.storeId);
  const code = await findPromoCode(ctx.db, customer.orgId, e.code);
  const before = lockoutState(await findLockout(ctx.db, customer.id));
  const rule = code && {
    code: code.code,
    startsAt: code.startsAt,
    endsAt: code.endsAt,
    eligibleTiers: code.eligibleTiers ? (JSON.parse(code.eligibleTiers) as string[]) : null,
    limiters: JSON.parse(code.limiters) as Limiter[],
    timeZone: code.timeZone,
  };
  const previous = code ? await claimTimes(ctx.db, customer.id, code.id) : [];
  const decision = decideClaim({ rule, tier: customer.tier, previous, at: now, lockedOut: isLockedOut(before, now) });
  const after = afterAttempt(before, decision.ok, now);
  // What the customer typed is free text: a card number typed into the promo box keeps its last 4 only.
  const typed = redactFreeText(e.code, now);
  const row = { id: ctx.id(decision.ok ? "pcl" : "pce"), orgId: customer.orgId, customerId: customer.id, channel: e.channel };
  const record =
    decision.ok && code
      ? insertClaim(ctx.db, { ...row, promoCodeId: code.id, code: code.code, claimedAt: now, storeId: store?.id ?? null })
      : insertClaimError(ctx.db, {
          ...row,
          codeTyped: typed,
          promoCodeId: code?.id ?? null,
          reason: decision.ok ? "invalid" : decision.reason,
          limiter: decision.ok ? null : decision.limiter,
          at: now,
        });
  const locksNow = !isLockedOut(before, now) && isLockedOut(after, now);
  const summary = decision.ok
    ? `Promo code ${code?.code} claimed`
    : `Promo code ${typed} refused: ${decision.message}${locksNow ? "; promo codes are now locked" : ""}`;
  return planOf(
    command,
    [
      record,
      saveLockout(ctx.db, { customerId: customer.id, orgId: customer.orgId, state: after }),
      ...(await retag(ctx, { lockedOut: isLockedOut(after, now), claims: decision.ok ? 1 : 0 })),
    ],
    summary,
    { kind: "system", summary, data: { loyalty: locksNow ? "promo-lockout" : "promo-claim" } },
    decision.ok ? { outcome: "claimed" } : { outcome: "refused", reason: decision.reason, message: decision.message },
  );
}

export const loyaltyEvent: CommandHandler<Command> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    const e = command.event;
    if (e.kind === "purchase") return purchase(ctx, command, e);
    if (e.kind === "promo-claim") return promoClaim(ctx, command, e);
    return engagement(ctx, command, e);
  },
};
