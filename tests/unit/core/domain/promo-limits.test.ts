// Promo claims: worked examples of each refusal and limiter in New York time, and generated claim
// sequences checked against a reference written from the rules (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideClaim, describeLimiter, type Limiter, type PromoRule } from "../../../../core/domain/promo-limits";

const NY = "America/New_York";
const rule = (limiters: Limiter[], extra: Partial<PromoRule> = {}): PromoRule => ({
  code: "SPRING20",
  startsAt: Date.UTC(2026, 0, 1),
  endsAt: Date.UTC(2027, 0, 1),
  eligibleTiers: null,
  limiters,
  timeZone: NY,
  ...extra,
});
const claim = (r: PromoRule | null, at: number, previous: number[] = [], extra: { tier?: string; lockedOut?: boolean } = {}) =>
  decideClaim({ rule: r, at, previous, tier: extra.tier ?? "silver", lockedOut: extra.lockedOut ?? false });
// In November 2026 New York is on EST, UTC-5: 9 am local is 14:00 UTC.
const ny = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour + 5, minute);

describe("a claim's refusals", () => {
  it("refuses everything while locked out, before even reading the code", () => {
    expect(claim(null, ny(2, 9), [], { lockedOut: true })).toMatchObject({ ok: false, reason: "locked_out" });
  });
  it("calls an unknown code, and one not started yet, invalid; one past its end expired", () => {
    expect(claim(null, ny(2, 9))).toMatchObject({ ok: false, reason: "invalid" });
    expect(claim(rule([], { startsAt: ny(3, 0) }), ny(2, 9))).toMatchObject({ ok: false, reason: "invalid" });
    expect(claim(rule([], { endsAt: ny(2, 9) }), ny(2, 9))).toMatchObject({ ok: false, reason: "expired" });
  });
  it("refuses a member of a tier the code is not for", () => {
    const gold = rule([], { eligibleTiers: ["gold", "platinum"] });
    expect(claim(gold, ny(2, 9), [], { tier: "silver" })).toMatchObject({ ok: false, reason: "not_eligible" });
    expect(claim(gold, ny(2, 9), [], { tier: "gold" })).toEqual({ ok: true });
  });
});

describe("limiters", () => {
  it("once per customer: the second claim reaches the limit", () => {
    const once = rule([{ kind: "once_per_customer" }]);
    expect(claim(once, ny(2, 9))).toEqual({ ok: true });
    expect(claim(once, ny(20, 9), [ny(2, 9)])).toMatchObject({ ok: false, reason: "limit_reached", limiter: "once_per_customer" });
  });

  it("2 per day counts the customer's own calendar day in New York, not UTC's", () => {
    const twice = rule([{ kind: "per_day", max: 2 }]);
    const morning = ny(2, 9);
    const afternoon = ny(2, 15);
    // 10 pm on Monday in New York is already Tuesday in UTC: still Monday's third claim
    expect(claim(twice, ny(2, 22), [morning, afternoon])).toMatchObject({ ok: false, reason: "limit_reached", limiter: "per_day" });
    // 1 am on Tuesday in New York is a new day
    expect(claim(twice, ny(3, 1), [morning, afternoon])).toEqual({ ok: true });
  });

  it("weekends 9 am to 5 pm: in on Saturday at 10, out at 5 sharp and on a Monday", () => {
    const weekends = rule([{ kind: "window", days: [0, 6], startMinute: 9 * 60, endMinute: 17 * 60 }]);
    expect(claim(weekends, ny(7, 10))).toEqual({ ok: true }); // Saturday 7 Nov 2026
    expect(claim(weekends, ny(8, 9))).toEqual({ ok: true }); // Sunday 9:00
    expect(claim(weekends, ny(7, 17))).toMatchObject({ ok: false, reason: "limit_reached", limiter: "window" });
    expect(claim(weekends, ny(9, 10))).toMatchObject({ ok: false, reason: "limit_reached", limiter: "window" }); // Monday
  });

  it("reads as people write them", () => {
    expect(describeLimiter({ kind: "once_per_customer" })).toBe("Once per customer");
    expect(describeLimiter({ kind: "per_day", max: 3 })).toBe("3 per day");
    expect(describeLimiter({ kind: "window", days: [6, 0], startMinute: 540, endMinute: 1020 })).toBe("Weekends 9 am–5 pm");
    expect(describeLimiter({ kind: "window", days: [1, 2, 3, 4, 5], startMinute: 690, endMinute: 840 })).toBe("Weekdays 11:30 am–2 pm");
  });
});

// --- generated claim sequences ------------------------------------------------------------------
// A fixed-offset zone (UTC-5 all year), so the reference reads local days and hours with plain UTC
// arithmetic, independently of the code's Intl-based reading.
const ZONE = "Etc/GMT+5";
const OFFSET_MS = 5 * 3_600_000;
const local = (at: number) => new Date(at - OFFSET_MS);
const localDay = (at: number) => local(at).toISOString().slice(0, 10);

/** The rules as a person states them, for one attempt given the accepted claims before it. */
function referenceAllows(limiters: Limiter[], accepted: number[], at: number): boolean {
  return limiters.every((l) => {
    if (l.kind === "once_per_customer") return accepted.length === 0;
    if (l.kind === "per_day") return accepted.filter((t) => localDay(t) === localDay(at)).length < l.max;
    const minute = local(at).getUTCHours() * 60 + local(at).getUTCMinutes();
    return l.days.includes(local(at).getUTCDay()) && minute >= l.startMinute && minute < l.endMinute;
  });
}

const limiterArb: fc.Arbitrary<Limiter> = fc.oneof(
  fc.constant<Limiter>({ kind: "once_per_customer" }),
  fc.integer({ min: 1, max: 4 }).map((max): Limiter => ({ kind: "per_day", max })),
  fc
    .record({
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
      start: fc.integer({ min: 0, max: 22 }),
      hours: fc.integer({ min: 1, max: 12 }),
    })
    .map(
      ({ days, start, hours }): Limiter => ({ kind: "window", days, startMinute: start * 60, endMinute: Math.min(24, start + hours) * 60 }),
    ),
);
/** Gaps between attempts: seconds to a few days, so several land on one day and days go by. */
const gapsArb = fc.array(
  fc.integer({ min: 1, max: 3 * 86_400 }).map((s) => s * 1000),
  { minLength: 1, maxLength: 40 },
);

describe("generated claim sequences (property)", () => {
  it("accept exactly the claims the limiters allow: never beyond a limit, never refusing one within", () => {
    fc.assert(
      fc.property(fc.array(limiterArb, { minLength: 1, maxLength: 3 }), gapsArb, (limiters, gaps) => {
        const r = rule(limiters, { timeZone: ZONE, startsAt: 0, endsAt: Number.MAX_SAFE_INTEGER });
        const accepted: number[] = [];
        let at = Date.UTC(2026, 10, 2);
        for (const gap of gaps) {
          at += gap;
          const expected = referenceAllows(limiters, accepted, at);
          const decision = claim(r, at, [...accepted]);
          expect(decision.ok, `claim at ${new Date(at).toISOString()} with ${JSON.stringify(limiters)}`).toBe(expected);
          if (!decision.ok) expect(decision.reason).toBe("limit_reached");
          if (decision.ok) accepted.push(at);
        }
        // the stated limits, on the whole sequence
        for (const l of limiters) {
          if (l.kind === "once_per_customer") expect(accepted.length).toBeLessThanOrEqual(1);
          if (l.kind === "per_day") {
            const perDay = new Map<string, number>();
            for (const t of accepted) perDay.set(localDay(t), (perDay.get(localDay(t)) ?? 0) + 1);
            for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(l.max);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
