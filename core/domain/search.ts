// Turns what a rep types into one search plan that an index or FTS5 can answer.
import { phonePrefix } from "./phone";

export type SearchPlan =
  | { kind: "empty" }
  | { kind: "id"; value: string }
  | { kind: "phone"; prefix: string }
  | { kind: "email"; prefix: string }
  | { kind: "loyalty"; prefix: string }
  | { kind: "external"; prefix: string }
  | { kind: "name"; match: string };

const MAX_QUERY = 100;

export function planSearch(raw: string): SearchPlan {
  const text = raw.trim().slice(0, MAX_QUERY);
  if (text.length === 0) return { kind: "empty" };
  if (/^cus_\d+$/i.test(text)) return { kind: "id", value: text.toLowerCase() };
  if (text.includes("@")) return { kind: "email", prefix: text.toLowerCase() };
  if (/^ly\d+$/i.test(text)) return { kind: "loyalty", prefix: text.toUpperCase() };
  if (/^fx-?\d+$/i.test(text)) {
    const digits = text.replace(/\D/g, "");
    return { kind: "external", prefix: `FX-${digits}` };
  }
  const phone = phonePrefix(text);
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
