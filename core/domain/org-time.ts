// Calendar days in an org's time zone: which day a moment falls on there, where a day starts, and
// the week (Monday first) a day belongs to. Dates travel as `YYYY-MM-DD`.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `ms`, read as if it were UTC. */
function wallClock(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatFor(timeZone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (utcMidnight: number) => {
  const d = new Date(utcMidnight);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const DAY = 86_400_000;

/** The calendar day `ms` falls on in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  const wall = wallClock(ms, timeZone);
  return isoOf(wall - (((wall % DAY) + DAY) % DAY));
}

/** The moment a calendar day starts in `timeZone` (daylight-saving days are 23 or 25 hours long). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  // The offset at a guess, then at the answer (they differ when the guess crossed a clock change).
  let at = midnight - (wallClock(midnight, timeZone) - midnight);
  at = midnight - (wallClock(at, timeZone) - at);
  return at;
}

export function addDays(date: string, days: number): string {
  return isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY);
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
