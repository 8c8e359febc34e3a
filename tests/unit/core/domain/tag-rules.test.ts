// Automatic tags from the facts, as the rules say in words.
import { describe, expect, it } from "vitest";
import { normalizeTag, ruleTags, type TagFacts } from "../../../../core/domain/tag-rules";

const facts = (over: Partial<TagFacts>): TagFacts => ({
  tier: "silver",
  hasApp: false,
  pushOff: false,
  lockedOut: false,
  claims: 0,
  lifetimeSpendCents: 0,
  storesVisited: 0,
  ...over,
});

describe("tag rules", () => {
  it("tags nothing for a customer with no facts worth a tag", () => {
    expect(ruleTags(facts({}))).toEqual([]);
  });
  it("tags a Gold app user with notifications off, locked out, with 3 claims, $2,500 spent in 3 stores", () => {
    const tags = ruleTags(
      facts({ tier: "gold", hasApp: true, pushOff: true, lockedOut: true, claims: 3, lifetimeSpendCents: 250_000, storesVisited: 3 }),
    ).map((t) => t.tag);
    expect(tags).toEqual(["gold-plus", "app-user", "push-off", "promo-locked", "promo-fan", "big-spender", "multi-store"]);
  });
  it("stops short of each threshold", () => {
    expect(ruleTags(facts({ claims: 2, lifetimeSpendCents: 249_999, storesVisited: 2, tier: "silver", pushOff: true }))).toEqual([]);
  });
  it("writes tags lower case with hyphens", () => {
    expect(normalizeTag("  VIP Customer ")).toBe("vip-customer");
    expect(normalizeTag("Spanish_speaking")).toBe("spanish-speaking");
    expect(normalizeTag("#hardship!")).toBe("hardship");
  });
});
