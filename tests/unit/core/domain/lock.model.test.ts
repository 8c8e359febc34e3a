// Model-based test of the ownership lock: random command sequences against the real reducer,
// with the properties the room relies on checked after every step.
// LOCK_MODEL_RUNS=10000 npm run test:unit   for the long run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCK_CONFIG as CONFIG,
  checkWrite,
  decideLock,
  EMPTY_LOCK,
  type Holder,
  type LockCommand,
  type LockState,
} from "../../../../core/domain/lock";

const RUNS = Number(process.env.LOCK_MODEL_RUNS ?? 1000);
const PEOPLE: Holder[] = [
  { staffId: "ana", name: "Ana", role: "rep", teamId: "east", device: "phone" },
  { staffId: "ben", name: "Ben", role: "rep", teamId: "east", device: "desktop" },
  { staffId: "lena", name: "Lena", role: "team_lead", teamId: "east", device: "tablet" },
];

interface World {
  state: LockState;
  now: number;
  /** People with a live socket that sends heartbeats. */
  live: Set<string>;
  /** When each current owner last renewed (grant, heartbeat, resume). */
  lastRenewal: number;
  grants: number[];
  acceptedWrites: number;
  staleRefused: number;
}

type Step = { name: string; run: (w: World) => void };

/** Adapts a step to fast-check's model-based runner: the world is both the model and the system. */
class LockStep implements fc.Command<World, World> {
  constructor(readonly step: Step) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    this.step.run(world);
    invariants(world);
  }
  toString(): string {
    return this.step.name;
  }
}

function apply(w: World, command: LockCommand): void {
  const before = w.state;
  const { state, events } = decideLock(before, command, w.now, CONFIG);
  for (const event of events) {
    if (event.type === "granted") {
      // token strictly rises with every grant
      expect(event.token).toBeGreaterThan(w.grants.at(-1) ?? 0);
      expect(event.token).toBe(before.token + 1);
      w.grants.push(event.token);
      w.lastRenewal = w.now;
    }
    if (event.type === "resumed") {
      // a resumption keeps the token
      expect(event.token).toBe(before.token);
      w.lastRenewal = w.now;
    }
  }
  if (command.type === "heartbeat" && state.owner?.staffId === command.by.staffId && state.graceUntil === null) w.lastRenewal = w.now;
  expect(state.token).toBeGreaterThanOrEqual(before.token);
  w.state = state;
}

const person = fc.constantFrom(...PEOPLE);

const steps: fc.Arbitrary<Step>[] = [
  person.map((p) => ({ name: `acquire ${p.staffId}`, run: (w) => w.live.has(p.staffId) && apply(w, { type: "acquire", by: p }) })),
  person.map((p) => ({ name: `release ${p.staffId}`, run: (w) => w.live.has(p.staffId) && apply(w, { type: "release", by: p }) })),
  fc.tuple(person, fc.boolean()).map(([p, active]) => ({
    name: `heartbeat ${p.staffId}`,
    run: (w) => w.live.has(p.staffId) && apply(w, { type: "heartbeat", by: p, active }),
  })),
  // the socket dies without a close frame: heartbeats stop, the room is never told
  person.map((p) => ({ name: `drop ${p.staffId}`, run: (w) => void w.live.delete(p.staffId) })),
  // a clean close: the room learns the owner's last socket is gone
  person.map((p) => ({
    name: `close ${p.staffId}`,
    run: (w) => {
      if (w.live.delete(p.staffId)) apply(w, { type: "disconnect", staffId: p.staffId });
    },
  })),
  // coming back: the room resumes an owner who reconnects (heartbeat on join)
  person.map((p) => ({
    name: `reconnect ${p.staffId}`,
    run: (w) => {
      w.live.add(p.staffId);
      const owned = w.state.owner?.staffId === p.staffId;
      const inTime = owned && decideLock(w.state, { type: "tick" }, w.now, CONFIG).state.owner?.staffId === p.staffId;
      const tokenBefore = w.state.token;
      apply(w, { type: "heartbeat", by: p, active: false });
      if (inTime) {
        // a reconnect within grace keeps ownership and token
        expect(w.state.owner?.staffId).toBe(p.staffId);
        expect(w.state.token).toBe(tokenBefore);
        expect(w.state.graceUntil).toBeNull();
      }
    },
  })),
  fc.integer({ min: 1, max: 40_000 }).map((ms) => ({
    name: `wait ${ms}`,
    run: (w) => {
      w.now += ms;
      apply(w, { type: "tick" });
    },
  })),
  // live sockets keep heartbeating while time passes, as clients do every 10 s
  fc.integer({ min: 1, max: 6 }).map((n) => ({
    name: `live for ${n * 10}s`,
    run: (w) => {
      for (let i = 0; i < n; i++) {
        w.now += 10_000;
        for (const p of PEOPLE) if (w.live.has(p.staffId)) apply(w, { type: "heartbeat", by: p, active: true });
        apply(w, { type: "tick" });
      }
    },
  })),
  fc.tuple(person, fc.boolean()).map(([p, accept]) => ({
    name: `handoff ${p.staffId} ${accept}`,
    run: (w) => {
      if (!w.live.has(p.staffId)) return;
      apply(w, { type: "handoff-request", by: p, requestId: `r${w.now}` });
      const owner = w.state.owner;
      const request = w.state.handoff;
      if (owner && request && w.live.has(owner.staffId)) {
        const ownerHolder = PEOPLE.find((x) => x.staffId === owner.staffId) as Holder;
        apply(w, { type: "handoff-answer", by: ownerHolder, requestId: request.id, accept, requesterPresent: w.live.has(p.staffId) });
      }
    },
  })),
  fc.string({ minLength: 0, maxLength: 3 }).map((reason) => ({
    name: `takeover "${reason}"`,
    run: (w) => {
      const lead = PEOPLE[2] as Holder;
      if (!w.live.has(lead.staffId)) return;
      const before = w.state;
      apply(w, { type: "takeover", by: lead, reason });
      if (reason.trim() === "") expect(w.state.token).toBe(decideLock(before, { type: "tick" }, w.now, CONFIG).state.token);
    },
  })),
  // a write by anyone, with the current token or an older one
  fc.tuple(person, fc.integer({ min: 0, max: 3 })).map(([p, behind]) => ({
    name: `write ${p.staffId} -${behind}`,
    run: (w) => {
      const token = w.state.token - behind;
      const check = checkWrite(w.state, p.staffId, token, w.now, CONFIG);
      const owner = decideLock(w.state, { type: "tick" }, w.now, CONFIG).state.owner;
      if (check.ok) {
        // every accepted write carries the current token, from the current owner
        expect(check.token).toBe(w.state.token);
        expect(token).toBe(w.state.token);
        expect(owner?.staffId).toBe(p.staffId);
        w.acceptedWrites++;
      } else if (behind > 0) {
        // every stale write is refused
        w.staleRefused++;
      }
    },
  })),
];

function invariants(w: World): void {
  // at most one person may write at any instant
  const writers = PEOPLE.filter((p) => checkWrite(w.state, p.staffId, w.state.token, w.now, CONFIG).ok);
  expect(writers.length).toBeLessThanOrEqual(1);
  // a silent owner is released within TTL + grace of their last renewal
  if (w.state.owner && !w.live.has(w.state.owner.staffId)) {
    const after = decideLock(w.state, { type: "tick" }, w.lastRenewal + CONFIG.ttlMs + CONFIG.graceMs, CONFIG);
    expect(after.state.owner).toBeNull();
  }
}

describe("the ownership lock under random interleavings", () => {
  it(`keeps its guarantees over ${RUNS} generated runs`, () => {
    let writes = 0;
    let stale = 0;
    fc.assert(
      fc.property(
        fc.commands(
          steps.map((arb) => arb.map((step) => new LockStep(step))),
          { maxCommands: 60 },
        ),
        fc.subarray(PEOPLE.map((p) => p.staffId)),
        (commands, initiallyLive) => {
          const world: World = {
            state: EMPTY_LOCK,
            now: 1_000_000,
            live: new Set(initiallyLive),
            lastRenewal: 0,
            grants: [],
            acceptedWrites: 0,
            staleRefused: 0,
          };
          fc.modelRun(() => ({ model: world, real: world }), commands);
          writes += world.acceptedWrites;
          stale += world.staleRefused;
        },
      ),
      { numRuns: RUNS },
    );
    // the generator really exercised both paths
    expect(writes).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);
  });
});

describe("the ownership lock, case by case", () => {
  const [ana, ben, lena] = PEOPLE as [Holder, Holder, Holder];
  it("grants when the room is free and denies a second rep", () => {
    const first = decideLock(EMPTY_LOCK, { type: "acquire", by: ana }, 0);
    expect(first.state.owner?.staffId).toBe("ana");
    expect(first.state.token).toBe(1);
    const second = decideLock(first.state, { type: "acquire", by: ben }, 1);
    expect(second.events).toContainEqual(expect.objectContaining({ type: "denied", code: "LOCK_HELD", to: "ben" }));
  });

  it("warns an idle owner, then releases them", () => {
    let s = decideLock(EMPTY_LOCK, { type: "acquire", by: ana }, 0).state;
    // heartbeats without input keep the lease but not the activity clock
    let t = 0;
    let warned = false;
    while (t < CONFIG.idleReleaseMs) {
      t += 10_000;
      const r = decideLock(s, { type: "heartbeat", by: ana, active: false }, t);
      if (r.events.some((e) => e.type === "expiring" && e.reason === "idle")) warned = true;
      s = r.state;
      if (!s.owner) break;
    }
    expect(warned).toBe(true);
    expect(s.owner).toBeNull();
  });

  it("lets a lead take over only with a reason, telling the old owner", () => {
    const held = decideLock(EMPTY_LOCK, { type: "acquire", by: ana }, 0).state;
    expect(decideLock(held, { type: "takeover", by: lena, reason: " " }, 1).state.owner?.staffId).toBe("ana");
    const taken = decideLock(held, { type: "takeover", by: lena, reason: "Escalation" }, 1);
    expect(taken.state.owner?.staffId).toBe("lena");
    expect(taken.events[0]).toMatchObject({ type: "released", reason: "taken-over", previous: { staffId: "ana" }, note: "Escalation" });
  });

  it("keeps ownership through a drop shorter than the grace period", () => {
    const held = decideLock(EMPTY_LOCK, { type: "acquire", by: ana }, 0).state;
    const dropped = decideLock(held, { type: "disconnect", staffId: "ana" }, 1_000).state;
    const back = decideLock(dropped, { type: "heartbeat", by: ana, active: true }, 1_000 + CONFIG.graceMs - 1);
    expect(back.state.owner?.staffId).toBe("ana");
    expect(back.state.token).toBe(held.token);
    const tooLate = decideLock(dropped, { type: "heartbeat", by: ana, active: true }, 1_000 + CONFIG.graceMs);
    expect(tooLate.state.owner).toBeNull();
  });
});
