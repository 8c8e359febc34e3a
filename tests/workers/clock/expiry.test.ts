// Expiry, grace and reconnects driven by the room's real alarm, with lock timings shortened
// (TTL 600 ms, grace 1.5 s) by this project's bindings.
import { env, runDurableObjectAlarm } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

describe("lock expiry through the alarm", () => {
  it("releases an owner whose socket closed once the grace period ends", async () => {
    const { client: a } = await joinRoom(ana, "cus_0020");
    const { client: b } = await joinRoom(ben, "cus_0020");
    await a.request({ type: "lock-request" }, ["lock-granted"]);
    const from = b.frames.length;
    a.close();
    const expiring = await b.next((f) => f.type === "lock-expiring", { from });
    expect(expiring).toMatchObject({ reason: "disconnected", owner: { staffId: "stf_ana" } });
    const released = await b.next((f) => f.type === "lock-released", { from, timeoutMs: 10_000 });
    expect(released).toMatchObject({ reason: "expired", previous: { staffId: "stf_ana" } });
    // alarms may fire twice: running it again changes nothing and announces nothing
    const stub = env.CustomerRoom.get(env.CustomerRoom.idFromName("cus_0020"));
    const framesBefore = b.frames.length;
    await runDurableObjectAlarm(stub);
    await runDurableObjectAlarm(stub);
    const heartbeat = await b.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(heartbeat.type).toBe("ack");
    expect(b.frames.slice(framesBefore).filter((f) => f.type.startsWith("lock-"))).toHaveLength(0);
    b.close();
  });

  it("releases a silent owner (no close, no heartbeats) within TTL + grace", async () => {
    const { client: a } = await joinRoom(ana, "cus_0021");
    const { client: b } = await joinRoom(ben, "cus_0021");
    const granted = await a.request({ type: "lock-request" }, ["lock-granted"]);
    const grantedAt = Date.now();
    const released = await b.next((f) => f.type === "lock-released", { timeoutMs: 10_000 });
    expect(released).toMatchObject({ reason: "expired" });
    // never before the lease and grace had both run out
    expect(Date.now() - grantedAt).toBeGreaterThanOrEqual(600 + 1500 - 50);
    const second = await b.request({ type: "lock-request" }, ["lock-granted"]);
    expect(second.token as number).toBeGreaterThan(granted.token as number);
    a.close();
    b.close();
  });

  it("keeps ownership and token for an owner who reconnects within grace", async () => {
    const { client: first } = await joinRoom(ana, "cus_0022", "phone");
    const granted = await first.request({ type: "lock-request" }, ["lock-granted"]);
    first.close();
    await first.waitClosed();
    const { client: again, state } = await joinRoom(ana, "cus_0022", "phone");
    expect(state.owner).toMatchObject({ staffId: "stf_ana" });
    expect(state.lock).toMatchObject({ token: granted.token, graceUntil: null });
    // heartbeats keep it well past TTL + grace
    for (let i = 0; i < 6; i++)
      await again.request({ type: "heartbeat", active: true }, ["ack"]).then(() => new Promise((r) => setTimeout(r, 400)));
    const { state: later } = await joinRoom(ben, "cus_0022");
    expect(later.owner).toMatchObject({ staffId: "stf_ana" });
    expect(later.lock).toMatchObject({ token: granted.token });
    again.close();
  });
});
