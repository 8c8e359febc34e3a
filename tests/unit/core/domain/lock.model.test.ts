// Model-based test of the ownership lock: generated sequences of room inputs go to the real
// reducer (core/domain/lock.ts, driven as the room drives it) and to an independent reference
// model written from the stated rules; after every input they must agree on owner, token, every
// write check and the events people see, and the real side must keep the single-writer guarantee.
// LOCK_MODEL_RUNS=20000 npx vitest run --project unit tests/unit/core/domain/lock.model.test.ts   for a long run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCK_CONFIG } from "../../../../core/domain/lock";
import { lockCommands } from "../../support/lock-commands";
import { World } from "../../support/lock-world";

const RUNS = Number(process.env.LOCK_MODEL_RUNS ?? 1000);
// about 1.5 ms a run; long runs get the time they need
const TIMEOUT_MS = Math.max(30_000, RUNS * 10);

describe("the ownership lock against its reference model", () => {
  it(`agrees with the rules and keeps one writer over ${RUNS} generated runs`, { timeout: TIMEOUT_MS }, () => {
    let steps = 0;
    let writes = 0;
    let stale = 0;
    fc.assert(
      fc.property(fc.commands(lockCommands, { maxCommands: 80, size: "max" }), fc.nat(5), (commands, floor) => {
        const world = new World(DEFAULT_LOCK_CONFIG, floor);
        // the world holds both sides (reference and real); fast-check sequences and shrinks the inputs
        fc.modelRun(() => ({ model: world, real: world }), commands);
        steps += world.steps;
        writes += world.writesAccepted;
        stale += world.staleRefused;
      }),
      { numRuns: RUNS },
    );
    // the generated runs really reached accepted writes and refused stale ones
    expect(steps).toBeGreaterThan(RUNS * 10);
    expect(writes).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);
  });
});
