// Tier progress on a hand-written ladder (Bronze 0, Silver 2,500, Gold 6,000, Platinum 12,000) and
// ladders that overlap.
import { describe, expect, it } from "vitest";
import { checkLadder, type TierDef, tierForPoints, tierProgress } from "../../../../core/domain/tiers";

const tier = (key: string, rank: number, threshold: number): TierDef => ({
  id: `tier_${key}`,
  key,
  name: key[0]?.toUpperCase() + key.slice(1),
  rank,
  threshold,
  benefit: `${key} benefit`,
});
const LADDER = [tier("bronze", 1, 0), tier("silver", 2, 2_500), tier("gold", 3, 6_000), tier("platinum", 4, 12_000)];

describe("tier progress", () => {
  it("measures a Gold member with 7,500 points from Gold's 6,000 to Platinum's 12,000", () => {
    expect(tierProgress(LADDER, "gold", 7_500)).toMatchObject({
      current: { key: "gold" },
      next: { key: "platinum" },
      pointsToEnter: 6_000,
      nextStartsAt: 12_000,
      pointsNeeded: 4_500,
      pointsToKeep: 0,
      fraction: 0.25,
    });
  });

  it("has nothing above the top tier", () => {
    expect(tierProgress(LADDER, "platinum", 15_000)).toMatchObject({ next: null, nextStartsAt: null, pointsNeeded: null, fraction: 1 });
  });

  it("keeps a member in the tier on record below its threshold, and says how many points keep it", () => {
    expect(tierProgress(LADDER, "silver", 2_000)).toMatchObject({
      current: { key: "silver" },
      pointsToKeep: 500,
      pointsNeeded: 4_000,
      fraction: 0,
    });
  });

  it("answers null for a tier the ladder does not have", () => {
    expect(tierProgress(LADDER, "diamond", 1)).toBeNull();
  });

  it("says which tier points buy", () => {
    expect(tierForPoints(LADDER, 0)?.key).toBe("bronze");
    expect(tierForPoints(LADDER, 2_499)?.key).toBe("bronze");
    expect(tierForPoints(LADDER, 2_500)?.key).toBe("silver");
    expect(tierForPoints(LADDER, 1_000_000)?.key).toBe("platinum");
  });
});

describe("ladders", () => {
  it("accepts a ladder whose thresholds rise with rank, in rank order", () => {
    const checked = checkLadder([LADDER[2], LADDER[0], LADDER[3], LADDER[1]] as TierDef[]);
    expect(checked.ok && checked.tiers.map((t) => t.key)).toEqual(["bronze", "silver", "gold", "platinum"]);
  });

  it("refuses two tiers that start at the same points, and a higher tier that starts lower", () => {
    const same = checkLadder([tier("bronze", 1, 0), tier("gold", 3, 6_000), tier("platinum", 4, 6_000)]);
    expect(same).toMatchObject({ ok: false, code: "TIERS_OVERLAP" });
    expect(!same.ok && same.message).toContain("Platinum starts at 6,000 points");
    expect(checkLadder([tier("silver", 2, 7_000), tier("gold", 3, 6_000)])).toMatchObject({ ok: false, code: "TIERS_OVERLAP" });
    expect(checkLadder([])).toMatchObject({ ok: false, code: "NO_TIERS" });
  });
});
