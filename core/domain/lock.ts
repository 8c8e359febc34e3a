// Ownership of a customer account as a pure state machine: (state, command, now) -> (state, events).
// A lease renewed by the owner's heartbeats; a grace period when the owner goes silent or drops;
// a fencing token that rises with every grant; handoffs; takeovers by leads; idle release.
import type { DeviceClass, Role } from "./roles";

export interface LockConfig {
  /** Lease length; every owner heartbeat renews it. */
  ttlMs: number;
  /** After the lease lapses or the owner's last socket closes, the owner may still come back. */
  graceMs: number;
  /** Owner inactive this long: warned. */
  idleWarnMs: number;
  /** Owner inactive this long: released. */
  idleReleaseMs: number;
  /** An unanswered handoff request lapses after this. */
  handoffTimeoutMs: number;
}

export const DEFAULT_LOCK_CONFIG: LockConfig = {
  ttlMs: 30_000,
  graceMs: 45_000,
  idleWarnMs: 10 * 60_000,
  idleReleaseMs: 12 * 60_000,
  handoffTimeoutMs: 60_000,
};

export interface Holder {
  staffId: string;
  name: string;
  role: Role;
  teamId: string | null;
  device: DeviceClass;
}

export interface Owner extends Holder {
  since: number;
}

export interface HandoffRequest {
  id: string;
  from: Holder;
  requestedAt: number;
}

export interface LockState {
  owner: Owner | null;
  /** Fencing token of the latest grant; never decreases. */
  token: number;
  /** Lease end while the owner is live. */
  expiresAt: number;
  /** Set while the owner is silent or disconnected: ownership ends at this time. */
  graceUntil: number | null;
  lastActivityAt: number;
  idleWarned: boolean;
  handoff: HandoffRequest | null;
}

export const EMPTY_LOCK: LockState = {
  owner: null,
  token: 0,
  expiresAt: 0,
  graceUntil: null,
  lastActivityAt: 0,
  idleWarned: false,
  handoff: null,
};

export type ReleaseReason = "released" | "expired" | "idle" | "taken-over" | "handed-off" | "signed-out";
export type GrantReason = "request" | "takeover" | "handoff";

export type LockEvent =
  | {
      type: "granted";
      owner: Owner;
      token: number;
      expiresAt: number;
      reason: GrantReason;
      previous: Owner | null;
      note?: string;
      handoff?: { id: string; requestedAt: number };
    }
  | { type: "resumed"; owner: Owner; token: number; expiresAt: number }
  | { type: "denied"; to: string; code: "LOCK_HELD" | "LOCK_NOT_HELD" | "CONFLICT" | "NOTE_REQUIRED"; message: string; owner: Owner | null }
  | { type: "released"; previous: Owner; reason: ReleaseReason; by: Holder | null; note?: string }
  | { type: "expiring"; owner: Owner; at: number; reason: "disconnected" | "idle" }
  | { type: "handoff-requested"; request: HandoffRequest; owner: Owner }
  | { type: "handoff-refused"; request: HandoffRequest; by: Owner }
  | { type: "handoff-lapsed"; request: HandoffRequest };

export type LockCommand =
  | { type: "acquire"; by: Holder }
  | { type: "release"; by: Holder }
  | { type: "heartbeat"; by: Holder; active: boolean }
  | { type: "takeover"; by: Holder; reason: string }
  | { type: "handoff-request"; by: Holder; requestId: string }
  | { type: "handoff-answer"; by: Holder; requestId: string; accept: boolean; requesterPresent: boolean }
  /** The owner's last connection closed. */
  | { type: "disconnect"; staffId: string }
  /** Sign-out or a disabled account: the person is gone now, no grace. */
  | { type: "evict"; staffId: string }
  | { type: "tick" };

export interface LockResult {
  state: LockState;
  events: LockEvent[];
}

const same = (a: { staffId: string } | null | undefined, b: { staffId: string } | null | undefined) =>
  !!a && !!b && a.staffId === b.staffId;

/** The owner at `now`, after lapsed leases and grace periods have taken effect. */
export function currentOwner(state: LockState, now: number, config: LockConfig = DEFAULT_LOCK_CONFIG): Owner | null {
  return advance(state, now, config).state.owner;
}

function grant(state: LockState, by: Holder, now: number, config: LockConfig, reason: GrantReason, note?: string): LockResult {
  const owner: Owner = { ...by, since: now };
  const token = state.token + 1;
  const expiresAt = now + config.ttlMs;
  return {
    state: { owner, token, expiresAt, graceUntil: null, lastActivityAt: now, idleWarned: false, handoff: null },
    events: [{ type: "granted", owner, token, expiresAt, reason, previous: state.owner, ...(note ? { note } : {}) }],
  };
}

function release(state: LockState, reason: ReleaseReason, by: Holder | null, note?: string): LockResult {
  if (!state.owner) return { state, events: [] };
  const events: LockEvent[] = [{ type: "released", previous: state.owner, reason, by, ...(note ? { note } : {}) }];
  if (state.handoff) events.push({ type: "handoff-lapsed", request: state.handoff });
  return { state: { ...EMPTY_LOCK, token: state.token }, events };
}

/** Applies time: lapsed leases enter grace, lapsed grace and idle owners are released. */
function advance(state: LockState, now: number, config: LockConfig): LockResult {
  const events: LockEvent[] = [];
  let next = state;
  if (next.handoff && now >= next.handoff.requestedAt + config.handoffTimeoutMs) {
    events.push({ type: "handoff-lapsed", request: next.handoff });
    next = { ...next, handoff: null };
  }
  const owner = next.owner;
  if (!owner) return { state: next, events };
  if (next.graceUntil !== null && now >= next.graceUntil) {
    const released = release(next, "expired", null);
    return { state: released.state, events: [...events, ...released.events] };
  }
  if (next.graceUntil === null && now >= next.expiresAt) {
    const graceUntil = next.expiresAt + config.graceMs;
    if (now >= graceUntil) {
      const released = release(next, "expired", null);
      return { state: released.state, events: [...events, ...released.events] };
    }
    next = { ...next, graceUntil };
    events.push({ type: "expiring", owner, at: graceUntil, reason: "disconnected" });
  }
  const idleFor = now - next.lastActivityAt;
  if (idleFor >= config.idleReleaseMs) {
    const released = release(next, "idle", null);
    return { state: released.state, events: [...events, ...released.events] };
  }
  if (idleFor >= config.idleWarnMs && !next.idleWarned) {
    next = { ...next, idleWarned: true };
    events.push({ type: "expiring", owner, at: next.lastActivityAt + config.idleReleaseMs, reason: "idle" });
  }
  return { state: next, events };
}

export function decideLock(current: LockState, command: LockCommand, now: number, config: LockConfig = DEFAULT_LOCK_CONFIG): LockResult {
  const timed = advance(current, now, config);
  const state = timed.state;
  const out = (result: LockResult): LockResult => ({ state: result.state, events: [...timed.events, ...result.events] });
  const deny = (to: string, code: "LOCK_HELD" | "LOCK_NOT_HELD" | "CONFLICT" | "NOTE_REQUIRED", message: string) =>
    out({ state, events: [{ type: "denied", to, code, message, owner: state.owner }] });

  switch (command.type) {
    case "tick":
      return timed;
    case "acquire": {
      if (!state.owner) return out(grant(state, command.by, now, config, "request"));
      if (same(state.owner, command.by)) return out(resume(state, command.by, now, config));
      return deny(command.by.staffId, "LOCK_HELD", `${state.owner.name} owns this account`);
    }
    case "heartbeat": {
      if (!same(state.owner, command.by)) return timed;
      return out(renew(state, command.by, now, config, command.active));
    }
    case "release": {
      if (!same(state.owner, command.by)) return deny(command.by.staffId, "LOCK_NOT_HELD", "You do not own this account");
      return out(release(state, "released", command.by));
    }
    case "takeover": {
      if (command.reason.trim().length === 0) return deny(command.by.staffId, "NOTE_REQUIRED", "A takeover needs a reason");
      if (same(state.owner, command.by)) return out(resume(state, command.by, now, config));
      const previous = state.owner;
      const granted = grant(state, command.by, now, config, "takeover", command.reason);
      const events: LockEvent[] = previous
        ? [{ type: "released", previous, reason: "taken-over", by: command.by, note: command.reason }, ...granted.events]
        : granted.events;
      return out({ state: granted.state, events });
    }
    case "handoff-request": {
      if (!state.owner) return deny(command.by.staffId, "LOCK_NOT_HELD", "Nobody owns this account; take ownership instead");
      if (same(state.owner, command.by)) return deny(command.by.staffId, "CONFLICT", "You already own this account");
      if (state.handoff && !same(state.handoff.from, command.by))
        return deny(command.by.staffId, "CONFLICT", `${state.handoff.from.name} already asked for a handoff`);
      const request: HandoffRequest = { id: command.requestId, from: command.by, requestedAt: now };
      return out({ state: { ...state, handoff: request }, events: [{ type: "handoff-requested", request, owner: state.owner }] });
    }
    case "handoff-answer": {
      if (!same(state.owner, command.by)) return deny(command.by.staffId, "LOCK_NOT_HELD", "Only the owner can answer a handoff");
      const request = state.handoff;
      if (!request || request.id !== command.requestId)
        return deny(command.by.staffId, "CONFLICT", "That handoff request is no longer open");
      const owner = state.owner as Owner;
      if (!command.accept) return out({ state: { ...state, handoff: null }, events: [{ type: "handoff-refused", request, by: owner }] });
      if (!command.requesterPresent) return out({ state: { ...state, handoff: null }, events: [{ type: "handoff-lapsed", request }] });
      const granted = grant(state, request.from, now, config, "handoff");
      const handoff = { id: request.id, requestedAt: request.requestedAt };
      const events = granted.events.map((e): LockEvent => (e.type === "granted" ? { ...e, handoff } : e));
      return out({ state: granted.state, events: [{ type: "released", previous: owner, reason: "handed-off", by: owner }, ...events] });
    }
    case "disconnect": {
      if (!state.owner || state.owner.staffId !== command.staffId || state.graceUntil !== null) return timed;
      const graceUntil = now + config.graceMs;
      return out({
        state: { ...state, graceUntil },
        events: [{ type: "expiring", owner: state.owner, at: graceUntil, reason: "disconnected" }],
      });
    }
    case "evict": {
      if (!state.owner || state.owner.staffId !== command.staffId) return timed;
      return out(release(state, "signed-out", null));
    }
  }
}

/** The owner is back (a new tab, or reconnecting within grace): same token, fresh lease. */
function resume(state: LockState, by: Holder, now: number, config: LockConfig): LockResult {
  const owner = state.owner as Owner;
  const renewed: LockState = {
    ...state,
    owner: { ...owner, device: by.device },
    expiresAt: now + config.ttlMs,
    graceUntil: null,
    lastActivityAt: now,
    idleWarned: false,
  };
  return { state: renewed, events: [{ type: "resumed", owner: renewed.owner as Owner, token: state.token, expiresAt: renewed.expiresAt }] };
}

function renew(state: LockState, by: Holder, now: number, config: LockConfig, active: boolean): LockResult {
  const wasInGrace = state.graceUntil !== null;
  const next: LockState = {
    ...state,
    expiresAt: now + config.ttlMs,
    graceUntil: null,
    ...(active ? { lastActivityAt: now, idleWarned: false } : {}),
  };
  if (wasInGrace || (active && state.idleWarned)) {
    return {
      state: next,
      events: [{ type: "resumed", owner: { ...(state.owner as Owner), device: by.device }, token: state.token, expiresAt: next.expiresAt }],
    };
  }
  return { state: next, events: [] };
}

export type WriteCheck = { ok: true; token: number } | { ok: false; code: "LOCK_NOT_HELD" | "LOCK_HELD" | "LOCK_STALE"; message: string };

/** May `staffId`, presenting `token`, change the account now? */
export function checkWrite(
  state: LockState,
  staffId: string,
  token: number | null | undefined,
  now: number,
  config: LockConfig = DEFAULT_LOCK_CONFIG,
): WriteCheck {
  const { state: current } = advance(state, now, config);
  if (token !== null && token !== undefined && token < current.token) {
    return { ok: false, code: "LOCK_STALE", message: "Ownership changed since you took it; take ownership again" };
  }
  if (!current.owner) return { ok: false, code: "LOCK_NOT_HELD", message: "Take ownership before changing this account" };
  if (current.owner.staffId !== staffId) return { ok: false, code: "LOCK_HELD", message: `${current.owner.name} owns this account` };
  if (token !== current.token)
    return { ok: false, code: "LOCK_STALE", message: "Your ownership token is out of date; take ownership again" };
  return { ok: true, token: current.token };
}

/** When the room must next look at the clock (for its alarm), or null when nothing is pending. */
export function nextDeadline(state: LockState, config: LockConfig = DEFAULT_LOCK_CONFIG): number | null {
  const times: number[] = [];
  if (state.owner) {
    times.push(state.graceUntil ?? state.expiresAt);
    times.push(state.lastActivityAt + (state.idleWarned ? config.idleReleaseMs : config.idleWarnMs));
  }
  if (state.handoff) times.push(state.handoff.requestedAt + config.handoffTimeoutMs);
  return times.length ? Math.min(...times) : null;
}
