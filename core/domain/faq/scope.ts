// Product scope: leases and loans are answered in different words (compliance), so the product a
// question is about decides which articles may answer it. A loan customer never gets a lease answer.

export const PRODUCT_SCOPES = ["lease", "loan", "both", "neither"] as const;
export type ProductScope = (typeof PRODUCT_SCOPES)[number];
export type Product = "lease" | "loan";

/** What the asking customer holds; null when nobody is identified. */
export type Holdings = { lease: boolean; loan: boolean } | null;

/** The product a question names, from its terms: one of the two, or null (neither or both). */
export function productNamed(terms: readonly string[]): Product | null {
  const lease = terms.includes("lease");
  const loan = terms.includes("loan");
  if (lease === loan) return null;
  return lease ? "lease" : "loan";
}

/**
 * The product a question is about. A customer with one product is asked about that one, whatever
 * the words (a loan customer saying "lease" still gets loan answers); a customer with both, or
 * nobody known, gets the product the question names, else null (it may be either).
 */
export function productOf(holdings: Holdings, named: Product | null): Product | null {
  if (holdings && holdings.lease !== holdings.loan) return holdings.lease ? "lease" : "loan";
  return named;
}

/** Article scopes that may answer a question about `product` (every scope while it is unknown). */
export function scopesFor(product: Product | null): ProductScope[] {
  return product ? [product, "both", "neither"] : [...PRODUCT_SCOPES];
}

/** The other half of a lease-vs-loan pair. */
export function otherProduct(product: Product): Product {
  return product === "lease" ? "loan" : "lease";
}

/**
 * Words that mean one thing for a lease and another for a loan: a lease is "paid off" by its early
 * purchase option (a buyout), a loan is "bought out" by its payoff.
 */
const SAME_WORDS: Record<Product, Record<string, string>> = {
  lease: { payoff: "buyout" },
  loan: { buyout: "payoff" },
};

/** The question's terms as the product it is about reads them. */
export function termsForProduct(terms: readonly string[], product: Product | null): string[] {
  if (!product) return [...terms];
  const map = SAME_WORDS[product];
  return [...new Set(terms.map((t) => map[t] ?? t))];
}
