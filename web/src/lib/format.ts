// How numbers and times read on screen: money with currency and cents, times on the org's clock
// (its time zone, from /api/me: the zone every "today" and due date is counted in), relative times
// with the exact one at hand.
import { localDate } from "../../../core/domain/time-zone";

export { formatAmount, formatCents } from "../../../core/domain/money";

/** Until the org's zone is known (the public signing page never knows it): the browser's. */
let zone: string | undefined;
// Formatters are built once per zone: a toLocaleString call with options builds one each time, and
// a chart's hundred labels then cost a phone most of a second.
let formats = buildFormats(undefined);

function buildFormats(timeZone: string | undefined) {
  return {
    exact: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone }),
    day: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone }),
    weekdayHour: new Intl.DateTimeFormat(undefined, { weekday: "short", hour: "numeric", timeZone }),
    dayAndTime: new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
    }),
  };
}

/** Calendar dates (`YYYY-MM-DD`) name a day, not an instant: read them at UTC midnight in UTC. */
const calendar = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/** Called once the signed-in person's org is known. */
export function setOrgTimeZone(timeZone: string): void {
  if (timeZone === zone) return;
  zone = timeZone;
  formats = buildFormats(timeZone);
}

/** The zone times are shown in: the org's, or the browser's until it is known. */
export function displayZone(): string {
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function exactTime(ms: number): string {
  return formats.exact.format(ms);
}

/** "Nov 27, 2026": the org's day an instant falls on. */
export function dateOf(ms: number): string {
  return formats.day.format(ms);
}

/** "Fri, Nov 27, 3:00 PM": when a callback is due. */
export function dayAndTime(ms: number): string {
  return formats.dayAndTime.format(ms);
}

/** "Mon 3 PM": an hour on a chart's axis. */
export function hourLabel(ms: number): string {
  return formats.weekdayHour.format(ms);
}

/** "3 min ago", "in 2 h", "yesterday". */
export function relativeTime(ms: number, now = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3_600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return relative.format(Math.round(seconds / 3_600), "hour");
  if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), "day");
  return formats.day.format(ms);
}

/** A calendar date stored as `YYYY-MM-DD`, read in the rep's locale. */
export function calendarDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return calendar.format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Today on the org's calendar, `YYYY-MM-DD`: what decides "due today" and "overdue". */
export function orgToday(now = Date.now()): string {
  return localDate(now, displayZone());
}

/** "12 min", "1 h 5 min": how long someone has held or viewed an account. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "0:42" for countdowns. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function titleCase(text: string): string {
  const spaced = text.replace(/[_-]/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}
