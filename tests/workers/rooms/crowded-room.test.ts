import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { roomPresence, staff } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { joinRoom, type RoomClient } from "../support/room-client";

// D1 binds at most 100 parameters per statement; room_presence rows take 7 each, so a room with
// more than 14 people once failed its presence write and dropped every socket (found by the bench).
const PEOPLE = 20;
const open: RoomClient[] = [];

beforeAll(async () => {
  await seedSmall();
  const now = Date.now();
  const db = createDatabase({ DB: env.DB });
  for (let i = 0; i < PEOPLE; i++) {
    await db.insert(staff).values({
      id: `stf_crowd_${i}`,
      orgId: "org_northwind",
      teamId: "team_east",
      email: `crowd.${i}@tandem.test`,
      name: `Crowd ${i}`,
      role: "rep",
      status: "active",
      createdAt: now,
      updatedAt: now,
    });
  }
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

describe("a crowded customer room", () => {
  it("keeps everyone connected and lists all of them when twenty people are in it", async () => {
    for (let i = 0; i < PEOPLE; i++) open.push((await joinRoom(await signIn(`crowd.${i}@tandem.test`), "cus_0007")).client);
    const last = open.at(-1);
    if (!last) throw new Error("nobody joined");
    // Everyone who joined before the last person shows on every screen, the first one's included.
    const first = open[0];
    if (!first) throw new Error("nobody joined");
    expect(await first.viewersWhere((viewers) => viewers.length === PEOPLE)).toHaveLength(PEOPLE);
    expect(await last.viewersWhere((viewers) => viewers.length === PEOPLE)).toHaveLength(PEOPLE);
    expect(open.every((c) => c.closed === null)).toBe(true);
    // presence rows are recorded behind the frames; an acked heartbeat waits for the record
    await last.request({ type: "heartbeat", active: false }, ["ack"]);
    const rows = await createDatabase({ DB: env.DB }).select().from(roomPresence).where(eq(roomPresence.customerId, "cus_0007"));
    expect(rows).toHaveLength(PEOPLE);
  });
});

describe("presence in a crowd", () => {
  it("tells everyone only who arrived, changed or left, not the whole room each time", async () => {
    for (let i = 0; i < PEOPLE; i++) open.push((await joinRoom(await signIn(`crowd.${i}@tandem.test`), "cus_0008")).client);
    const [first, second] = open;
    if (!first || !second) throw new Error("nobody joined");
    await first.viewersWhere((viewers) => viewers.length === PEOPLE);
    const ana = (await joinRoom(await signIn("rep.ana@tandem.test"), "cus_0008")).client;
    const from = first.frames.length;
    await first.viewersWhere((viewers) => viewers.some((v) => v.staffId === "stf_ana"));
    second.send({ type: "presence-update", state: "away" });
    await first.viewersWhere((viewers) => viewers.find((v) => v.staffId === "stf_crowd_1")?.state === "away");
    ana.close();
    await first.viewersWhere((viewers) => !viewers.some((v) => v.staffId === "stf_ana"));
    const presence = first.frames.slice(from).filter((f) => f.type === "presence" || f.type === "presence-delta");
    expect(presence.map((f) => f.type)).toEqual(["presence-delta", "presence-delta", "presence-delta"]);
    expect(presence.map((f) => [(f.upserts as { staffId: string }[]).map((v) => v.staffId), f.removals])).toEqual([
      [["stf_ana"], []],
      [["stf_crowd_1"], []],
      [[], ["stf_ana"]],
    ]);
  });
});
