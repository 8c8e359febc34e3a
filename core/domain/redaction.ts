// Redacts what staff must not keep in free text (notes, takeover reasons, edits): card numbers,
// SSNs and dates of birth, each cut to a mask that still lets a colleague confirm with the caller.
import { digitsOf, findNumberChains, type NumberChain, standsAlone } from "./number-chains";
import { isLuhnValid } from "./pii";
import { compactDate, datesInChain, findWrittenDates, type WrittenDate } from "./written-dates";

/**
 * The rules, as passes in this order; each reads the text the previous one left.
 *
 * | pass | redacted when | becomes | why |
 * |------|---------------|---------|-----|
 * | card | 13-19 digits, Luhn-valid, with any separators between digits (spaces, tabs, . - _ / \, dashes, invisible marks; up to 4 in a row) or none | `•••• 1234` | PCI DSS 3.4.1: never more than the last 4. A Luhn check fails 9 in 10 random digit runs, so order and reference numbers survive |
 * | card, neighbours | numbers chained to a card by separators only, when a Luhn-valid stretch overlaps the card | one `•••• 1234` for the whole stretch, never ending inside a date or SSN next to it | which digits are the card is ambiguous; hiding a neighbour costs less than leaking a card digit |
 * | (not a card) | digits right after "+" (`+49 151 12345678`); an unbroken run touching a letter (`a3f9...`, `cc4000056655665556`) | kept | international phones reach 13-15 digits and no card is written with "+"; runs inside words are codes (the document hash in a signature note) |
 * | SSN, labelled | any 9 digits, however written (`123456789`, `123 456 789`), near ssn, s.s.n., ss#, social (security), soc sec, itin | `***-**-6789` | the label says what it is |
 * | date of birth, labelled | a full date near dob, d.o.b., date/day of birth, birth date, birthday, b-day, born, on or before `now` (two-digit years always: some century puts them in the past) | `••/••/••••` | a birth date is in the past; a label next to a future date ("born in Ohio, pays 12/15/2026") is about something else |
 * | date of birth, unlabelled | a full date whose year is `now`'s year - 16 or earlier | `••/••/••••` | anyone old enough to be on an account (signers 18+, authorised users 16+) was born then; account events that old are rare in notes, promises and lease ends never are |
 * | (kept) | later dates, dates without a day ("Jan 1980") or a year ("birthday Jan 2") | kept | promise dates, call-backs and schedules are the point of a note |
 * | SSN | `123-45-6789`, `123 45 6789`, `123.45.6789` (one separator throughout) standing apart from other digits | `***-**-6789` | the shape is specific; ITINs (9XX-XX-XXXX) are as sensitive, so no SSA validity rule spares a number |
 * | (kept) | 9 bare digits without a label | kept | far more often an order or reference number, or an ABA routing number (public, printed on every check, needed to set up a payment) than an SSN |
 *
 * "Near": a label within 40 characters before the number, on its line, with no other number, ";"
 * or mask between them; or in brackets right after it ("123456789 (SSN)", "01/02/1980 [DOB]").
 * Full dates: M/D/Y, D/M/Y (either reading), Y-M-D, with one of "/", "-", "." throughout and four-
 * or two-digit years; English month names ("Jan 2, 1980", "2nd of January 1980", "02-Jan-1980");
 * when labelled, eight digits (`19800102`, `01021980`). Two-digit years read as 20yy up to ten years
 * ahead of `now` ("1/15/27" is a promise), as 19yy before that ("1/2/80").
 *
 * Known limits: a card typed as exactly two dates in a row ("12/15/1980 01/02/1990") reads as a
 * date range and stays; unrelated numbers chained by separators alone ("555-010-2233 / 555-010-4455")
 * read as a card one time in ten; month names are English only. Redacting twice changes nothing.
 */
export const ADULT_AGE_YEARS = 16;
const TWO_DIGIT_YEAR_AHEAD = 10;
const LABEL_BEFORE = 40;

const DOT = "•";
/** Label words, found before a number (within reach) or in brackets right after it ("123456789 (SSN)"). */
const labelOf = (words: RegExp) => ({ before: words, after: new RegExp(`^\\s*[([]\\s*(?:${words.source})`, "i") });
type Label = ReturnType<typeof labelOf>;
const SSN_LABEL = labelOf(/\bs\.?\s?s\.?\s?n\b|\bss\s?#|\bsocial\b|\bsoc\.?\s?sec\b|\bitin\b/i);
const DOB_LABEL = labelOf(/\bd\.?\s?o\.?\s?b\b|\bdate\s+of\s+birth|\bday\s+of\s+birth|\bbirth\s*date|\bbirthday|\bb-?day\b|\bborn\b/i);
/** A label does not reach past a line, another number or an earlier mask. */
const LABEL_STOP = /[\p{Nd}\n;•*]/u;
/** An unbroken digit run touching a letter belongs to a code (a document hash, an id, a SKU). */
const LETTER = /\p{L}/u;
const SSN_SEPARATOR = /^[-.\s\u2010-\u2015\u2212]$/;

interface Span {
  start: number;
  end: number;
  mask: string;
}

/** What an earlier mask ends with: the digits after it are that mask's last 4, not a new number. */
const MASK_BEFORE = /(?:(?<![/•])•••• |\*\*\*-\*\*-)$/;

/** Chains of digits in the text, without the last 4 an earlier mask shows (so redacting twice changes nothing). */
function chainsIn(text: string): NumberChain[] {
  return findNumberChains(text).flatMap((chain) => {
    if (!MASK_BEFORE.test(text.slice(Math.max(0, chain.start - 7), chain.start))) return [chain];
    const groups = chain.groups.slice(1);
    const first = groups[0];
    return first ? [{ start: first.start, end: chain.end, groups, gaps: chain.gaps.slice(1), before: chain.gaps[0] }] : [];
  });
}

function replaceSpans(text: string, spans: Span[]): string {
  let out = "";
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue; // overlapping finds (two date patterns on one date): the first wins
    out += text.slice(at, span.start) + span.mask;
    at = span.end;
  }
  return out + text.slice(at);
}

function labelled(text: string, start: number, end: number, label: Label): boolean {
  const before = [...text.slice(Math.max(0, start - LABEL_BEFORE), start)];
  const stop = before.findLastIndex((char) => LABEL_STOP.test(char));
  return label.before.test(before.slice(stop + 1).join("")) || label.after.test(text.slice(end, end + LABEL_BEFORE));
}

/** Groups i..i+2 written as an SSN: 3-2-4 digits, one separator throughout, standing apart. */
function isSsnShaped(chain: NumberChain, i: number): boolean {
  const [a, b, c] = [chain.groups[i], chain.groups[i + 1], chain.groups[i + 2]];
  const gap = chain.gaps[i] ?? "";
  return (
    a?.digits.length === 3 &&
    b?.digits.length === 2 &&
    c?.digits.length === 4 &&
    SSN_SEPARATOR.test(gap) &&
    chain.gaps[i + 1] === gap &&
    standsAlone(chain, i, i + 2)
  );
}

/**
 * Which stretches of a chain (first..last group) cannot be a card: one that starts or ends inside a
 * date or an SSN written beside the card, and one made only of whole dates (a range or a list,
 * "01/15/2026 - 02/15/2026").
 */
function notACard(chain: NumberChain): (first: number, last: number) => boolean {
  const dates = datesInChain(chain).map((date): [number, number] => [date.first, date.last]);
  const overlapsDate = (i: number) => dates.some(([a, b]) => a <= i + 2 && b >= i);
  // Dates are masked before 3-2-4 runs are read as SSNs, so a run sharing a group with a date is not one.
  const ssns: [number, number][] = [];
  for (let i = 0; i + 2 < chain.groups.length; i++) if (isSsnShaped(chain, i) && !overlapsDate(i)) ssns.push([i, i + 2]);
  const notAStart = new Set<number>();
  const notAnEnd = new Set<number>();
  const inDate = new Set<number>();
  for (const [a, b] of [...dates, ...ssns])
    for (let g = a; g <= b; g++) {
      if (g > a) notAStart.add(g);
      if (g < b) notAnEnd.add(g);
    }
  for (const [a, b] of dates) for (let g = a; g <= b; g++) inDate.add(g);
  return (first, last) => {
    if (notAStart.has(first) || notAnEnd.has(last)) return true;
    for (let g = first; g <= last; g++) if (!inDate.has(g)) return false;
    return true;
  };
}

function cardSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const chain of chainsIn(text)) {
    const glued = LETTER.test(text[chain.start - 1] ?? "") || LETTER.test(text[chain.end] ?? "");
    if (glued && chain.groups.length === 1) continue;
    if (text[chain.start - 1] === "+") continue; // "+49 151 12345678" dials a country; no card starts with "+".
    const refused = notACard(chain);
    // Every Luhn-valid stretch of whole groups with 13-19 digits, merged where they overlap.
    const stretches: [number, number][] = [];
    for (let first = 0; first < chain.groups.length; first++) {
      let digits = "";
      for (let last = first; last < chain.groups.length; last++) {
        digits += chain.groups[last]?.digits ?? "";
        if (digits.length > 19) break;
        if (digits.length < 13 || refused(first, last) || !isLuhnValid(digits)) continue;
        const open = stretches.at(-1);
        if (open && first <= open[1]) open[1] = Math.max(open[1], last);
        else stretches.push([first, last]);
      }
    }
    for (const [first, last] of stretches) {
      const digits = digitsOf(chain, first, last);
      const [a, b] = [chain.groups[first], chain.groups[last]];
      if (a && b) spans.push({ start: a.start, end: b.end, mask: `${DOT.repeat(4)} ${digits.slice(-4)}` });
    }
  }
  return spans;
}

const ssnMask = (digits: string) => `***-**-${digits.slice(-4)}`;

/** Nine digits a label calls an SSN, however written: before dates, so "SSN 1-2-80 1234" is not read as one. */
function labelledSsnSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const chain of chainsIn(text)) {
    const total = digitsOf(chain, 0, chain.groups.length - 1);
    if (total.length === 9 && labelled(text, chain.start, chain.end, SSN_LABEL)) {
      spans.push({ start: chain.start, end: chain.end, mask: ssnMask(total) });
      continue;
    }
    for (const group of chain.groups)
      if (group.digits.length === 9 && labelled(text, group.start, group.end, SSN_LABEL))
        spans.push({ start: group.start, end: group.end, mask: ssnMask(group.digits) });
  }
  return spans;
}

/** 3-2-4 runs: after dates, so an SSN written next to a birth date stands apart once the date is masked. */
function shapedSsnSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const chain of chainsIn(text)) {
    for (let i = 0; i + 2 < chain.groups.length; i++) {
      const [a, c] = [chain.groups[i], chain.groups[i + 2]];
      if (!a || !c || !isSsnShaped(chain, i)) continue;
      spans.push({ start: a.start, end: c.end, mask: ssnMask(c.digits) });
      i += 2;
    }
  }
  return spans;
}

function fullYear(date: WrittenDate, now: number): number {
  if (!date.twoDigitYear) return date.year;
  const thisYear = new Date(now).getUTCFullYear();
  return 2000 + date.year <= thisYear + TWO_DIGIT_YEAR_AHEAD ? 2000 + date.year : 1900 + date.year;
}

function isBirthDate(date: WrittenDate, isLabelled: boolean, now: number): boolean {
  if (isLabelled) return date.twoDigitYear || date.readings.some((r) => Date.UTC(date.year, r.month - 1, r.day) <= now);
  return fullYear(date, now) <= new Date(now).getUTCFullYear() - ADULT_AGE_YEARS;
}

function dobSpans(text: string, now: number): Span[] {
  const chains = chainsIn(text);
  const compact = chains.map(compactDate).filter((date) => date !== null);
  const spans: Span[] = [];
  for (const date of findWrittenDates(text, chains)) {
    if (isBirthDate(date, labelled(text, date.start, date.end, DOB_LABEL), now)) spans.push({ ...date, mask: "••/••/••••" });
  }
  for (const date of compact) {
    if (labelled(text, date.start, date.end, DOB_LABEL) && isBirthDate(date, true, now)) spans.push({ ...date, mask: "••/••/••••" });
  }
  return spans;
}

/** The text with card numbers, SSNs and dates of birth masked; `now` (ms) dates "adult". */
export function redactFreeText(text: string, now: number): string {
  let out = replaceSpans(text, cardSpans(text));
  out = replaceSpans(out, labelledSsnSpans(out));
  out = replaceSpans(out, dobSpans(out, now));
  return replaceSpans(out, shapedSsnSpans(out));
}
