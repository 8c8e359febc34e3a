// How numbers and times read on screen: money with currency and cents, relative times with the exact one at hand.
export { formatCents } from "../../../core/domain/money";

const exact = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
// Formatters are built once: a toLocaleString call with options builds one each time, and a chart's
// hundred labels then cost a phone most of a second.
const weekdayHour = new Intl.DateTimeFormat(undefined, { weekday: "short", hour: "numeric" });

export function exactTime(ms: number): string {
  return exact.format(ms);
}

/** "Mon 3 PM": an hour on a chart's axis. */
export function hourLabel(ms: number): string {
  return weekdayHour.format(ms);
}

/** "3 min ago", "in 2 h", "yesterday". */
export function relativeTime(ms: number, now = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3_600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return relative.format(Math.round(seconds / 3_600), "hour");
  if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), "day");
  return day.format(ms);
}

/** A calendar date stored as `YYYY-MM-DD`, read in the rep's locale. */
export function calendarDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return day.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** The rep's own calendar day as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function endOfLocalDay(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
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
