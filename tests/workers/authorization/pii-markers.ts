// The distinctive values the PII crawl plants on cus_0001, one per PII field, and the patterns that
// recognise each one whole or in part. Digits are chosen so their parts are recognisable: last 4s
// start with 0 (a JSON number never does), ZIPs start with 0, names are words nobody else uses.
import type { PiiFieldName } from "./pii-access";

/**
 * full: the whole value; beyond-mask: a part the masked form must not show (SSN digits beyond the
 * last 4, the phone's area code and exchange, the DOB's year or day, the income in any format);
 * masked-part: what the masked form does show (last 4, e-mail domain, street name), which a role
 * that may receive nothing must not get either.
 */
export type Level = "full" | "beyond-mask" | "masked-part";

export interface Pattern {
  field: PiiFieldName | "typedCard";
  level: Level;
  name: string;
  /** A regular expression, or digit strings to find among the numbers a text holds (see pii-scan.ts). */
  match: RegExp | ReadonlySet<string>;
}

export interface FieldMarker {
  /** Stored values: the address and ZIP also the ones the crawl's profile edit moves to. */
  values: string[];
  /** What a role allowed only the masked form receives, for each value. */
  masked: string[];
  patterns: Pattern[];
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Every run of at least `min` consecutive digits of the value, longest first. */
function runs(digits: string, min: number): Set<string> {
  const out = new Set<string>();
  for (let length = digits.length; length >= min; length--)
    for (let start = 0; start + length <= digits.length; start++) out.add(digits.slice(start, start + length));
  return out;
}
/** What may not touch a number or token standing alone: letters and digits (ids, hashes), but the X of a mask. */
export const NOT_ALONE = "[0-9A-WYZa-wyz]";
/** A pattern standing alone, not part of a longer word, number, id or hash. */
const alone = (source: string, flags = "") => new RegExp(`(?<!${NOT_ALONE})(?:${source})(?!${NOT_ALONE})`, flags);
const token = (text: string) => alone(esc(text));

/** A number shown as its last 4 when masked: whole, any 5+ digits of it, and its last 4. */
function lastFourNumber(field: PiiFieldName | "typedCard", digits: string): Pattern[] {
  return [
    { field, level: "full", name: "the whole number", match: new Set([digits]) },
    { field, level: "beyond-mask", name: "5 or more of its digits", match: runs(digits, 5) },
    { field, level: "masked-part", name: "its last 4", match: token(digits.slice(-4)) },
  ];
}

export const MARKERS: Record<PiiFieldName, FieldMarker> = {
  phone: {
    values: ["(738) 469-0386"],
    masked: ["•••-•••-0386"],
    patterns: [
      { field: "phone", level: "full", name: "the whole number", match: new Set(["7384690386", "17384690386"]) },
      // Covers the area code with the exchange (738-469) and the exchange with the line (469-0386).
      { field: "phone", level: "beyond-mask", name: "5 or more of its digits", match: runs("17384690386", 5) },
      // Three digits alone are too common to search for bare; beside a mask or in parentheses they are the number's.
      { field: "phone", level: "beyond-mask", name: "the area code", match: alone("\\(738\\)|738(?=[-. ]?[•*xX])") },
      {
        field: "phone",
        level: "beyond-mask",
        name: "the exchange",
        match: alone("(?<=[•*xX][-. )]{0,2})469|469(?=[-. ]?[•*xX])"),
      },
      { field: "phone", level: "masked-part", name: "its last 4", match: token("0386") },
    ],
  },
  email: {
    values: ["mj.kestrelwood91@ferncastle-mail.test"],
    masked: ["m•••@ferncastle-mail.test"],
    patterns: [
      { field: "email", level: "full", name: "the whole address", match: /mj\.kestrelwood91@ferncastle-mail\.test/i },
      { field: "email", level: "beyond-mask", name: "the local part beyond its first character", match: /j\.kestrel|kestrelwood/i },
      { field: "email", level: "masked-part", name: "its domain", match: /ferncastle-mail/i },
    ],
  },
  addressLine1: {
    values: ["4417 Quillfeather Lane", "9306 Wrenhollow Court"],
    masked: ["•••• Quillfeather Lane", "•••• Wrenhollow Court"],
    patterns: [
      { field: "addressLine1", level: "full", name: "the whole line", match: /4417\s+Quillfeather\s+Lane|9306\s+Wrenhollow\s+Court/i },
      { field: "addressLine1", level: "beyond-mask", name: "the house number", match: token("4417") },
      { field: "addressLine1", level: "beyond-mask", name: "the house number", match: token("9306") },
      { field: "addressLine1", level: "masked-part", name: "the street name", match: /Quillfeather|Wrenhollow/i },
    ],
  },
  postalCode: {
    values: ["04761", "02893"],
    masked: ["04•••", "02•••"],
    // The masked form's first two digits are too short to recognise anywhere; the whole ZIP is not.
    patterns: [{ field: "postalCode", level: "full", name: "the whole ZIP", match: new Set(["04761", "02893"]) }],
  },
  dateOfBirth: {
    values: ["1958-11-27"],
    masked: ["••••-••-••"],
    patterns: [
      {
        field: "dateOfBirth",
        level: "full",
        name: "the whole date",
        match: alone("1958-11-27|11/27/1958|27/11/1958|19581127|Nov(?:ember|\\.)? 27,? 1958", "i"),
      },
      { field: "dateOfBirth", level: "beyond-mask", name: "the year", match: token("1958") },
      // Month and day, unless they belong to another year's date (2026-11-27, 11/27/2025).
      { field: "dateOfBirth", level: "beyond-mask", name: "the month and day", match: alone("(?<!\\d{4}[-/.])11[-/.]27(?![-/.]?\\d)") },
      { field: "dateOfBirth", level: "beyond-mask", name: "the day and month", match: alone("27[-/.]11(?![-/.]?\\d)") },
    ],
  },
  ssn: { values: ["538-47-0471"], masked: ["***-**-0471"], patterns: lastFourNumber("ssn", "538470471") },
  bankAccountNumber: {
    values: ["7305910529"],
    masked: ["•••• 0529"],
    patterns: lastFourNumber("bankAccountNumber", "7305910529"),
  },
  bankRoutingNumber: {
    values: ["064910917"],
    masked: ["•••••0917"],
    patterns: lastFourNumber("bankRoutingNumber", "064910917"),
  },
  monthlyIncomeCents: {
    values: ["641738"],
    masked: ["•••••"],
    patterns: [
      { field: "monthlyIncomeCents", level: "full", name: "the amount in cents", match: new Set(["641738"]) },
      { field: "monthlyIncomeCents", level: "full", name: "the amount in dollars", match: alone("(?<![.,])6,?417\\.38") },
      { field: "monthlyIncomeCents", level: "beyond-mask", name: "the whole dollars", match: alone("(?<![.,])6,?417(?!,\\d)") },
    ],
  },
  disbursementAccount: {
    values: ["5820370648"],
    masked: ["•••• 0648"],
    patterns: lastFourNumber("disbursementAccount", "5820370648"),
  },
  cardOnFileNumber: {
    values: ["4716289451030734"],
    masked: ["•••• 0734"],
    patterns: lastFourNumber("cardOnFileNumber", "4716289451030734"),
  },
  // An install id of letters and digits: masked to its last 4 characters, like a card.
  deviceId: {
    values: ["QX7KWRMZTPVNHV4J"],
    masked: ["•••• HV4J"],
    patterns: [
      { field: "deviceId", level: "full", name: "the whole id", match: /QX7KWRMZTPVNHV4J/i },
      { field: "deviceId", level: "beyond-mask", name: "8 or more of its first characters", match: /QX7KWRMZ|7KWRMZTP|WRMZTPVN|MZTPVNHV/i },
      { field: "deviceId", level: "masked-part", name: "its last 4", match: token("HV4J") },
    ],
  },
};

/** A card number a rep types into a note (not the one on file): only its last 4 may ever be stored or sent. */
export const TYPED_CARD = "5425233430190788";
export const TYPED_CARD_PATTERNS = lastFourNumber("typedCard", TYPED_CARD).filter((p) => p.level !== "masked-part");

/** Where the crawl's profile edit moves the customer ("Moved house"). */
export const MOVED = { addressLine1: "9306 Wrenhollow Court", postalCode: "02893" } as const;

export const ALL_PATTERNS: Pattern[] = [...Object.values(MARKERS).flatMap((m) => m.patterns), ...TYPED_CARD_PATTERNS];
