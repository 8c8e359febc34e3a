// Automatic tags: each rule names a tag and the fact about the customer that earns it. Rules read
// stored facts only (no clock), so a tag changes when the facts do: the seed and every loyalty
// event or lockout change re-evaluate them, and search finds customers by them.

export interface TagFacts {
  tier: string;
  /** At least one app install (iOS or Android). */
  hasApp: boolean;
  /** Every app install has notifications off. */
  pushOff: boolean;
  lockedOut: boolean;
  /** Accepted promo claims, ever. */
  claims: number;
  lifetimeSpendCents: number;
  /** Distinct stores visited (purchases and check-ins). */
  storesVisited: number;
}

export interface TagRule {
  tag: string;
  /** The rule in words, shown beside the tag. */
  rule: string;
  applies: (facts: TagFacts) => boolean;
}

export const TAG_RULES: readonly TagRule[] = [
  { tag: "gold-plus", rule: "Tier is Gold or Platinum", applies: (f) => f.tier === "gold" || f.tier === "platinum" },
  { tag: "app-user", rule: "Has the mobile app installed", applies: (f) => f.hasApp },
  { tag: "push-off", rule: "Notifications are off on every app install", applies: (f) => f.hasApp && f.pushOff },
  { tag: "promo-locked", rule: "Locked out of promo codes", applies: (f) => f.lockedOut },
  { tag: "promo-fan", rule: "Claimed 3 or more promo codes", applies: (f) => f.claims >= 3 },
  { tag: "big-spender", rule: "Spent $2,500 or more in total", applies: (f) => f.lifetimeSpendCents >= 250_000 },
  { tag: "multi-store", rule: "Visited 3 or more stores", applies: (f) => f.storesVisited >= 3 },
];

/** The automatic tags the facts earn, in the rules' order. */
export function ruleTags(facts: TagFacts): { tag: string; rule: string }[] {
  return TAG_RULES.filter((r) => r.applies(facts)).map(({ tag, rule }) => ({ tag, rule }));
}

/** How a tag is written and searched: lower case, words joined by hyphens. */
export function normalizeTag(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
