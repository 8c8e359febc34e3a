// Property: whatever a queue does to a back end's history (repeats any event, delivers in any
// order), applying it with the version rule and the sender's-event-id dedupe ends in the state of
// the clean history: each entity at its newest version, each fact (a payment) once; and no entity
// ever moves back to an older version on the way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { versionVerdict } from "../../../../core/domain/integrations";

interface Delivered {
  eventId: string;
  entity: string;
  version: number;
  data: number;
}

type State = Map<string, { version: number; data: number }>;

/** Applies deliveries as Tandem does: a repeated event id is dropped; a snapshot applies only when newer. */
function apply(deliveries: readonly Delivered[], onMove?: (entity: string, from: number, to: number) => void): State {
  const state: State = new Map();
  const seen = new Set<string>();
  for (const d of deliveries) {
    if (seen.has(d.eventId)) continue;
    seen.add(d.eventId);
    const current = state.get(d.entity);
    if (versionVerdict(current?.version ?? null, d.version) !== "apply") continue;
    onMove?.(d.entity, current?.version ?? 0, d.version);
    state.set(d.entity, { version: d.version, data: d.data });
  }
  return state;
}

/** A clean history: each entity's versions 1..n in order, each with its own data. */
const historyArb = fc
  .array(fc.record({ versions: fc.integer({ min: 1, max: 6 }), seed: fc.integer() }), { minLength: 1, maxLength: 5 })
  .map((entities) =>
    entities.flatMap(({ versions, seed }, e) =>
      Array.from({ length: versions }, (_, i) => ({ eventId: `e${e}-v${i + 1}`, entity: `ent${e}`, version: i + 1, data: seed + i })),
    ),
  );

/** The same history as a queue may deliver it: each event 1-3 times, in any order. */
const messyArb = historyArb.chain((clean) =>
  fc
    .tuple(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: clean.length, maxLength: clean.length }), fc.integer())
    .map(([copies, seed]) => {
      const all = clean.flatMap((event, i) => Array.from({ length: copies[i] ?? 1 }, () => event));
      return { clean, messy: shuffle(all, seed) };
    }),
);

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("the version rule under duplicates and reordering", () => {
  it("ends where the clean history ends: every entity at its newest version", () => {
    fc.assert(
      fc.property(messyArb, ({ clean, messy }) => {
        const expected = new Map<string, { version: number; data: number }>();
        // The rule as a person states it: the last event of each entity's history is its state.
        for (const event of clean) expected.set(event.entity, { version: event.version, data: event.data });
        expect(apply(messy)).toEqual(expected);
        expect(apply(clean)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("never moves an entity back to an older version on the way", () => {
    fc.assert(
      fc.property(messyArb, ({ messy }) => {
        apply(messy, (_, from, to) => expect(to).toBeGreaterThan(from));
      }),
      { numRuns: 300 },
    );
  });

  it("states the verdicts as a table", () => {
    expect(versionVerdict(null, 1)).toBe("apply");
    expect(versionVerdict(0, 1)).toBe("apply");
    expect(versionVerdict(3, 4)).toBe("apply");
    expect(versionVerdict(3, 3)).toBe("duplicate");
    expect(versionVerdict(3, 2)).toBe("stale");
  });
});
