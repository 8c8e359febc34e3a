// What a right search answer is, stated as a rep would: the customer whose number or name we typed
// is among the hits (unless the page is full of other matches), and every hit matches what was
// typed. Expected customers come from the seed's stated rules (db/seed/generate.ts, fixtures.ts),
// restated here by hand, never from the search code itself. An empty index fails every query.
import { northwindCustomerId } from "../../db/seed/fixtures";
import type { Verdict } from "./report";

/** What the checks read of a hit (the repository's SearchHit has more). */
export interface Hit {
  id: string;
  fullName: string;
  phone: string;
}

export interface SearchInput {
  query: string;
  /** The customer the query was made from: among the hits unless the page is full. */
  expect: string;
  kind: "phone" | "name" | "identifier";
}

/** Results per page the benchmark asks for (the API's default page and one more). */
export const PAGE_LIMIT = 21;

/** Known seeded customers, by hand: cus_0001 is Maya Johnson, (555) 010-2233 (fixtures.ts). */
export const KNOWN_SEARCHES: SearchInput[] = [
  { query: "(555) 010-2233", expect: "cus_0001", kind: "phone" },
  { query: "555 010", expect: "cus_0001", kind: "phone" },
  { query: "Maya Johnson", expect: "cus_0001", kind: "name" },
  { query: "Maya Joh", expect: "cus_0001", kind: "name" },
  { query: "cus_0001", expect: "cus_0001", kind: "identifier" },
  { query: "LY10000001", expect: "cus_0001", kind: "identifier" },
  { query: "FX-0000001", expect: "cus_0001", kind: "identifier" },
  { query: "maya.johnson@example.com", expect: "cus_0001", kind: "identifier" },
];

/**
 * Customer N has loyalty number LY1 followed by N in 7 digits and external id FX- and N in 7
 * digits (the seed's rule), so looking either up finds exactly that customer.
 */
export function identifierSearches(indexes: number[]): SearchInput[] {
  return indexes.map((index, k) => ({
    query: k % 2 === 0 ? `LY${String(10_000_000 + index).slice(-8)}` : `FX-${String(index).padStart(7, "0")}`,
    expect: northwindCustomerId(index),
    kind: "identifier" as const,
  }));
}

/** A North American number is 1 and its ten digits, however it was written. */
function e164Digits(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length === 10 ? `1${digits}` : digits;
}

/** Case and accents do not matter to a rep typing a name ("jos" finds "José"). */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function matchesTyped(input: SearchInput, hit: Hit): boolean {
  if (input.kind === "phone") {
    const typed = input.query.replace(/\D/g, "");
    return e164Digits(hit.phone).startsWith(typed.length <= 10 && !typed.startsWith("1") ? `1${typed}` : typed);
  }
  if (input.kind === "name") {
    const words = fold(hit.fullName).split(/[^\p{L}\p{N}]+/u);
    return fold(input.query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .every((typed) => words.some((word) => word.startsWith(typed)));
  }
  return hit.id === input.expect;
}

/** True for a right answer, else what was wrong (the error's kind). */
export function checkSearch(input: SearchInput, hits: readonly Hit[]): Verdict {
  if (hits.length === 0) return `${input.kind}: no hits`;
  if (!hits.every((hit) => matchesTyped(input, hit))) return `${input.kind}: a hit does not match what was typed`;
  if (input.kind === "identifier") return hits.length === 1 ? true : "identifier: more than one hit";
  const found = hits.some((hit) => hit.id === input.expect);
  return found || hits.length >= PAGE_LIMIT ? true : `${input.kind}: the typed customer is missing`;
}
