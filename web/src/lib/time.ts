// Relative times a rep reads at a glance ("3 min ago", "12 min"), exact time on hover.
import { createSignal, onCleanup } from "solid-js";

export function durationLabel(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "<1 min";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

export function agoLabel(at: number, now: number): string {
  const ms = Math.max(0, now - at);
  if (ms < 45_000) return "just now";
  return `${durationLabel(ms)} ago`;
}

/** A signal-friendly clock: components read `now()` and re-render as it ticks. */
export function createClock(everyMs = 15_000) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), everyMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
