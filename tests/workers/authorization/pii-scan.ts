// Judges text against the hand-written PII table: which markers a reader got that it must not have
// (leaks), and the positive controls: a role's profile shows each field exactly as the table says,
// found by the same matcher the leak search uses, so a matcher that finds nothing cannot pass.
import type { Role } from "../../../core/domain/roles";
import { type Access, mayReceive, type PiiFieldName } from "./pii-access";
import { ALL_PATTERNS, type Level, MARKERS, NOT_ALONE, type Pattern } from "./pii-markers";

export interface Hit {
  pattern: Pattern;
  match: string;
}

/**
 * A number as people write it: digit groups joined by spaces, dashes, dots, parentheses or a plus,
 * standing alone (no letter or digit around it but the X of a mask such as XXXXXX0529), so the digits
 * inside a hash or a random id never read as a number.
 */
const NUMBER = new RegExp(`(?<!${NOT_ALONE})\\d+(?:[\\s().+-]{1,3}\\d+)*(?!${NOT_ALONE})`, "g");
/** Longest digit string a marker has (a card number), so long runs of numbers stay cheap. */
const LONGEST = 19;

/**
 * The digit strings the text's numbers spell, from any group to any later group of the same number:
 * "(738) 469-0386" spells 738, 7384690386, 4690386, ... but never a piece cut out of a group, so a
 * timestamp or an id never spells a marker by accident.
 */
function numbersIn(text: string): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const [written] of text.matchAll(NUMBER)) {
    const groups = written.split(/\D+/);
    for (let i = 0; i < groups.length; i++) {
      let digits = "";
      for (let j = i; j < groups.length && digits.length <= LONGEST; j++) {
        digits += groups[j];
        if (!spelled.has(digits)) spelled.set(digits, written);
      }
    }
  }
  return spelled;
}

/** Random ids (request ids in headers and frames): their all-digit groups would read as stray 4-digit numbers. */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Every pattern that occurs in the text, with what it matched first. */
export function scan(raw: string): Hit[] {
  const text = raw.replace(UUID, "<uuid>");
  const numbers = numbersIn(text);
  const hits: Hit[] = [];
  for (const pattern of ALL_PATTERNS) {
    if (pattern.match instanceof RegExp) {
      const match = pattern.match.exec(text);
      if (match) hits.push({ pattern, match: match[0] });
      continue;
    }
    for (const digits of pattern.match) {
      const written = numbers.get(digits);
      if (written !== undefined) {
        hits.push({ pattern, match: written });
        break;
      }
    }
  }
  return hits;
}

const FORBIDDEN: Record<Access, readonly Level[]> = {
  full: [],
  masked: ["full", "beyond-mask"],
  none: ["full", "beyond-mask", "masked-part"],
};

/** A role, or "nobody": stored logs (audit rows, notes, feed) and console lines may hold no part of any field. */
export type Reader = Role | "nobody";

function allowance(reader: Reader, field: Pattern["field"]): Access {
  if (field === "typedCard") return "masked"; // a card number typed into a note keeps its last 4, for everyone
  return reader === "nobody" ? "none" : mayReceive(reader, field);
}

/** What the reader got beyond its allowance, as `field (level: pattern) "match"`. */
export function leaks(text: string, reader: Reader): string[] {
  return scan(text)
    .filter((hit) => FORBIDDEN[allowance(reader, hit.pattern.field)].includes(hit.pattern.level))
    .map((hit) => `${hit.pattern.field} (${hit.pattern.level}: ${hit.pattern.name}) "${hit.match}"`);
}

/** Each field's value as an answer presents it; a field the answer left out is absent. */
export type Presented = Partial<Record<PiiFieldName, string>>;
type Shown = { value?: string | null } | null | undefined;
interface CustomerShape {
  pii?: Partial<Record<PiiFieldName, Shown>>;
}

export function presentedInCustomer(customer: unknown): Presented {
  const pii = (customer as CustomerShape | undefined)?.pii ?? {};
  const out: Presented = {};
  for (const [field, shown] of Object.entries(pii) as [PiiFieldName, Shown][]) if (shown?.value) out[field] = shown.value;
  return out;
}

/** The profile answer (GET /api/customers/:id): the customer's fields and the loan's disbursement account. */
export function presentedInProfile(body: unknown, loanId: string): Presented {
  const profile = body as { customer?: unknown; loans?: { id: string; disbursementAccount?: Shown }[] } | null;
  const out = presentedInCustomer(profile?.customer);
  const account = profile?.loans?.find((loan) => loan.id === loanId)?.disbursementAccount?.value;
  if (account) out.disbursementAccount = account;
  return out;
}

/** The devices answer (GET /api/customers/:id/devices): the marked device's install id. */
export function presentedInDevices(body: unknown, deviceId: string): Presented {
  const items = (body as { items?: { id: string; deviceId?: Shown }[] } | null)?.items ?? [];
  const value = items.find((d) => d.id === deviceId)?.deviceId?.value;
  return value ? { deviceId: value } : {};
}

/** Positive controls: failures, one per field the answer shows otherwise than the table says. */
export function controlFailures(role: Role, where: string, text: string, presented: Presented, fields: readonly PiiFieldName[]): string[] {
  const hits = scan(text);
  const found = (field: PiiFieldName, level: Level) => hits.some((h) => h.pattern.field === field && h.pattern.level === level);
  const failures: string[] = [];
  const fail = (field: PiiFieldName, why: string) => failures.push(`${role} ${where}: ${field} ${why}`);
  for (const field of fields) {
    const access = mayReceive(role, field);
    const value = presented[field];
    const marker = MARKERS[field];
    if (access === "full") {
      if (!value || !marker.values.includes(value)) fail(field, `should show the full value, showed ${JSON.stringify(value)}`);
      else if (!found(field, "full")) fail(field, `shows ${value} but the crawl's matcher does not find it`);
    } else if (access === "masked") {
      if (!value || !marker.masked.includes(value)) fail(field, `should show the masked form, showed ${JSON.stringify(value)}`);
      else if (marker.patterns.some((p) => p.level === "masked-part") && !found(field, "masked-part"))
        fail(field, `shows ${value} but the crawl's matcher does not find its visible part`);
    } else if (value !== undefined) fail(field, `should not be sent at all, showed ${JSON.stringify(value)}`);
  }
  return failures;
}
