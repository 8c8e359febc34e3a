// The promo lockout: a customer whose claims keep failing (guessing codes, say) is locked out of
// promo codes for a while. A rep can reset it on the call, with ownership and a note.

export const LOCKOUT_RULE = {
  /** Failed claims within the window that lock the customer out. */
  failures: 5,
  windowMs: 15 * 60_000,
  /** How long a lockout lasts unless a rep resets it. */
  lockMs: 72 * 3_600_000,
} as const;

export interface LockoutState {
  /** Times of failed claims since the last success, lockout or reset, within the window. */
  failures: number[];
  lockedAt: number | null;
  lockedUntil: number | null;
  resetAt: number | null;
}

export const CLEAR_LOCKOUT: LockoutState = { failures: [], lockedAt: null, lockedUntil: null, resetAt: null };

export function isLockedOut(state: LockoutState, now: number): boolean {
  return state.lockedUntil !== null && now < state.lockedUntil;
}

/**
 * After a claim attempt at `at`. While locked nothing counts (the attempt was refused as locked
 * out). A success clears the streak; a failure counts, and the one that makes `failures` within
 * the window locks the customer out.
 */
export function afterAttempt(state: LockoutState, ok: boolean, at: number, rule = LOCKOUT_RULE): LockoutState {
  if (isLockedOut(state, at)) return state;
  if (ok) return { ...state, failures: [] };
  const failures = [...state.failures.filter((t) => at - t < rule.windowMs), at];
  if (failures.length >= rule.failures) return { ...state, failures: [], lockedAt: at, lockedUntil: at + rule.lockMs };
  return { ...state, failures };
}

export type ResetOutcome = { ok: true; state: LockoutState } | { ok: false; code: "NOT_LOCKED"; message: string };

/** A rep's reset: only a current lockout can be reset (anything else would be a silent no-op). */
export function resetLockout(state: LockoutState, now: number): ResetOutcome {
  if (!isLockedOut(state, now)) return { ok: false, code: "NOT_LOCKED", message: "Promo codes are not locked for this customer" };
  return { ok: true, state: { failures: [], lockedAt: state.lockedAt, lockedUntil: now, resetAt: now } };
}

/** The lockout as screens show it (core/protocol/engagement-answers.ts `LockoutView`). */
export function lockoutView(state: LockoutState, resetBy: string | null, now: number, rule = LOCKOUT_RULE) {
  return {
    locked: isLockedOut(state, now),
    lockedAt: state.lockedAt,
    lockedUntil: state.lockedUntil,
    resetAt: state.resetAt,
    resetBy: state.resetAt !== null ? resetBy : null,
    recentFailures: state.failures.filter((t) => now - t < rule.windowMs).length,
    rule: { failures: rule.failures, windowMinutes: rule.windowMs / 60_000, lockHours: rule.lockMs / 3_600_000 },
  };
}
