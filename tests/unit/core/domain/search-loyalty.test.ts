// Search by tag and by promo code claimed: what a rep types and the plan it becomes.
import { describe, expect, it } from "vitest";
import { planSearch } from "../../../../core/domain/search";

describe("search plans for tags and promo codes", () => {
  it.each([
    ["#vip", { kind: "tag", prefix: "vip" }],
    ["#Gold", { kind: "tag", prefix: "gold" }],
    ["tag: Night Shift", { kind: "tag", prefix: "night-shift" }],
    ["promo:spring", { kind: "promo", prefix: "SPRING" }],
    ["code: SPRING20", { kind: "promo", prefix: "SPRING20" }],
    ["#", { kind: "empty" }],
    ["promo:", { kind: "empty" }],
  ])("%s", (typed, plan) => {
    expect(planSearch(typed)).toEqual(plan);
  });

  it("searches tags and codes by prefix even for roles that see contact fields masked (they are not personal data)", () => {
    expect(planSearch("#vip", new Set(["phone", "email"]))).toEqual({ kind: "tag", prefix: "vip" });
  });

  it("leaves names, phones and ids as they were", () => {
    expect(planSearch("maya").kind).toBe("name");
    expect(planSearch("cus_0001").kind).toBe("id");
    expect(planSearch("555 010").kind).toBe("phone");
  });
});
