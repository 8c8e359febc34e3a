// Sockets live no longer than their sessions and within limits: an untouched tab closes at the idle
// timeout (a tab in use keeps its session alive), dashboards are checked like rooms, one person's
// and one room's sockets are capped, frames are measured in bytes, and a failed join tells the
// client what happened without a stack trace.
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_FRAME_BYTES } from "../../../core/protocol/room";
import { createDatabase } from "../../../db/client";
import { SESSION_IDLE_MS, sessionIdForToken } from "../../../db/repositories/sessions";
import { sessions } from "../../../db/schema";
import type { CustomerRoom } from "../../../party/customer-room";
import { DEFAULT_SOCKET_CAPS } from "../../../party/room/config";

const SOCKETS_PER_PERSON = DEFAULT_SOCKET_CAPS.perPerson;

import { breakRoomDatabase } from "../support/faults";
import { seedSmall, signIn } from "../support/http";
import { joinRoom, openRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
const roomStub = (id: string) => env.CustomerRoom.get(env.CustomerRoom.idFromName(id));
const sessionIdOf = (cookie: string) => sessionIdForToken(cookie.split("=")[1] ?? "");
const idleFor = async (cookie: string, ms: number) =>
  db()
    .update(sessions)
    .set({ lastSeenAt: Date.now() - ms })
    .where(eq(sessions.id, await sessionIdOf(cookie)));
/** As if nobody touched this room's sockets for `ms` (their last input that long ago). */
const untouchedFor = (id: string, ms: number) =>
  runInDurableObject(roomStub(id), (room: CustomerRoom) => {
    for (const c of room.getConnections<{ activeAt: number }>()) c.setState({ ...c.state, activeAt: Date.now() - ms } as never);
  });

beforeAll(() => seedSmall());

describe("idle sessions", () => {
  it("closes a room socket nobody touched for the idle timeout", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    const { client } = await joinRoom(cookie, "cus_0005");
    await idleFor(cookie, SESSION_IDLE_MS + 1_000);
    await untouchedFor("cus_0005", SESSION_IDLE_MS + 1_000);
    await runDurableObjectAlarm(roomStub("cus_0005"));
    expect(await client.nextOfType("session-ended", 0)).toMatchObject({ reason: "expired" });
    expect((await client.waitClosed()).code).toBe(4401);
  });

  it("closes a socket in use when its session reaches the absolute limit, however active", async () => {
    const cookie = await signIn("rep.cruz@tandem.test");
    const { client } = await joinRoom(cookie, "cus_0004");
    await client.request({ type: "heartbeat", active: true }, ["ack"]);
    await db()
      .update(sessions)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(sessions.id, await sessionIdOf(cookie)));
    await runDurableObjectAlarm(roomStub("cus_0004"));
    expect(await client.nextOfType("session-ended", 0)).toMatchObject({ reason: "expired" });
    expect((await client.waitClosed()).code).toBe(4401);
  });

  it("keeps a socket in use open, and its use keeps the session alive for HTTP too", async () => {
    const cookie = await signIn("rep.ben@tandem.test");
    const { client } = await joinRoom(cookie, "cus_0006");
    await idleFor(cookie, SESSION_IDLE_MS - 30_000);
    await untouchedFor("cus_0006", SESSION_IDLE_MS + 1_000);
    await client.request({ type: "heartbeat", active: true }, ["ack"]);
    await idleFor(cookie, SESSION_IDLE_MS + 1_000);
    await runDurableObjectAlarm(roomStub("cus_0006"));
    await client.request({ type: "heartbeat", active: false }, ["ack"]);
    expect(client.closed).toBeNull();
    const [row] = await db()
      .select()
      .from(sessions)
      .where(eq(sessions.id, await sessionIdOf(cookie)));
    expect(Date.now() - (row?.lastSeenAt ?? 0)).toBeLessThan(60_000);
    client.close();
  });

  it("closes a floor dashboard whose session ended or idled out", async () => {
    const lead = await signIn("lead.east@tandem.test");
    const board = await openRoom(lead, "team_east", { party: "floor-room" });
    await board.nextOfType("floor-state", 0);
    await idleFor(lead, SESSION_IDLE_MS + 1_000);
    await runDurableObjectAlarm(env.FloorRoom.get(env.FloorRoom.idFromName("team_east")));
    expect(await board.nextOfType("session-ended", 0)).toMatchObject({ reason: "expired" });
    expect((await board.waitClosed()).code).toBe(4401);
  });
});

describe("caps and sizes", () => {
  it(`lets one person open an account ${SOCKETS_PER_PERSON} times, refusing the next with a typed error`, async () => {
    const cookie = await signIn("senior.sam@tandem.test");
    const tabs = [];
    for (let i = 0; i < SOCKETS_PER_PERSON; i++) tabs.push((await joinRoom(cookie, "cus_0007")).client);
    const extra = await openRoom(cookie, "cus_0007");
    expect(await extra.nextOfType("error", 0)).toMatchObject({ code: "TOO_MANY_CONNECTIONS" });
    expect((await extra.waitClosed()).code).toBe(4429);
    // someone else still gets in
    const other = await joinRoom(await signIn("rep.cruz@tandem.test"), "cus_0007");
    expect(other.state.type).toBe("room-state");
    for (const c of [...tabs, other.client]) c.close();
  });

  it("measures frames in bytes: 3,000 euro signs (9,000 bytes) are over the limit", async () => {
    const { client } = await joinRoom(await signIn("rep.ana@tandem.test"), "cus_0008");
    const text = JSON.stringify({ v: 1, type: "heartbeat", active: true, reqId: "big", pad: "€".repeat(3_000) });
    expect(text.length).toBeLessThan(MAX_FRAME_BYTES);
    client.sendRaw(text);
    expect(await client.nextOfType("error", 0)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    client.close();
  });

  it("answers a join that failed on our side with a typed error and no stack trace", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    await joinRoom(cookie, "cus_0009").then(({ client }) => client.close());
    await breakRoomDatabase(roomStub("cus_0009"), 1_000);
    const client = await openRoom(cookie, "cus_0009");
    const error = await client.nextOfType("error", 0);
    expect(error).toMatchObject({ code: "UNAVAILABLE" });
    expect(JSON.stringify(client.frames)).not.toMatch(/\bat .*\.(ts|js)|stack/i);
    expect((await client.waitClosed()).code).toBe(1011);
  });
});
