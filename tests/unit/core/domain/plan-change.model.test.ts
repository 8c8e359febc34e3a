// Model-based test of the three-stage approval: generated sequences of people acting on a request
// (any role, any step, release times before and after "now", balances that do and do not cover a
// withdrawal) and of the system's release on a moving clock go to the real state machine
// (core/domain/plan-change.ts) and to the reference written from the seed's words
// (tests/unit/support/plan-change-reference.ts). They must agree on every outcome, every refusal's
// code and what it does to money and the plan; and the plan is applied at most once, never early.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidePlanChange, type PlanChangeAction, type PlanChangeState } from "../../../../core/domain/plan-change";
import { ReferenceApproval, type Role, type Step, whoseTurn } from "../../support/plan-change-reference";

const ROLES: Role[] = ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "engineering", "sales", "admin"];
const STEPS: Step[] = ["approve", "send-back", "resubmit", "cancel"];

const act = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("person" as const),
      // mostly whoever's turn it is (so runs get far), often another participant, sometimes anyone
      role: fc.oneof(
        { weight: 6, arbitrary: fc.constant("turn" as const) },
        { weight: 3, arbitrary: fc.constantFrom<Role>("sales", "engineering", "finance") },
        { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
      ),
      step: fc.oneof({ weight: 4, arbitrary: fc.constant<Step>("approve") }, { weight: 1, arbitrary: fc.constantFrom(...STEPS) }),
      /** A release time relative to now: sometimes past, sometimes absurdly far, sometimes missing. */
      releaseIn: fc.option(fc.oneof(fc.integer({ min: -5_000, max: 60_000 }), fc.constant(400 * 86_400_000)), { nil: undefined }),
      available: fc.integer({ min: 0, max: 200_000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("release" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("tick" as const), ms: fc.integer({ min: 0, max: 30_000 }) }) },
);
const money = fc.option(
  fc.record({ direction: fc.constantFrom<"deposit" | "withdraw">("deposit", "withdraw"), cents: fc.integer({ min: 1, max: 150_000 }) }),
  { nil: null },
);

describe("the plan-change approval against its reference", () => {
  it("agrees on every step, refusal and effect, and applies the plan at most once, never before its time", () => {
    let steps = 0;
    let released = 0;
    const refusals = new Set<string>();
    fc.assert(
      fc.property(money, fc.array(act, { minLength: 20, maxLength: 60 }), (requested, acts) => {
        const reference = new ReferenceApproval(requested ? { ...requested } : null);
        let real: PlanChangeState = { stage: "engineering", releaseAt: null, money: requested, posted: false };
        let now = 1_000_000;
        let applied = 0;
        for (const a of acts) {
          if (a.kind === "tick") {
            now += a.ms;
            continue;
          }
          steps++;
          const role = a.kind === "person" ? (a.role === "turn" ? (whoseTurn(reference.state.stage) ?? "sales") : a.role) : "sales";
          const action: PlanChangeAction =
            a.kind === "release"
              ? { type: "release", now }
              : ({
                  type: a.step,
                  role,
                  now,
                  ...(a.step === "approve"
                    ? { availableCents: a.available, ...(a.releaseIn === undefined ? {} : { releaseAt: now + a.releaseIn }) }
                    : {}),
                } as PlanChangeAction);
          const expected =
            a.kind === "release"
              ? reference.release(now)
              : reference.step(role, a.step, now, {
                  available: a.available,
                  ...(a.releaseIn === undefined ? {} : { releaseAt: now + a.releaseIn }),
                });
          const decision = decidePlanChange(real, action);
          if (!decision.ok) {
            expect(expected, JSON.stringify({ a, real })).toEqual({ ok: false, code: decision.code });
            refusals.add(decision.code);
            continue;
          }
          expect(expected, JSON.stringify({ a, real })).toEqual({ ok: true, effects: decision.effects });
          real = decision.state;
          if (decision.effects.includes("apply-plan")) {
            applied++;
            released++;
            expect(now).toBeGreaterThanOrEqual(real.releaseAt ?? Number.POSITIVE_INFINITY);
          }
          expect({ stage: real.stage, releaseAt: real.releaseAt, posted: real.posted }).toEqual({
            stage: reference.state.stage,
            releaseAt: reference.state.releaseAt,
            posted: reference.state.moneyOnLedger > 0,
          });
        }
        expect(applied).toBe(reference.state.applied);
        expect(applied).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2_000 },
    );
    // The runs really reached releases and every kind of refusal.
    expect(steps).toBeGreaterThan(5_000);
    expect(released).toBeGreaterThan(10);
    expect([...refusals].sort()).toEqual(["FORBIDDEN", "INSUFFICIENT_BALANCE", "RELEASE_IN_PAST", "STAGE_OUT_OF_ORDER", "VALIDATION"]);
  });
});
