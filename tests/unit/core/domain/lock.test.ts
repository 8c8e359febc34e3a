// The ownership lock's rules as worked examples, one case each; the generated sequences live in
// lock.model.test.ts.
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCK_CONFIG as CONFIG, decideLock, EMPTY_LOCK, type Holder } from "../../../../core/domain/lock";

const PEOPLE: Holder[] = [
  { staffId: "ana", name: "Ana", role: "rep", teamId: "east", device: "phone" },
  { staffId: "ben", name: "Ben", role: "rep", teamId: "east", device: "desktop" },
  { staffId: "lena", name: "Lena", role: "team_lead", teamId: "east", device: "tablet" },
];

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
