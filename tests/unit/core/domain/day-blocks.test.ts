// Day blocks: every day counts into one aligned block per level, and a range is summed from the
// aligned blocks that cover it exactly, never a day twice, never a day outside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocksOf, coverDays, dayNumber, MAX_BLOCK_LEVEL } from "../../../../core/domain/day-blocks";

const days = (b: { level: number; start: number }) => Array.from({ length: 2 ** b.level }, (_, i) => b.start + i);

describe("day blocks", () => {
  it("number days from 1970-01-01", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-06-01")).toBe(20605);
  });

  it("cover 90 days from 1 June 2026 with seven aligned blocks, worked out by hand", () => {
    // 20605 is odd (1 day), 20606 (2), 20608 is a multiple of 64 (64 days to 20671), then 16, 4, 2, 1.
    expect(coverDays(20605, 20694)).toEqual([
      { level: 0, start: 20605 },
      { level: 1, start: 20606 },
      { level: 6, start: 20608 },
      { level: 4, start: 20672 },
      { level: 2, start: 20688 },
      { level: 1, start: 20692 },
      { level: 0, start: 20694 },
    ]);
  });

  it("cover any range exactly once, with blocks a day's own blocks include", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 22_000 }), fc.integer({ min: 0, max: 400 }), (first, length) => {
        const blocks = coverDays(first, first + length);
        const covered = blocks.flatMap(days);
        expect(covered).toEqual(Array.from({ length: length + 1 }, (_, i) => first + i));
        for (const block of blocks) expect(blocksOf(block.start)).toContainEqual(block);
        expect(blocks.length).toBeLessThanOrEqual(2 * (MAX_BLOCK_LEVEL + 1) + Math.floor(length / 2 ** MAX_BLOCK_LEVEL));
      }),
    );
  });

  it("put a day in one block per level, each containing it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => {
        const blocks = blocksOf(day);
        expect(blocks.map((b) => b.level)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        for (const b of blocks) expect(days(b)).toContain(day);
      }),
    );
  });
});
