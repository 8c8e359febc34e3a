// Day boundaries and wall-clock times in an org's time zone (an IANA name), DST-safe: "today",
// "due today", past-due and every date filter are the org's days, never UTC's or the browser's.
// Built on Intl.DateTimeFormat (the runtime's tz database); no offsets are hard-coded.

/** The zone a new org gets unless it names its own. */
export const DEFAULT_TIME_ZONE = "America/New_York";

const DAY = 86_400_000;

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface ZonedParts extends WallTime {
  second: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

// One formatter per zone: building one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines write midnight as 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms (New York in winter: -5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

const sameWall = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant a wall-clock time happens in `timeZone`. A time the clocks skip (02:30 on the night
 * they spring forward) moves forward by the gap (03:30); a time that happens twice (01:30 on the
 * night they fall back) is its first occurrence. Zones change offset at most once within a day
 * either side, which is what makes two candidates enough.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = asUtc - offsetAt(asUtc - DAY, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY, timeZone);
  const fits = [before, after].filter((t) => sameWall(zonedParts(t, timeZone), wall));
  if (fits.length > 0) return Math.min(...fits);
  // In a gap: the offset before it, applied to the skipped wall time, lands after it.
  return before;
}

/** The calendar day at `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function localDate(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return isoOf(p.year, p.month, p.day);
}

function isoOf(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

/** `iso` plus `days` calendar days, as `YYYY-MM-DD` (calendar arithmetic: no zone involved). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The last whole calendar quarter before the one `iso` falls in: what a quarterly review covers. */
export function previousQuarter(iso: string): { from: string; to: string } {
  const { year, month } = parseIsoDate(iso);
  const thisQuarterFirstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const first = thisQuarterFirstMonth === 1 ? { year: year - 1, month: 10 } : { year, month: thisQuarterFirstMonth - 3 };
  const from = isoOf(first.year, first.month, 1);
  return { from, to: addDays(isoOf(year, thisQuarterFirstMonth, 1), -1) };
}

/** [start, end) of a calendar day in `timeZone`: 23 or 25 hours long on the days clocks change. */
export function dayBounds(iso: string, timeZone: string): { start: number; end: number } {
  const first = (date: string) => instantOf({ ...parseIsoDate(date), hour: 0, minute: 0 }, timeZone);
  return { start: first(iso), end: first(addDays(iso, 1)) };
}

/** The first instant of the day `instant` falls on, in `timeZone`. */
export function startOfDay(instant: number, timeZone: string): number {
  return dayBounds(localDate(instant, timeZone), timeZone).start;
}

/** The first instant of the next day (exclusive end of the day `instant` falls on), in `timeZone`. */
export function endOfDay(instant: number, timeZone: string): number {
  return dayBounds(localDate(instant, timeZone), timeZone).end;
}

const calendarDay = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "Jan 2, 2027" for a calendar day `YYYY-MM-DD` (a day, not an instant: no zone shifts it). */
export function describeDay(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return calendarDay.format(Date.UTC(year, month - 1, day));
}

const described = new Map<string, Intl.DateTimeFormat>();

/** "Fri, Nov 27, 3:00 PM" on the org's clock: for notes and feed items that name a time. */
export function describeInstant(instant: number, timeZone: string): string {
  let format = described.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
    });
    described.set(timeZone, format);
  }
  return format.format(instant);
}
