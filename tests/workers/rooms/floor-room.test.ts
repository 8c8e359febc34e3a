// The team floor: snapshot on join, then coalesced deltas as customer rooms change.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { FloorEntry } from "../../../core/protocol/floor";
import { createDatabase } from "../../../db/client";
import { customers } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { connectRoom, joinRoom, openRoom, type RoomClient } from "../support/room-client";

let ana: string;
let lead: string;
let cruz: string;
beforeAll(async () => {
  await seedSmall();
  [ana, lead, cruz] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("lead.east@tandem.test"), signIn("rep.cruz@tandem.test")]);
});

async function watchFloor(cookie: string, teamId: string): Promise<RoomClient> {
  const client = await openRoom(cookie, teamId, { party: "floor-room" });
  await client.nextOfType("floor-state", 0);
  return client;
}

const upsertFor = (customerId: string, predicate: (e: FloorEntry) => boolean) => (f: { type: string; upserts?: unknown }) =>
  f.type === "floor-delta" && ((f.upserts as FloorEntry[] | undefined) ?? []).some((e) => e.customerId === customerId && predicate(e));

describe("the floor room", () => {
  it("sends a snapshot, then a delta when a team rep opens and takes an account", async () => {
    const floor = await watchFloor(lead, "team_east");
    const { client: a } = await joinRoom(ana, "cus_0036", "phone");
    const viewing = await floor.next(upsertFor("cus_0036", (e) => e.viewers.some((v) => v.staffId === "stf_ana" && v.device === "phone")));
    expect(viewing.serverTime).toBeTypeOf("number");
    await a.request({ type: "lock-request" }, ["lock-granted"]);
    await floor.next(upsertFor("cus_0036", (e) => e.owner?.staffId === "stf_ana"));
    // a lead joining later gets the same state in the snapshot
    const late = await openRoom(lead, "team_east", { party: "floor-room" });
    const snapshot = await late.nextOfType("floor-state", 0);
    expect((snapshot.entries as FloorEntry[]).find((e) => e.customerId === "cus_0036")?.owner?.staffId).toBe("stf_ana");
    a.close();
    floor.close();
    late.close();
  });

  it("coalesces a burst of changes into few deltas ending in the latest state", async () => {
    const floor = await watchFloor(lead, "team_east");
    const { client: a } = await joinRoom(ana, "cus_0037");
    await floor.next(upsertFor("cus_0037", (e) => e.viewers.length === 1));
    const start = floor.frames.length;
    const states = ["editing", "viewing", "away", "editing", "viewing", "away", "editing", "viewing", "away", "editing"] as const;
    for (const state of states) await a.request({ type: "presence-update", state }, ["ack"]);
    const last = await floor.next(
      upsertFor("cus_0037", (e) => e.viewers[0]?.state === "editing"),
      { from: start },
    );
    const deltas = floor.frames.slice(start).filter((f) => f.type === "floor-delta");
    // ten changes, one window or two: far fewer frames than changes
    expect(deltas.length).toBeLessThanOrEqual(4);
    expect(deltas.length).toBeLessThan(states.length);
    expect(last).toBeTruthy();
    a.close();
    floor.close();
  });

  it("shows East its own customers and its people, but not a West rep on a West customer", async () => {
    const teamOf = async (team: string) => {
      const [row] = await createDatabase({ DB: env.DB })
        .select({ id: customers.id })
        .from(customers)
        .where(eq(customers.teamId, team))
        .limit(1);
      if (!row) throw new Error(`no customer of ${team}`);
      return row.id;
    };
    const [west, east] = [await teamOf("team_west"), await teamOf("team_east")];
    const floor = await watchFloor(lead, "team_east");
    const start = floor.frames.length;
    const { client: c } = await joinRoom(cruz, west);
    const { client: other } = await joinRoom(cruz, east);
    // a West rep on an East customer concerns East
    await floor.next(
      upsertFor(east, (e) => e.viewers.some((v) => v.staffId === "stf_cruz")),
      { from: start },
    );
    const { client: a } = await joinRoom(ana, "cus_0039");
    await floor.next(
      upsertFor("cus_0039", () => true),
      { from: start },
    );
    const all = floor.frames.slice(start).flatMap((f) => (f.upserts as FloorEntry[] | undefined) ?? []);
    expect(all.some((e) => e.customerId === west)).toBe(false);
    other.close();
    a.close();
    c.close();
    floor.close();
  });

  it("lets a rep follow their own team, and refuses other teams' reps and other orgs' leads", async () => {
    const own = await openRoom(ana, "team_east", { party: "floor-room" });
    expect((await own.nextOfType("floor-state", 0)).teamId).toBe("team_east");
    own.close();
    for (const [cookie, team] of [
      [ana, "team_west"],
      [await signIn("lead.harbor@harbor.test"), "team_east"],
      [lead, "team_west"],
    ] as const) {
      const response = await connectRoom(cookie, team, { party: "floor-room" });
      const ws = response.webSocket;
      if (!ws) throw new Error("expected an upgrade the floor then refuses");
      ws.accept();
      const code = await new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
      expect(code).toBe(4403);
    }
  });
});
