// Captured intervals: a batch that cannot be true is refused, naming each interval; and however batches
// arrive (split anywhere, out of order, resent, overlapping copies), the time per place is the clean
// stream's, counted once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClockInterval } from "../../../../core/domain/step-clock";
import { batchProblems, foldTimeline, timePerPlace } from "../../../../core/domain/step-intervals";

const NOW = Date.UTC(2026, 11, 2, 15);
const sec = (s: number) => NOW - 3_600_000 + s * 1000;

describe("a batch's checks", () => {
  it("accepts intervals in order, touching but not overlapping, all before the batch was sent", () => {
    const intervals = [
      { at: "profile.overview", from: sec(0), to: sec(40) },
      { at: "profile.products", from: sec(40), to: sec(100) },
    ];
    expect(batchProblems({ sentAt: sec(101), intervals, current: { at: "profile.products", since: sec(100) } }, NOW)).toEqual([]);
  });

  it("names a negative interval, an overlap, one that ends after sending, and a clock a day off", () => {
    const problems = batchProblems(
      {
        sentAt: sec(200),
        current: null,
        intervals: [
          { at: "profile.overview", from: sec(50), to: sec(40) },
          { at: "profile.overview", from: sec(100), to: sec(160) },
          { at: "profile.products", from: sec(150), to: sec(170) },
          { at: "dialog.note", from: sec(190), to: sec(230) },
        ],
      },
      NOW,
    );
    expect(problems.map((p) => p.path).sort()).toEqual(["intervals.0", "intervals.2", "intervals.3"]);
    expect(problems.find((p) => p.path === "intervals.0")?.message).toMatch(/ends before it starts/);
    expect(problems.find((p) => p.path === "intervals.2")?.message).toMatch(/overlaps intervals.1/);
    expect(problems.find((p) => p.path === "intervals.3")?.message).toMatch(/future/);
    expect(batchProblems({ sentAt: NOW + 25 * 3_600_000, intervals: [], current: null }, NOW).map((p) => p.path)).toEqual(["sentAt"]);
  });
});

const PLACES = ["profile.overview", "profile.products", "dialog.payment", "dialog.note"];

/** A clean stream: one place at a time, in order, with gaps (hidden, idle) between some. */
const cleanStream = fc
  .array(
    fc.record({ at: fc.constantFrom(...PLACES), length: fc.integer({ min: 1, max: 120_000 }), gap: fc.integer({ min: 0, max: 30_000 }) }),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((pieces) => {
    let t = sec(0);
    return pieces.map((p) => {
      t += p.gap;
      const interval = { at: p.at, from: t, to: t + p.length };
      t += p.length;
      return interval;
    });
  });

/** Per place, summed by hand from the clean stream (it has no overlaps, so a plain sum is right). */
function sums(stream: ClockInterval[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of stream) out[i.at] = (out[i.at] ?? 0) + (i.to - i.from);
  return out;
}

describe("folding stored batches", () => {
  it("counts a clean stream as its plain sum per place", () => {
    fc.assert(
      fc.property(cleanStream, (stream) => {
        expect(Object.fromEntries(timePerPlace(stream))).toEqual(sums(stream));
      }),
    );
  });

  it("gives the clean stream's times for batches split anywhere, shuffled, resent and overlapping copies of the same place", () => {
    fc.assert(
      fc.property(
        cleanStream,
        fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 10,
        }),
        fc.infiniteStream(fc.nat()),
        (stream, resends, copies, order) => {
          // Split into batches at random points, resend some, add copies of parts of intervals.
          const batches: ClockInterval[][] = [];
          let i = 0;
          while (i < stream.length) {
            const size = 1 + ((order.next().value as number) % 4);
            batches.push(stream.slice(i, i + size));
            i += size;
          }
          for (const r of resends) batches.push([...(batches[r % batches.length] ?? [])]);
          for (const [k, a, b] of copies) {
            const whole = stream[k % stream.length] as ClockInterval;
            const from = whole.from + Math.floor(Math.min(a, b) * (whole.to - whole.from));
            const to = whole.from + Math.ceil(Math.max(a, b) * (whole.to - whole.from));
            if (to > from) batches.push([{ at: whole.at, from, to }]);
          }
          const shuffled = batches.map((b) => ({ b, key: order.next().value as number })).sort((x, y) => x.key - y.key);
          const arrived = shuffled.flatMap((x) => x.b);
          expect(Object.fromEntries(timePerPlace(arrived))).toEqual(sums(stream));
        },
      ),
    );
  });

  it("keeps one place at a time: overlapping places from two devices go to the one entered later", () => {
    const folded = foldTimeline([
      { at: "profile.overview", from: sec(0), to: sec(60) },
      { at: "dialog.payment", from: sec(40), to: sec(90) },
    ]);
    expect(folded).toEqual([
      { at: "profile.overview", from: sec(0), to: sec(40) },
      { at: "dialog.payment", from: sec(40), to: sec(90) },
    ]);
  });
});
