// The promo lockout: 5 failed claims within 15 minutes lock a customer out for 72 hours unless a rep
// resets it. Worked examples, then generated attempt sequences held to the rule (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterAttempt, CLEAR_LOCKOUT, isLockedOut, type LockoutState, resetLockout } from "../../../../core/domain/promo-lockout";

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 2, 15);
const fail = (state: LockoutState, at: number) => afterAttempt(state, false, at);

describe("the lockout", () => {
  it("locks on the fifth failure within 15 minutes, for 72 hours", () => {
    let state = CLEAR_LOCKOUT;
    for (let i = 0; i < 4; i++) state = fail(state, T0 + i * MIN);
    expect(isLockedOut(state, T0 + 4 * MIN)).toBe(false);
    state = fail(state, T0 + 4 * MIN);
    expect(state.lockedAt).toBe(T0 + 4 * MIN);
    expect(isLockedOut(state, T0 + 4 * MIN + 71 * 60 * MIN)).toBe(true);
    expect(isLockedOut(state, T0 + 4 * MIN + 72 * 60 * MIN)).toBe(false);
  });

  it("does not lock when the failures are spread over more than 15 minutes, or a success comes between", () => {
    let spread = CLEAR_LOCKOUT;
    for (let i = 0; i < 5; i++) spread = fail(spread, T0 + i * 4 * MIN); // 0, 4, 8, 12, 16 min: 16 > 15
    expect(spread.lockedAt).toBeNull();
    let interrupted = CLEAR_LOCKOUT;
    for (let i = 0; i < 4; i++) interrupted = fail(interrupted, T0 + i * MIN);
    interrupted = afterAttempt(interrupted, true, T0 + 4 * MIN);
    interrupted = fail(interrupted, T0 + 5 * MIN);
    expect(interrupted.lockedAt).toBeNull();
  });

  it("resets only a current lockout; a reset keeps when it was locked and says when it was reset", () => {
    expect(resetLockout(CLEAR_LOCKOUT, T0)).toMatchObject({ ok: false, code: "NOT_LOCKED" });
    let state = CLEAR_LOCKOUT;
    for (let i = 0; i < 5; i++) state = fail(state, T0 + i * MIN);
    const reset = resetLockout(state, T0 + 60 * MIN);
    expect(reset).toMatchObject({ ok: true, state: { lockedAt: T0 + 4 * MIN, resetAt: T0 + 60 * MIN, failures: [] } });
    expect(reset.ok && isLockedOut(reset.state, T0 + 60 * MIN)).toBe(false);
    // an expired lockout is not locked: nothing to reset
    expect(resetLockout(state, T0 + 73 * 60 * MIN)).toMatchObject({ ok: false, code: "NOT_LOCKED" });
  });
});

describe("generated attempt sequences (property)", () => {
  const attempts = fc.array(
    fc.record({ ok: fc.boolean(), gap: fc.integer({ min: 1, max: 10 * 60 }).map((s) => s * 1000), reset: fc.boolean() }),
    { maxLength: 60 },
  );

  it("lock exactly when five failures fall within 15 minutes with no success, lock or reset between", () => {
    fc.assert(
      fc.property(attempts, (list) => {
        let state = CLEAR_LOCKOUT;
        let at = T0;
        /** The counted failures since the last success, lockout or reset: the reference's own memory. */
        let streak: number[] = [];
        for (const step of list) {
          at += step.gap;
          if (step.reset && isLockedOut(state, at)) {
            const reset = resetLockout(state, at);
            if (reset.ok) state = reset.state;
            streak = [];
          }
          const wasLocked = isLockedOut(state, at);
          const next = afterAttempt(state, step.ok, at);
          if (wasLocked) {
            // a locked customer's attempts change nothing
            expect(next).toEqual(state);
          } else if (step.ok) {
            streak = [];
            expect(isLockedOut(next, at)).toBe(false);
          } else {
            streak = [...streak, at].filter((t) => at - t < 15 * MIN);
            const shouldLock = streak.length >= 5;
            expect(isLockedOut(next, at), `failures ${streak.map((t) => (t - T0) / 1000)}`).toBe(shouldLock);
            if (shouldLock) streak = [];
          }
          state = next;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
