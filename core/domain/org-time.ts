// The process monitor's calendar on top of the org's time zone (core/domain/time-zone.ts): the week
// (Monday first) a day belongs to, and the range of whole days a dashboard reads. Dates travel as
// `YYYY-MM-DD`.
import { addDays, dayBounds } from "./time-zone";

export { addDays, isTimeZone, localDate } from "./time-zone";

const DAY = 86_400_000;

/** The moment a calendar day starts in `timeZone` (daylight-saving days are 23 or 25 hours long). */
export function startOfLocalDay(date: string, timeZone: string): number {
  return dayBounds(date, timeZone).start;
}

/** The Monday of the week `date` belongs to. */
export function weekOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * A range of whole days, both inclusive: the asked-for one, else the `defaultDays` ending today; never
 * longer than `maxDays` (the start moves up).
 */
export function dayRange(asked: { from?: string; to?: string }, today: string, defaultDays: number, maxDays: number) {
  const to = asked.to ?? today;
  const from = asked.from ?? addDays(to, -(defaultDays - 1));
  return { from: daysBetween(from, to) >= maxDays ? addDays(to, -(maxDays - 1)) : from, to };
}
