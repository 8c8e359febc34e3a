// Times a rep types, read on the org's clock: a `datetime-local` field's value and back, and a
// phrase such as "Friday 3 pm" (core/domain/callback-time.ts) in the org's time zone.
import { parseCallbackTime } from "../../../core/domain/callback-time";
import { instantOf, zonedParts } from "../../../core/domain/time-zone";
import { displayZone } from "./format";

const pad = (n: number) => String(n).padStart(2, "0");

/** `2026-11-27T15:00` for an instant, on the org's clock. */
export function toLocalInput(instant: number): string {
  const p = zonedParts(instant, displayZone());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant a `datetime-local` value names on the org's clock; null when it is not one. */
export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  return instantOf({ year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 }, displayZone());
}

/** "Friday 3 pm", "tomorrow 10am", "in 2 hours": when, on the org's clock; null when it reads as no time. */
export function readWhen(text: string, now = Date.now()): number | null {
  return parseCallbackTime(`call back ${text}`, now, displayZone())?.dueAt ?? null;
}

/** What a note asks for ("…call back Friday 3 pm…"), if anything. */
export function callbackInNote(text: string, now = Date.now()): { dueAt: number; phrase: string } | null {
  return parseCallbackTime(text, now, displayZone());
}

/** The next whole hour from now: a callback's first suggestion. */
export function nextHour(now = Date.now()): number {
  return Math.ceil((now + 1) / 3_600_000) * 3_600_000;
}
