// Compliance's wording rules for answers: a lease is not credit, so a lease answer never speaks of
// interest, APR, borrowing or a lender; a loan is not a rental, so a loan answer never speaks of
// rent-to-own, lease payments or an early purchase option; nobody is promised an approval. An
// article version breaking a rule cannot be approved.
import type { ProductScope } from "./scope";

interface Rule {
  pattern: RegExp;
  why: string;
}

const LEASE_FORBIDDEN: Rule[] = [
  { pattern: /\binterest\b/i, why: "a lease has no interest" },
  { pattern: /\bAPR\b|annual percentage rate/i, why: "a lease has no APR" },
  { pattern: /\bloans?\b/i, why: "a lease is not a loan" },
  { pattern: /\bborrow(s|ed|ing|er)?\b/i, why: "a lessee does not borrow" },
  { pattern: /\blenders?\b/i, why: "the lessor is not a lender" },
  { pattern: /finance charges?|amount financed|\bprincipal\b/i, why: "those are credit terms (Truth in Lending), not lease terms" },
];

const LOAN_FORBIDDEN: Rule[] = [
  { pattern: /rent[- ]to[- ]own|\brental\b/i, why: "a loan is not a rental" },
  { pattern: /\bleases?\b|\blessee\b/i, why: "a loan answer must not describe a lease" },
  { pattern: /early purchase option/i, why: "the early purchase option belongs to leases" },
];

const EVERY_SCOPE_FORBIDDEN: Rule[] = [
  { pattern: /guarantee(d)? (approval|to be approved)|approval (is )?guaranteed/i, why: "nobody is promised an approval" },
  { pattern: /no credit check/i, why: "say how applications are reviewed, never 'no credit check'" },
];

function rulesFor(scope: ProductScope): Rule[] {
  if (scope === "lease") return [...LEASE_FORBIDDEN, ...EVERY_SCOPE_FORBIDDEN];
  if (scope === "loan") return [...LOAN_FORBIDDEN, ...EVERY_SCOPE_FORBIDDEN];
  return EVERY_SCOPE_FORBIDDEN;
}

/** What an article says (title, answer, personal answer) that its product may not, as sentences; empty when it follows the rules. */
export function wordingProblems(
  scope: ProductScope,
  texts: { title: string; questions: readonly string[]; answer: string; template: string | null },
): string[] {
  // What the assistant says or shows: the ways callers ask are theirs and may use any words.
  const fields: [string, string][] = [
    ["title", texts.title],
    ["answer", texts.answer],
    ...(texts.template ? [["personal answer", texts.template] as [string, string]] : []),
  ];
  const problems: string[] = [];
  for (const rule of rulesFor(scope)) {
    for (const [where, text] of fields) {
      const found = rule.pattern.exec(text);
      if (found) problems.push(`${where} says "${found[0]}": ${rule.why}`);
    }
  }
  return problems;
}
