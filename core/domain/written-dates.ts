// Full calendar dates as people write them ("01/02/1980", "1/2/80", "1980-01-02", "02.01.1980",
// "Jan 2, 1980", "2nd of January 1980"), so redaction can tell a birth date from a promise date.
import { digitsOf, findNumberChains, type NumberChain, standsAlone } from "./number-chains";

export interface WrittenDate {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  /** The year as written: four digits, or two when `twoDigitYear` ("1/2/80" -> 80). */
  year: number;
  twoDigitYear: boolean;
  /** Month and day; "03/04/1980" has two readings (March 4 in the US, 3 April elsewhere). */
  readings: { month: number; day: number }[];
}

/** Four-digit years outside this range are not dates anyone in a customer's file was born on. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
const DATE_SEPARATORS = new Set(["/", "-", "."]);

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads three digit groups as year, month and day in any order people use; null when none fits. */
function readDate(parts: string[], start: number, end: number): WrittenDate | null {
  const [a = "", b = "", c = ""] = parts;
  const n = parts.map(Number) as [number, number, number];
  const fourDigitYear = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    if (!fourDigitYear(n[0]) || !isCalendarDay(n[0], n[1], n[2])) return null;
    return { start, end, year: n[0], twoDigitYear: false, readings: [{ month: n[1], day: n[2] }] };
  }
  if (a.length > 2 || b.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  const twoDigitYear = c.length === 2;
  if (!twoDigitYear && !fourDigitYear(n[2])) return null;
  // A two-digit year's century is unknown here; 2000 + yy only decides whether February 29 exists.
  const year = twoDigitYear ? 2000 + n[2] : n[2];
  const readings = [
    { month: n[0], day: n[1] },
    { month: n[1], day: n[0] },
  ].filter((r, i) => (i === 0 || n[0] !== n[1]) && isCalendarDay(year, r.month, r.day));
  return readings.length > 0 ? { start, end, year: n[2], twoDigitYear, readings } : null;
}

/**
 * Numeric dates inside one chain of digits, with the groups they use: three groups joined by the
 * same "/", "-" or "." that stand apart from the rest of the chain ("12/15/2026 - 01/15/2027" is
 * two dates, "1.2.1980.5" none).
 */
export function datesInChain(chain: NumberChain): { first: number; last: number; date: WrittenDate }[] {
  const found: { first: number; last: number; date: WrittenDate }[] = [];
  for (let i = 0; i + 2 < chain.groups.length; i++) {
    const separator = chain.gaps[i];
    if (separator === undefined || !DATE_SEPARATORS.has(separator) || chain.gaps[i + 1] !== separator) continue;
    if (!standsAlone(chain, i, i + 2)) continue;
    const groups = chain.groups.slice(i, i + 3);
    const date = readDate(
      groups.map((g) => g.digits),
      chain.groups[i]?.start ?? 0,
      chain.groups[i + 2]?.end ?? 0,
    );
    if (!date) continue;
    found.push({ first: i, last: i + 2, date });
    i += 2;
  }
  return found;
}

/** An eight-digit run read as YYYYMMDD or MMDDYYYY ("19800102"); only trusted when labelled. */
export function compactDate(chain: NumberChain): WrittenDate | null {
  if (chain.groups.length !== 1) return null;
  const digits = digitsOf(chain, 0, 0);
  if (digits.length !== 8) return null;
  return (
    readDate([digits.slice(0, 4), digits.slice(4, 6), digits.slice(6)], chain.start, chain.end) ??
    readDate([digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)], chain.start, chain.end)
  );
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
/** "Jan 2, 1980", "January 2nd 1980", "Jan-02-1980". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?[ \\t-]*${DAY},?[ \\t-]+${YEAR}\\b`, "gi");
/** "2 January 1980", "2nd of Jan. 1980", "02-Jan-1980". */
const DAY_FIRST = new RegExp(`\\b${DAY}[ \\t-]+(?:of[ \\t]+)?${MONTH}\\.?,?[ \\t-]+${YEAR}\\b`, "gi");

/** Dates written with the month's English name. */
function namedMonthDates(text: string): WrittenDate[] {
  const dates: WrittenDate[] = [];
  const add = (start: number, length: number, monthName: string, day: string, year: string) => {
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    const y = Number(year);
    if (y < FIRST_YEAR || y > LAST_YEAR || !isCalendarDay(y, month, Number(day))) return;
    dates.push({ start, end: start + length, year: y, twoDigitYear: false, readings: [{ month, day: Number(day) }] });
  };
  for (const m of text.matchAll(MONTH_FIRST)) add(m.index, m[0].length, m[1] ?? "", m[2] ?? "", m[3] ?? "");
  for (const m of text.matchAll(DAY_FIRST)) add(m.index, m[0].length, m[2] ?? "", m[1] ?? "", m[3] ?? "");
  return dates;
}

/** Every full date in the text, numeric or with a month name, in order. */
export function findWrittenDates(text: string, chains: NumberChain[] = findNumberChains(text)): WrittenDate[] {
  const numeric = chains.flatMap((chain) => datesInChain(chain).map((found) => found.date));
  return [...numeric, ...namedMonthDates(text)].sort((x, y) => x.start - y.start);
}
