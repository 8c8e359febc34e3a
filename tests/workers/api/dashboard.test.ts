import { beforeAll, describe, expect, it } from "vitest";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { call, seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

interface Dashboard {
  selectedTeams: string[];
  stats: { handledPerHour: { accounts: number }[]; handleByRep: { staffId: string; sessions: number }[]; averageHandleMs: number | null };
  ordersByStatus: { status: string; orders: number }[];
  queues: { callbacksDue: number; ordersNeedingAttention: number; pastDue: number };
}

let lead: string;
beforeAll(async () => {
  await seedSmall(60);
  lead = await signIn("lead.east@tandem.test");
});

const get = async (cookie: string, query = "") => {
  const response = await call(`/api/dashboard${query}`, { cookie });
  return { status: response.status, body: (await response.json()) as Dashboard };
};

describe("the dashboard API", () => {
  it("answers the seeded team's figures, and another team's differ", async () => {
    // the seed spreads ownership sessions over the two weeks before its anchor
    const today = new Date(TEST_ANCHOR).toISOString().slice(0, 10);
    const from = new Date(TEST_ANCHOR - 20 * 86_400_000).toISOString().slice(0, 10);
    const east = await get(lead, `?team=team_east&from=${from}&to=${today}`);
    const west = await get(lead, `?team=team_west&from=${from}&to=${today}`);
    expect(east.status).toBe(200);
    expect(east.body.selectedTeams).toEqual(["team_east"]);
    const handled = (d: Dashboard) => d.stats.handledPerHour.reduce((sum, h) => sum + h.accounts, 0);
    expect(handled(east.body)).toBeGreaterThan(0);
    expect(east.body.stats.averageHandleMs).toBeGreaterThan(60_000);
    expect(east.body.stats.handleByRep.every((r) => ["stf_ana", "stf_ben", "stf_sam"].includes(r.staffId))).toBe(true);
    expect(west.body.stats.handleByRep.every((r) => r.staffId === "stf_cruz")).toBe(true);
    expect(handled(east.body)).not.toBe(handled(west.body));
  });

  it("counts a new ownership session when a rep takes and releases an account", async () => {
    const before = await get(lead, "?team=team_east");
    const ana = await signIn("rep.ana@tandem.test");
    const { client } = await joinRoom(ana, "cus_0050");
    await client.request({ type: "lock-request" }, ["lock-granted"]);
    await client.request({ type: "lock-release" }, ["lock-released"]);
    await client.request({ type: "heartbeat", active: false }, ["ack"]);
    client.close();
    const after = await get(lead, "?team=team_east");
    const sessions = (d: Dashboard) => d.stats.handleByRep.find((r) => r.staffId === "stf_ana")?.sessions ?? 0;
    expect(sessions(after.body)).toBe(sessions(before.body) + 1);
  });

  it("refuses reps, bad dates and other orgs' teams", async () => {
    const ana = await signIn("rep.ana@tandem.test");
    expect((await get(ana)).status).toBe(403);
    expect((await get(lead, "?from=2026-13-01")).status).toBe(400);
    expect((await get(lead, "?from=2026-11-10&to=2026-11-01")).status).toBe(400);
    expect((await get(lead, "?team=team_harbor")).status).toBe(404);
  });
});
