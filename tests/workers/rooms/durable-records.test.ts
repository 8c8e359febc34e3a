// Nothing a room decides is lost: a grant's records (the account's lock epoch, the ownership session,
// the feed item, the audit row) survive a database outage and an eviction between the decision and
// its recording, reach the database exactly once, and the owner's next write succeeds once they do.
import { env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, customers, notes, ownershipSessions } from "../../../db/schema";
import type { CustomerRoom } from "../../../party/customer-room";
import { breakRoomDatabase } from "../support/faults";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

let ana: string;
const db = () => createDatabase({ DB: env.DB });
const roomStub = (id: string) => env.CustomerRoom.get(env.CustomerRoom.idFromName(id));
const patchProfile = (id: string, token: unknown, note: string) =>
  call(`/api/customers/${id}/profile`, {
    method: "PATCH",
    body: JSON.stringify({ lockToken: token, note, changes: { preferredContactTime: note } }),
    cookie: ana,
    headers: { Origin: ORIGIN },
  });
const grantRows = (id: string, token: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.customerId, id), eq(auditLog.action, "lock.grant")))
    .then((rows) => rows.filter((r) => (JSON.parse(r.details) as { token?: number }).token === token));
const epochOf = async (id: string) => (await db().select({ e: customers.lockEpoch }).from(customers).where(eq(customers.id, id)))[0]?.e;
const notesWith = (text: string) => db().select().from(notes).where(eq(notes.text, text));

beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

describe("a lock decision's records", () => {
  it("wait out a database outage: the owner's write is refused cleanly, then succeeds once D1 is back", async () => {
    const id = "cus_0021";
    const { client } = await joinRoom(ana, id);
    const failures = await breakRoomDatabase(roomStub(id), 1_000_000);
    const granted = await client.request({ type: "lock-request" }, ["lock-granted"]);

    const refused = await patchProfile(id, granted.token, "while D1 is down");
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    expect(await notesWith("while D1 is down")).toEqual([]);

    failures.left = 0;
    const saved = await patchProfile(id, granted.token, "after D1 came back");
    expect(saved.status).toBe(200);
    expect(await notesWith("after D1 came back")).toHaveLength(1);
    expect(await epochOf(id)).toBe(granted.token);
    expect(await grantRows(id, Number(granted.token))).toHaveLength(1);
    const sessions = await db().select().from(ownershipSessions).where(eq(ownershipSessions.customerId, id));
    expect(sessions.filter((s) => s.token === granted.token)).toHaveLength(1);
    client.close();
  });

  it("survive an eviction between the decision and its recording", async () => {
    const id = "cus_0022";
    const { client } = await joinRoom(ana, id);
    await breakRoomDatabase(roomStub(id), 1_000_000);
    const granted = await client.request({ type: "lock-request" }, ["lock-granted"]);
    // Everything in memory is gone; the new instance reaches the real database.
    await evictDurableObject(roomStub(id));

    const saved = await patchProfile(id, granted.token, "after the eviction");
    expect(saved.status).toBe(200);
    expect(await epochOf(id)).toBe(granted.token);
    expect(await grantRows(id, Number(granted.token))).toHaveLength(1);
    client.close();
  });

  it("are applied once when the room stopped between writing them and forgetting them", async () => {
    const id = "cus_0023";
    const { client } = await joinRoom(ana, id);
    // The database takes the records, then the room dies before it can drop them from its storage.
    await runInDurableObject(roomStub(id), (room: CustomerRoom) => {
      const store = (room as unknown as { store: { dropRecord: (key: string) => Promise<void> } }).store;
      store.dropRecord = () => Promise.reject(new Error("evicted before forgetting (injected)"));
    });
    const granted = await client.request({ type: "lock-request" }, ["lock-granted"]);
    await client.request({ type: "heartbeat", active: true }, ["error"]);
    expect(await grantRows(id, Number(granted.token))).toHaveLength(1);
    await evictDurableObject(roomStub(id));

    const saved = await patchProfile(id, granted.token, "record kept twice");
    expect(saved.status).toBe(200);
    expect(await grantRows(id, Number(granted.token))).toHaveLength(1);
    const pending = await runInDurableObject(roomStub(id), (_room, state) => state.storage.list({ prefix: "record:" }));
    expect(pending.size).toBe(0);
    client.close();
  });

  it("reach the database on the room's own retries, with nobody asking", async () => {
    const id = "cus_0024";
    const { client } = await joinRoom(ana, id);
    const failures = await breakRoomDatabase(roomStub(id), 3);
    const granted = await client.request({ type: "lock-request" }, ["lock-granted"]);
    // Wait on the condition (the alarm retries with backoff: 250, 500, 1,000 ms), not on a fixed sleep.
    const deadline = Date.now() + 10_000;
    while ((await epochOf(id)) !== granted.token && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(failures.left).toBe(0);
    expect(await epochOf(id)).toBe(granted.token);
    expect(await grantRows(id, Number(granted.token))).toHaveLength(1);
    client.close();
  });
});
