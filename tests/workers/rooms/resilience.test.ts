// The room under hostile input and infrastructure events: malformed frames, eviction, stale writers.
import { env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { LockState } from "../../../core/domain/lock";
import { createDatabase } from "../../../db/client";
import { auditLog, customers, notes } from "../../../db/schema";
import type { CustomerRoom } from "../../../party/customer-room";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
const db = () => createDatabase({ DB: env.DB });
const roomStub = (id: string) => env.CustomerRoom.get(env.CustomerRoom.idFromName(id));
const lockOf = (id: string) => runInDurableObject(roomStub(id), (room: CustomerRoom) => room.lockSnapshot());
const patchProfile = (cookie: string, id: string, body: unknown) =>
  call(`/api/customers/${id}/profile`, { method: "PATCH", body: JSON.stringify(body), cookie, headers: { Origin: ORIGIN } });

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

/** Frames no client should send: binary, broken JSON, unknown types, wrong versions and field types, oversize. */
const malformedFrame: fc.Arbitrary<string | ArrayBuffer> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => bytes.buffer as ArrayBuffer),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => `{${s}`),
  fc.constantFrom("null", "[]", "42", '"text"', "{}", '{"type":7,"v":1}'),
  fc.string({ minLength: 1, maxLength: 20 }).map((type) => JSON.stringify({ v: 1, type: `x-${type}` })),
  fc
    .oneof(fc.constant(undefined), fc.constant(2), fc.constant("1"), fc.integer({ min: 3, max: 99 }))
    .map((version) => JSON.stringify({ type: "lock-request", v: version })),
  fc.constantFrom(
    JSON.stringify({ v: 1, type: "heartbeat", active: "yes" }),
    JSON.stringify({ v: 1, type: "presence-update", state: "sleeping" }),
    JSON.stringify({ v: 1, type: "lock-takeover", reason: 5 }),
    JSON.stringify({ v: 1, type: "handoff-answer", requestId: {}, accept: 1 }),
    JSON.stringify({ v: 1, type: "lock-request", reqId: "x".repeat(200) }),
  ),
  fc.integer({ min: 8_200, max: 20_000 }).map((n) => JSON.stringify({ v: 1, type: "heartbeat", active: true, pad: "p".repeat(n) })),
);

describe("malformed frames", () => {
  it("answers 1,000 generated malformed frames with typed errors and leaves the lock alone", async () => {
    const frames = fc.sample(malformedFrame, { numRuns: 1000, seed: 20261123 });
    const { client: owner } = await joinRoom(ana, "cus_0030");
    await owner.request({ type: "lock-request" }, ["lock-granted"]);
    const before = await lockOf("cus_0030");
    // 10 sockets x 100 frames stays inside each socket's rate limit, so every frame is judged on content;
    // two people, since one person may have at most 8 sockets in a room.
    const sam = await signIn("senior.sam@tandem.test");
    const senders = await Promise.all(Array.from({ length: 10 }, (_, i) => joinRoom(i % 2 ? sam : ben, "cus_0030").then((j) => j.client)));
    await Promise.all(
      senders.map(async (client, i) => {
        const mine = frames.slice(i * 100, (i + 1) * 100);
        const start = client.frames.length;
        for (const f of mine) client.sendRaw(f);
        await client.next(() => client.frames.slice(start).filter((f) => f.type === "error").length >= mine.length, {
          from: start,
          timeoutMs: 20_000,
        });
        const errors = client.frames.slice(start).filter((f) => f.type === "error");
        expect(errors).toHaveLength(mine.length);
        for (const error of errors) expect(["BAD_FRAME", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_VERSION"]).toContain(error.code);
      }),
    );
    const after = await lockOf("cus_0030");
    expect(after).toEqual(before);
    // the room is still up: a valid request still works
    const denied = await senders[0]?.request({ type: "lock-request" }, ["lock-denied"]);
    expect(denied).toMatchObject({ code: "LOCK_HELD" });
    const ack = await owner.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(ack.type).toBe("ack");
    for (const c of [owner, ...senders]) c.close();
  });

  it("rate-limits a flooding socket with typed errors", async () => {
    const { client } = await joinRoom(ben, "cus_0031");
    const start = client.frames.length;
    for (let i = 0; i < 200; i++) client.send({ type: "heartbeat", active: false, reqId: `f${i}` });
    await client.next((f) => f.type === "error" && f.code === "RATE_LIMITED", { from: start });
    client.close();
  });
});

describe("eviction and restarts", () => {
  it("keeps ownership across eviction (sockets hibernated), and still refuses stale writes", async () => {
    const { client: a } = await joinRoom(ana, "cus_0032");
    const old = await a.request({ type: "lock-request" }, ["lock-granted"]);
    await a.request({ type: "lock-release" }, ["lock-released"]);
    const first = await a.request({ type: "lock-request" }, ["lock-granted"]);
    expect(first.token).toBe((old.token as number) + 1);
    await evictDurableObject(roomStub("cus_0032"));
    const lock = (await lockOf("cus_0032")) as LockState;
    expect(lock.owner?.staffId).toBe("stf_ana");
    expect(lock.token).toBe(first.token);
    // the hibernated socket still works and still belongs to Ana
    const ack = await a.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(ack.type).toBe("ack");
    const stale = await patchProfile(ana, "cus_0032", {
      lockToken: old.token,
      note: "old tab",
      changes: { preferredContactTime: "Mornings" },
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "LOCK_STALE" } });
    const fresh = await patchProfile(ana, "cus_0032", {
      lockToken: first.token,
      note: "after restart",
      changes: { preferredContactTime: "Mornings 8-11" },
    });
    expect(fresh.status).toBe(200);
    a.close();
  });

  it("refuses a write with a stale token and writes nothing to D1", async () => {
    const { client: a } = await joinRoom(ana, "cus_0033");
    const { client: b } = await joinRoom(ben, "cus_0033");
    const old = await a.request({ type: "lock-request" }, ["lock-granted"]);
    await a.request({ type: "lock-release" }, ["lock-released"]);
    await b.request({ type: "lock-request" }, ["lock-granted"]);
    // the grant's side effects finish before the room answers anything else
    await b.request({ type: "heartbeat", active: true }, ["ack"]);
    const [before] = await db().select().from(customers).where(eq(customers.id, "cus_0033"));
    const response = await patchProfile(ana, "cus_0033", {
      lockToken: old.token,
      note: "stale write from a sleeping tab",
      changes: { city: "Nowhere" },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "LOCK_STALE" } });
    const [after] = await db().select().from(customers).where(eq(customers.id, "cus_0033"));
    expect(after).toEqual(before);
    expect(await db().select().from(notes).where(eq(notes.text, "stale write from a sleeping tab"))).toHaveLength(0);
    const denied = await db().select().from(auditLog).where(eq(auditLog.customerId, "cus_0033"));
    expect(denied.some((r) => r.outcome === "denied" && r.action === "profile.update")).toBe(true);
    a.close();
    b.close();
  });
});
