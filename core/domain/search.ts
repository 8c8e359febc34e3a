// Turns what a rep types into one search plan that an index or FTS5 can answer, within what the
// searcher may see: a prefix search on a field they see masked would be an oracle (type "555 01",
// see whether the customer comes back, and the masked digits fall one at a time), so such fields
// match only whole values.
import { normalizePhone, phonePrefix } from "./phone";
import { normalizeTag } from "./tag-rules";

/** Identifier fields a searcher sees only masked: searched by exact value, never by prefix. */
export type ExactOnly = ReadonlySet<"phone" | "email">;

export type SearchPlan =
  | { kind: "empty" }
  /** The text looks like a (partial) value of a field this searcher may only match whole. */
  | { kind: "needs-exact"; field: "phone" | "email" }
  | { kind: "id"; value: string }
  | { kind: "phone"; prefix: string; exact?: true }
  | { kind: "email"; prefix: string; exact?: true }
  | { kind: "loyalty"; prefix: string }
  | { kind: "external"; prefix: string }
  | { kind: "name"; match: string }
  /** `#vip` or `tag:vip`: customers with a tag starting so (automatic or manual). */
  | { kind: "tag"; prefix: string }
  /** `promo:SPRING` or `code:SPRING`: customers who claimed a code starting so. */
  | { kind: "promo"; prefix: string };

const MAX_QUERY = 100;

/** Searches a person may run per rolling minute (type-ahead included); more is refused (429). */
export const SEARCHES_PER_MINUTE = 120;

export function planSearch(raw: string, exactOnly: ExactOnly = new Set()): SearchPlan {
  const text = raw.trim().slice(0, MAX_QUERY);
  if (text.length === 0) return { kind: "empty" };
  if (/^cus_\d+$/i.test(text)) return { kind: "id", value: text.toLowerCase() };
  // Tags and promo codes are not personal data: a prefix is fine for every role.
  const tagged = /^(?:#|tag:)\s*(.*)$/i.exec(text);
  if (tagged) {
    const tag = normalizeTag(tagged[1] ?? "");
    return tag ? { kind: "tag", prefix: tag } : { kind: "empty" };
  }
  const promo = /^(?:promo|code):\s*(.*)$/i.exec(text);
  if (promo) {
    const code = (promo[1] ?? "").trim().toUpperCase();
    return code ? { kind: "promo", prefix: code } : { kind: "empty" };
  }
  if (text.includes("@")) {
    if (!exactOnly.has("email")) return { kind: "email", prefix: text.toLowerCase() };
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)
      ? { kind: "email", prefix: text.toLowerCase(), exact: true }
      : { kind: "needs-exact", field: "email" };
  }
  if (/^ly\d+$/i.test(text)) return { kind: "loyalty", prefix: text.toUpperCase() };
  if (/^fx-?\d+$/i.test(text)) {
    const digits = text.replace(/\D/g, "");
    return { kind: "external", prefix: `FX-${digits}` };
  }
  const phone = phonePrefix(text);
  if (phone && exactOnly.has("phone")) {
    const whole = normalizePhone(text);
    return whole ? { kind: "phone", prefix: whole, exact: true } : { kind: "needs-exact", field: "phone" };
  }
  if (phone) return { kind: "phone", prefix: phone };
  const match = nameMatch(text);
  return match ? { kind: "name", match } : { kind: "empty" };
}

/**
 * FTS5 query for a name typed so far: every word must match as a prefix.
 * Words are quoted so FTS5 operators in the input are just text.
 */
export function nameMatch(text: string): string | null {
  const words = text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 5);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(" ");
}

/** Smallest string greater than every string starting with `prefix`: `col >= p AND col < upper`. */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** Above this many name hits, results come in index order: ranking would cost more than it helps. */
export const RANK_WHEN_AT_MOST = 200;
