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
    const presence = await last.next((f) => f.type === "presence" && (f.viewers as unknown[]).length === PEOPLE);
    expect((presence.viewers as unknown[]).length).toBe(PEOPLE);
    expect(open.every((c) => c.closed === null)).toBe(true);
    // presence rows are recorded behind the frames; an acked heartbeat waits for the record
    await last.request({ type: "heartbeat", active: false }, ["ack"]);
    const rows = await createDatabase({ DB: env.DB }).select().from(roomPresence).where(eq(roomPresence.customerId, "cus_0007"));
    expect(rows).toHaveLength(PEOPLE);
  });
});
