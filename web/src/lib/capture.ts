// The process monitor's capture, loaded only while the room measures this rep: which place is in
// front of them and for how long, counting only visible, focused, non-idle time (core/domain/step-clock).
// Closed intervals go to the room in batches over its socket (acknowledged, resent until then, the same
// batch id each time) or, when the page hides or the socket is gone, by navigator.sendBeacon.
import {
  advanceClock,
  type ClockEvent,
  type ClockInterval,
  type ClockState,
  cutClock,
  idleDeadline,
  startClock,
} from "../../../core/domain/step-clock";
import { onPlaceChange, placeOf } from "./step-marker";

export interface CaptureTarget {
  customerId: string;
  interactionId: string;
  /** Sends a frame over the room's socket; false when it is not open. */
  send: (frame: Record<string, unknown>) => boolean;
}

interface Batch {
  interactionId: string;
  batchId: string;
  sentAt: number;
  intervals: ClockInterval[];
  current: { at: string; since: number } | null;
}

interface Target extends CaptureTarget {
  clock: ClockState;
  pending: ClockInterval[];
  outbox: Map<string, Batch>;
  told: string;
  idle?: number;
}

const FLUSH_MS = 15_000;
const MAX_INTERVALS = 60;
/** Scrolling fires often; once a second is enough to say the rep is there. */
const INPUT_EVERY_MS = 1_000;
const FINAL = new Set(["VALIDATION", "GONE", "NOT_FOUND", "FORBIDDEN", "BAD_FRAME"]);

const targets = new Map<string, Target>();
let lastInput = 0;
let timer: number | undefined;
let unwatch: (() => void) | undefined;

const page = () => ({ visible: document.visibilityState === "visible", focused: document.hasFocus() });

function feed(t: Target, event: ClockEvent, now = Date.now()): void {
  const { state, closed } = advanceClock(t.clock, event, now);
  t.clock = state;
  t.pending.push(...closed);
  window.clearTimeout(t.idle);
  const idleAt = idleDeadline(state);
  if (idleAt !== null) t.idle = window.setTimeout(() => feed(t, { type: "tick" }), Math.max(0, idleAt - now));
}

function beacon(t: Target, batch: Batch): boolean {
  const body = JSON.stringify({ customerId: t.customerId, ...batch });
  return navigator.sendBeacon("/api/monitor/steps", new Blob([body], { type: "text/plain" }));
}

/** Puts what was counted into batches and sends every batch not yet acknowledged. */
function flush(t: Target, hiding = false): void {
  const now = Date.now();
  const cut = cutClock(t.clock, now);
  t.clock = cut.state;
  t.pending.push(...cut.closed);
  const open = t.clock.open;
  const current = open ? { at: open.at, since: open.from } : null;
  const told = JSON.stringify(current);
  while (t.pending.length > 0 || told !== t.told) {
    const batch = {
      interactionId: t.interactionId,
      batchId: crypto.randomUUID(),
      sentAt: now,
      intervals: t.pending.splice(0, MAX_INTERVALS),
      current,
    };
    t.outbox.set(batch.batchId, batch);
    t.told = told;
  }
  for (const batch of [...t.outbox.values()]) {
    // Hiding: the socket may freeze with the page, a beacon is delivered anyway.
    const sent = !hiding && t.send({ type: "step-batch", reqId: batch.batchId, ...batch });
    if (!sent && beacon(t, batch)) t.outbox.delete(batch.batchId);
  }
}

const everyTarget = (fn: (t: Target) => void) => {
  for (const t of targets.values()) fn(t);
};
const onVisibility = () => {
  const visible = document.visibilityState === "visible";
  everyTarget((t) => {
    feed(t, { type: "visible", visible });
    flush(t, !visible);
  });
};
const onFocus = (event: Event) => everyTarget((t) => feed(t, { type: "focus", focused: event.type === "focus" }));
const onInput = () => {
  const now = Date.now();
  if (now - lastInput < INPUT_EVERY_MS) return;
  lastInput = now;
  everyTarget((t) => feed(t, { type: "input" }, now));
};
const onHide = () => everyTarget((t) => flush(t, true));
const WINDOW_EVENTS: [string, EventListener][] = [
  ["focus", onFocus],
  ["blur", onFocus],
  ["pagehide", onHide],
  ["pointerdown", onInput],
  ["keydown", onInput],
  ["wheel", onInput],
  ["touchstart", onInput],
  ["scroll", onInput],
];

function listen(on: boolean): void {
  for (const [name, listener] of WINDOW_EVENTS)
    if (on) window.addEventListener(name, listener, { passive: true, capture: true });
    else window.removeEventListener(name, listener, { capture: true });
  if (on) {
    document.addEventListener("visibilitychange", onVisibility);
    unwatch = onPlaceChange(() =>
      everyTarget((t) => {
        const at = placeOf(t.customerId);
        if (at === t.clock.at) return;
        feed(t, { type: "at", at });
        flush(t);
      }),
    );
    timer = window.setInterval(() => everyTarget((t) => document.visibilityState === "visible" && flush(t)), FLUSH_MS);
  } else {
    document.removeEventListener("visibilitychange", onVisibility);
    unwatch?.();
    window.clearInterval(timer);
  }
}

/** Starts measuring (or, on a new socket for the same interaction, sends through it from now on). */
export function attach(target: CaptureTarget): void {
  const known = targets.get(target.customerId);
  if (known?.interactionId === target.interactionId) {
    known.send = target.send;
    flush(known);
    return;
  }
  if (targets.size === 0) listen(true);
  const t: Target = {
    ...target,
    clock: startClock(Date.now(), { ...page(), at: placeOf(target.customerId) }),
    pending: [],
    outbox: new Map(),
    told: "",
  };
  targets.set(target.customerId, t);
  flush(t);
}

/** The interaction ended: what was not sent before is no longer accepted (its steps are final). */
export function detach(customerId: string): void {
  const t = targets.get(customerId);
  if (!t) return;
  window.clearTimeout(t.idle);
  targets.delete(customerId);
  if (targets.size === 0) listen(false);
}

/** Sends everything counted so far over the socket, before a frame that ends the interaction. */
export function flushNow(customerId: string): void {
  const t = targets.get(customerId);
  if (t) flush(t);
}

/** The room's answer to a batch: acknowledged, or refused for good (not sent again). */
export function answered(customerId: string, frame: { type: string; reqId?: string; code?: string }): void {
  const t = targets.get(customerId);
  if (!t || !frame.reqId || !t.outbox.has(frame.reqId)) return;
  if (frame.type === "ack" || (frame.code && FINAL.has(frame.code))) t.outbox.delete(frame.reqId);
}
