// When a note asks for a callback ("call back Friday 3 pm"): the phrase found and the instant it
// means, read as a person in the org's time zone would. Pure: the text, `now` and the zone in.
import { addDays, instantOf, localDate, zonedParts } from "./time-zone";

export interface CallbackTime {
  dueAt: number;
  /** The words the time was read from, to show the rep what was understood. */
  phrase: string;
}

const TRIGGER = /\b(?:call(?:ing)?[\s-]*(?:(?:them|him|her|the client|the customer)\s+)?back|callback)\b/i;
const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = `(?:(?:next|this|on)\\s+)?(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\b`;

const RELATIVE = /\bin\s+(\d{1,3}|an?|one|two|three)\s*(minutes?|mins?|hours?|hrs?|days?)\b/i;
const RELATIVE_DAY = /\b(today|tonight|tomorrow|tmrw|tmw)\b/i;
const WEEKDAY_RE = new RegExp(`\\b${WEEKDAY}`, "i");
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "i");
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\b/;
/** A time needs a marker: am/pm, minutes, or "at" before it; a bare number may be a date. */
const CLOCK = /\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap]m)\b|\b(?:at\s+)?(\d{1,2}):(\d{2})\b|\bat\s+(\d{1,2})\b(?!\s*[/:])/i;
const NAMED_TIME = /\b(noon|midday|morning|afternoon|evening|end of (?:the )?day|eod)\b/i;
const NAMED_HOURS: Record<string, number> = { noon: 12, midday: 12, morning: 9, afternoon: 14, evening: 18, eod: 17 };
/** When a day is named without a time: the start of the working day. */
const DEFAULT_HOUR = 9;
const WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
const UNIT_MS = { minute: 60_000, hour: 3_600_000 };

interface DayPick {
  date: string;
  phrase: string;
  /** "tonight" without a time is the evening, not the morning. */
  hour?: number;
}

/** The tail after the trigger, up to the end of its sentence: where the "when" is said. */
function tailAfterTrigger(text: string): string | null {
  const match = TRIGGER.exec(text);
  if (!match) return null;
  // "p.m." reads as "pm", so its periods do not end the sentence; "Dec. 3" goes on in lower case.
  const rest = text.slice(match.index + match[0].length).replace(/\b([ap])\.m\.?/gi, "$1m");
  const end = rest.search(/[;!?\n]|\.(?=\s+[A-Z]|\s*$)/);
  return (end === -1 ? rest : rest.slice(0, end)).slice(0, 120);
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A calendar date without a year: this year's, or next year's once this year's has passed. */
function nextDate(today: string, month: number, day: number): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = validDate(year, month, day);
  if (thisYear && thisYear >= today) return thisYear;
  return validDate(year + 1, month, day);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function pickDay(tail: string, today: string, todayWeekday: number): DayPick | null | "invalid" {
  const relative = RELATIVE_DAY.exec(tail);
  if (relative?.[1]) {
    const word = relative[1].toLowerCase();
    const date = word === "today" || word === "tonight" ? today : addDays(today, 1);
    return { date, phrase: relative[0], ...(word === "tonight" ? { hour: NAMED_HOURS.evening } : {}) };
  }
  const weekday = WEEKDAY_RE.exec(tail);
  if (weekday?.[1]) {
    // The next such day after today: said on a Friday, "Friday" means a week out ("today" is today).
    const ahead = ((WEEKDAYS[weekday[1].toLowerCase()] ?? 0) - todayWeekday + 7) % 7 || 7;
    return { date: addDays(today, ahead), phrase: weekday[0] };
  }
  const monthDay = MONTH_DAY.exec(tail);
  const dayMonth = monthDay ? null : DAY_MONTH.exec(tail);
  const named = monthDay
    ? { month: monthIndex(monthDay[1] ?? ""), day: Number(monthDay[2]), phrase: monthDay[0] }
    : dayMonth
      ? { month: monthIndex(dayMonth[2] ?? ""), day: Number(dayMonth[1]), phrase: dayMonth[0] }
      : null;
  const slash = named ? null : SLASH_DATE.exec(tail);
  // US order: 12/1 is December 1st.
  const written = named ?? (slash ? { month: Number(slash[1]), day: Number(slash[2]), phrase: slash[0] } : null);
  if (!written) return null;
  const date = nextDate(today, written.month, written.day);
  return date ? { date, phrase: written.phrase } : "invalid";
}

function pickTime(tail: string): { hour: number; minute: number; phrase: string } | null | "invalid" {
  const clock = CLOCK.exec(tail);
  if (clock) {
    const [phrase, h1, m1, meridiem, h2, m2, h3] = clock;
    let hour = Number(h1 ?? h2 ?? h3);
    const minute = Number(m1 ?? m2 ?? 0);
    if (minute > 59) return "invalid";
    if (meridiem) {
      if (hour < 1 || hour > 12) return "invalid";
      const pm = meridiem.toLowerCase().startsWith("p");
      hour = (hour % 12) + (pm ? 12 : 0);
    } else {
      if (hour > 23) return "invalid";
      // Callbacks happen in working hours: "at 3" or "3:30" is the afternoon; "03:30" and "15:00" say what they mean.
      if (hour >= 1 && hour <= 7 && !(h2 ?? h3 ?? "").startsWith("0")) hour += 12;
    }
    return { hour, minute, phrase: phrase.trim() };
  }
  const named = NAMED_TIME.exec(tail);
  if (named?.[1]) {
    const word = named[1].toLowerCase();
    return { hour: NAMED_HOURS[word.startsWith("end") ? "eod" : word] ?? DEFAULT_HOUR, minute: 0, phrase: named[0] };
  }
  return null;
}

/**
 * The callback a note asks for, or null when it asks for none (or names a time that does not
 * exist). Reads "call back" / "callback" and what follows it in the same sentence:
 * - a day: today, tonight, tomorrow, a weekday (the next one after today), a month and day
 *   ("Dec 3", "3rd of December") or a US date ("12/3"), this year's or else next year's;
 * - a time: "3 pm", "3:30pm", "15:00", "at 3" (1 to 7 without am/pm are afternoon hours), noon,
 *   morning (9:00), afternoon (14:00), evening (18:00), end of day (17:00);
 * - or a delay: "in 2 hours", "in 30 minutes", "in 3 days".
 * A day without a time is 9:00; a time without a day is today's, or tomorrow's once it has passed.
 */
export function parseCallbackTime(text: string, now: number, timeZone: string): CallbackTime | null {
  const tail = tailAfterTrigger(text);
  if (tail === null) return null;
  const relative = RELATIVE.exec(tail);
  if (relative) {
    const amount = WORDS[(relative[1] ?? "").toLowerCase()] ?? Number(relative[1]);
    const unit = (relative[2] ?? "").toLowerCase();
    if (unit.startsWith("d")) {
      const p = zonedParts(now, timeZone);
      const date = addDays(localDate(now, timeZone), amount);
      const [year, month, day] = date.split("-").map(Number);
      return {
        dueAt: instantOf({ year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour: p.hour, minute: p.minute }, timeZone),
        phrase: relative[0],
      };
    }
    const ms = unit.startsWith("h") ? UNIT_MS.hour : UNIT_MS.minute;
    return { dueAt: Math.floor((now + amount * ms) / 60_000) * 60_000, phrase: relative[0] };
  }
  const today = localDate(now, timeZone);
  const day = pickDay(tail, today, zonedParts(now, timeZone).weekday);
  const time = pickTime(tail);
  if (day === "invalid" || time === "invalid") return null;
  if (!day && !time) return null;
  const at = (date: string, hour: number, minute: number) => {
    const [year, month, d] = date.split("-").map(Number);
    return instantOf({ year: year ?? 1970, month: month ?? 1, day: d ?? 1, hour, minute }, timeZone);
  };
  const hour = time?.hour ?? day?.hour ?? DEFAULT_HOUR;
  const minute = time?.minute ?? 0;
  let date = day?.date ?? today;
  if (!day && at(date, hour, minute) <= now) date = addDays(today, 1);
  const phrase = [day?.phrase, time?.phrase].filter(Boolean).join(" ");
  return { dueAt: at(date, hour, minute), phrase };
}
