// Presence deltas: a socket that applies them sees exactly the room's list, however they arrive.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPresenceDelta, presenceDelta } from "../../../../core/domain/presence";

const person = fc.record({
  staffId: fc.constantFrom("stf_a", "stf_b", "stf_c", "stf_d", "stf_e", "stf_f"),
  since: fc.integer({ min: 0, max: 20 }),
  state: fc.constantFrom("viewing", "editing", "away"),
  device: fc.constantFrom("phone", "tablet", "desktop"),
});
/** A room's list: one entry per person, in the room's order. */
const list = fc
  .uniqueArray(person, { selector: (p) => p.staffId, maxLength: 6 })
  .map((people) => [...people].sort((a, b) => a.since - b.since || a.staffId.localeCompare(b.staffId)));

describe("presence deltas", () => {
  it("turn the list a socket was told into the room's list", () => {
    fc.assert(
      fc.property(list, list, (before, after) => {
        expect(applyPresenceDelta(before, presenceDelta(before, after))).toEqual(after);
      }),
      { numRuns: 1_000 },
    );
  });

  it("change nothing when applied again, or after a fresher full list (a joiner's room-state)", () => {
    fc.assert(
      fc.property(list, list, (before, after) => {
        const delta = presenceDelta(before, after);
        expect(applyPresenceDelta(after, delta)).toEqual(after);
      }),
      { numRuns: 1_000 },
    );
  });

  it("name only who changed: one arrival in a crowd is one entry", () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ staffId: `stf_${i}`, since: i, state: "viewing" }));
    const arrived = { staffId: "stf_new", since: 500, state: "viewing" };
    expect(presenceDelta(crowd, [...crowd, arrived])).toEqual({ upserts: [arrived], removals: [] });
    const changed = crowd.map((p) => (p.staffId === "stf_7" ? { ...p, state: "away" } : p));
    expect(presenceDelta(crowd, changed.slice(1))).toEqual({
      upserts: [{ staffId: "stf_7", since: 7, state: "away" }],
      removals: ["stf_0"],
    });
    expect(presenceDelta(crowd, crowd)).toEqual({ upserts: [], removals: [] });
  });
});
