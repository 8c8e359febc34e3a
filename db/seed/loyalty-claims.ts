// A customer's promo claims for the loyalty seed: attempts decided by the real limiter and lockout
// rules (core/domain), so claims, failed claims and lockouts never contradict them.
import { decideClaim, type Limiter } from "../../core/domain/promo-limits";
import { afterAttempt, CLEAR_LOCKOUT, isLockedOut } from "../../core/domain/promo-lockout";
import { DAY } from "./bundle";
import type { Customer, LoyaltyBundle } from "./loyalty-bundle";
import type { Catalog } from "./loyalty-catalog";
import { type Attempt, CUSTOMER_ONE_STORY } from "./loyalty-one";
import type { Random } from "./random";

const HOUR = 3_600_000;

/** Who reset the lockouts the seed shows as reset on an earlier call: a rep of the customer's own org. */
const RESETTERS: Record<string, { id: string; name: string }> = {
  org_northwind: { id: "stf_ben", name: "Ben Brooks" },
  org_harbor: { id: "stf_zoe", name: "Zoe Lindqvist" },
};

const TYPOS = ["SPRNG20", "WEEKEND2", "TECH 10", "FREESHIPP", "WELCOM15", "SAVE50", "GIFT100"];

/** Claims decided by the real rules, in time order; answers whether the customer is locked out at the anchor. */
export function addClaims(
  b: LoyaltyBundle,
  c: Customer,
  rng: Random,
  catalog: Catalog,
  anchor: number,
  tierAt: (at: number) => string,
  isOne: boolean,
): boolean {
  const attempts: Attempt[] = isOne
    ? CUSTOMER_ONE_STORY.attempts(anchor)
    : Array.from({ length: rng.chance(0.3) ? 0 : rng.int(1, 4) }, (): Attempt[] => {
        const channel = rng.pick(["app", "web", "in_store"] as const);
        if (rng.chance(0.25)) return [{ typed: rng.pick(TYPOS), at: anchor - rng.int(1, 200) * DAY + rng.int(13, 23) * HOUR, channel }];
        // Mostly while the code runs; now and then after it ended. Some try the same code again the next day.
        const code = rng.pick(catalog.codes.filter((x) => x.startsAt < anchor));
        const from = Math.max(code.startsAt, anchor - 200 * DAY);
        const to = Math.min(code.endsAt, anchor) - HOUR;
        const at = rng.chance(0.85) && to > from ? from + Math.floor(rng.next() * (to - from)) : code.endsAt + rng.int(1, 20) * DAY;
        const first = { typed: code.code, at: Math.min(at, anchor - HOUR), channel };
        return rng.chance(0.3) ? [first, { ...first, at: Math.min(first.at + DAY, anchor - HOUR) }] : [first];
      }).flat();
  // A few customers hammer the promo box with guesses: five misses in minutes lock them out.
  if (!isOne && rng.chance(0.06)) {
    const base = anchor - rng.int(0, 2) * DAY - rng.int(2, 20) * HOUR;
    for (let k = 0; k < 5; k++) attempts.push({ typed: rng.pick(TYPOS), at: base + k * 90_000, channel: "app" });
  }
  let state = CLEAR_LOCKOUT;
  const accepted = new Map<string, number[]>();
  for (const attempt of attempts.sort((x, y) => x.at - y.at)) {
    const row = catalog.codes.find((x) => x.code === attempt.typed.toUpperCase()) ?? null;
    const rule = row && {
      code: row.code,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      eligibleTiers: row.eligibleTiers ? (JSON.parse(row.eligibleTiers) as string[]) : null,
      limiters: JSON.parse(row.limiters ?? "[]") as Limiter[],
      timeZone: row.timeZone ?? "America/New_York",
    };
    const previous = row ? (accepted.get(row.id) ?? []) : [];
    const decision = decideClaim({ rule, tier: tierAt(attempt.at), previous, at: attempt.at, lockedOut: isLockedOut(state, attempt.at) });
    const n = b.claims.length + b.claimErrors.length + 1;
    if (decision.ok && row) {
      accepted.set(row.id, [...previous, attempt.at]);
      b.claims.push({
        id: `pcl_${c.id.slice(4)}_${n}`,
        orgId: c.orgId,
        customerId: c.id,
        promoCodeId: row.id,
        code: row.code,
        claimedAt: attempt.at,
        channel: attempt.channel,
        storeId: attempt.channel === "in_store" ? (b.customerStores[0]?.storeId ?? null) : null,
      });
    } else if (!decision.ok) {
      b.claimErrors.push({
        id: `pce_${c.id.slice(4)}_${n}`,
        orgId: c.orgId,
        customerId: c.id,
        codeTyped: attempt.typed,
        promoCodeId: row?.id ?? null,
        reason: decision.reason,
        limiter: decision.limiter,
        at: attempt.at,
        channel: attempt.channel,
      });
    }
    state = afterAttempt(state, decision.ok, attempt.at);
  }
  if (b.claimErrors.length > 0 || state.lockedAt !== null) {
    // Some lockouts were reset by a rep on an earlier call.
    const reset = !isOne && state.lockedUntil !== null && state.lockedUntil > anchor && rng.chance(0.3);
    const resetAt = reset ? Math.max(state.lockedAt ?? anchor, anchor - HOUR * 2) : state.resetAt;
    b.lockout = {
      customerId: c.id,
      orgId: c.orgId,
      failures: JSON.stringify(state.failures),
      lockedAt: state.lockedAt,
      lockedUntil: reset ? resetAt : state.lockedUntil,
      resetAt,
      resetById: reset ? RESETTERS[c.orgId]?.id : null,
      resetByName: reset ? RESETTERS[c.orgId]?.name : null,
    };
    if (reset) state = { ...state, lockedUntil: resetAt, resetAt };
  }
  return isLockedOut(state, anchor);
}
