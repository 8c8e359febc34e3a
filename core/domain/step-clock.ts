// The capture clock as a pure machine: which place is in front of the rep, and whether the time
// counts (the page visible, the window focused, input within the idle threshold). Events and `now`
// in; the new state and the closed intervals out. The web app feeds it DOM events.

/** Idle over this stops the clock (the rep stepped away); input starts it again. */
export const CAPTURE_IDLE_MS = 180_000;

export interface ClockInterval {
  at: string;
  from: number;
  to: number;
}

export interface ClockState {
  at: string | null;
  visible: boolean;
  focused: boolean;
  lastInput: number;
  /** The interval running now, if the time counts. */
  open: { at: string; from: number } | null;
}

export type ClockEvent =
  | { type: "at"; at: string | null }
  | { type: "visible"; visible: boolean }
  | { type: "focus"; focused: boolean }
  | { type: "input" }
  /** Time passed: closes the interval if the rep went idle meanwhile. */
  | { type: "tick" };

export function startClock(now: number, page: { visible: boolean; focused: boolean; at: string | null }): ClockState {
  return advanceClock({ at: page.at, visible: page.visible, focused: page.focused, lastInput: now, open: null }, { type: "tick" }, now)
    .state;
}

/** Whether time counts in this state at `now`. */
export function counting(state: ClockState, now: number, idleMs = CAPTURE_IDLE_MS): boolean {
  return state.at !== null && state.visible && state.focused && now - state.lastInput < idleMs;
}

export function advanceClock(
  state: ClockState,
  event: ClockEvent,
  now: number,
  idleMs = CAPTURE_IDLE_MS,
): { state: ClockState; closed: ClockInterval[] } {
  const closed: ClockInterval[] = [];
  let open = state.open;
  const close = (to: number) => {
    if (open && to > open.from) closed.push({ at: open.at, from: open.from, to });
    open = null;
  };
  // Gone idle since the last event: the time stopped at the threshold, not now.
  const idleFrom = state.lastInput + idleMs;
  if (open && idleFrom <= now) close(Math.max(open.from, idleFrom));
  const next: ClockState = { ...state, open };
  // Acting is being there: input, moving to another place, coming back to the page or the window.
  switch (event.type) {
    case "at":
      next.at = event.at;
      next.lastInput = now;
      break;
    case "visible":
      next.visible = event.visible;
      if (event.visible) next.lastInput = now;
      break;
    case "focus":
      next.focused = event.focused;
      if (event.focused) next.lastInput = now;
      break;
    case "input":
      next.lastInput = now;
      break;
    case "tick":
      break;
  }
  const live = counting(next, now, idleMs);
  if (open && (!live || open.at !== next.at)) close(now);
  if (live && !open && next.at !== null) open = { at: next.at, from: now };
  return { state: { ...next, open }, closed };
}

/** When the running interval will stop for idleness unless input comes first. */
export function idleDeadline(state: ClockState, idleMs = CAPTURE_IDLE_MS): number | null {
  return state.open ? state.lastInput + idleMs : null;
}

/** Closes the running interval at `now` and opens the same place again: what is counted so far can be sent. */
export function cutClock(state: ClockState, now: number, idleMs = CAPTURE_IDLE_MS): { state: ClockState; closed: ClockInterval[] } {
  const advanced = advanceClock(state, { type: "tick" }, now, idleMs);
  const open = advanced.state.open;
  if (!open || now <= open.from) return advanced;
  return {
    state: { ...advanced.state, open: { at: open.at, from: now } },
    closed: [...advanced.closed, { at: open.at, from: open.from, to: now }],
  };
}
