// Capture of serving time through the room: batches over the socket and by beacon, refused with typed
// errors when they cannot be true, stored once however often they are resent, and final (classified
// into steps, in the database) once ownership is released.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { monitorInteractionSteps, monitorInteractions } from "../../../db/schema";
import { postJson, seedSmall, signIn } from "../support/http";
import { type Frame, joinRoom, type RoomClient } from "../support/room-client";

let ben: string;
const db = () => createDatabase({ DB: env.DB });
const S = 1000;
/** The device's clock: times in a batch are the browser's, an hour ago here (within a day of the server's). */
const T0 = Date.now() - 3_600_000;
const at = (seconds: number) => T0 + seconds * S;

beforeAll(async () => {
  await seedSmall();
  ben = await signIn("rep.ben@tandem.test");
});

/** Ben owns the account and the room measures him: the interaction's id from its `serving` frame. */
async function serve(customerId: string): Promise<{ client: RoomClient; interactionId: string }> {
  const { client } = await joinRoom(ben, customerId);
  const from = client.frames.length;
  await client.request({ type: "lock-request" }, ["lock-granted"]);
  const serving = await client.next((f) => f.type === "serving" && f.interaction !== null, { from });
  return { client, interactionId: (serving.interaction as { id: string }).id };
}

const batch = (interactionId: string, batchId: string, intervals: { at: string; from: number; to: number }[], sentAt = at(10_000)) => ({
  type: "step-batch",
  interactionId,
  batchId,
  sentAt,
  intervals,
  current: null,
});

async function stepsOf(interactionId: string) {
  const rows = await db().select().from(monitorInteractionSteps).where(eq(monitorInteractionSteps.interactionId, interactionId));
  return Object.fromEntries(rows.map((r) => [r.stepKey, r.seconds]));
}

async function release(client: RoomClient): Promise<void> {
  await client.request({ type: "lock-release" }, ["lock-released"]);
  // The ack of a heartbeat with a reqId says every decision before it is in the database.
  await client.request({ type: "heartbeat", active: false }, ["ack"]);
}

describe("step batches", () => {
  it("refuses intervals that run backwards, overlap or end in the future, each with a typed error", async () => {
    const { client, interactionId } = await serve("cus_0011");
    const refused = async (intervals: { at: string; from: number; to: number }[], code = "VALIDATION") => {
      const reply = await client.request(batch(interactionId, crypto.randomUUID(), intervals), ["ack", "error"]);
      expect(reply).toMatchObject({ type: "error", code });
      return String(reply.message);
    };
    expect(await refused([{ at: "profile.overview", from: at(5_000), to: at(4_990) }])).toContain("ends before it starts");
    expect(
      await refused([
        { at: "profile.overview", from: at(1_000), to: at(1_060) },
        { at: "profile.products", from: at(1_030), to: at(1_090) },
      ]),
    ).toContain("overlaps");
    expect(await refused([{ at: "profile.overview", from: at(9_990), to: at(10_010) }])).toContain("future");
    await refused([{ at: "the.moon", from: at(1_000), to: at(1_001) }], "BAD_FRAME");
    const other = await client.request({ ...batch("int_00000000000000000000", crypto.randomUUID(), []) }, ["ack", "error"]);
    expect(other).toMatchObject({ type: "error", code: "NOT_FOUND" });
    await release(client);
    client.close();
  });

  it("stores a resent batch once, by socket or by beacon, and the released interaction keeps exactly those steps", async () => {
    const { client, interactionId } = await serve("cus_0012");
    const first = batch(interactionId, "batch-one-0001", [
      { at: "profile.overview", from: at(1_000), to: at(1_040) },
      { at: "profile.products", from: at(1_040), to: at(1_100) },
    ]);
    expect(await client.request(first, ["ack", "error"])).toMatchObject({ type: "ack" });
    expect(await client.request(first, ["ack", "error"])).toMatchObject({ type: "ack" });
    const { type: _type, ...beaconBody } = first;
    const beacon = await postJson("/api/monitor/steps", { customerId: "cus_0012", ...beaconBody }, ben);
    expect(beacon.status).toBe(200);
    expect(await beacon.json()).toEqual({ stored: false });
    // The hidden stretch never reaches the server: the next batch starts when the page came back.
    const second = batch(interactionId, "batch-two-0002", [
      { at: "profile.products", from: at(1_220), to: at(1_235) },
      { at: "dialog.payment", from: at(1_235), to: at(1_330) },
    ]);
    const stored = await postJson("/api/monitor/steps", { customerId: "cus_0012", ...second, type: undefined }, ben);
    expect(await stored.json()).toEqual({ stored: true });
    await release(client);
    // Worked by hand: overview 40 s; products 60 s + 15 s = 75 s; payment dialog 95 s; an inbound payment call.
    expect(await stepsOf(interactionId)).toEqual({ verify: 40, review: 75, payment: 95 });
    const [row] = await db().select().from(monitorInteractions).where(eq(monitorInteractions.id, interactionId));
    expect(row).toMatchObject({ processId: "prc_northwind_inbound-payment", kind: "ownership", endReason: "released", activeSeconds: 210 });
    client.close();
  });

  it("answers GONE to a batch for an interaction that ended: its steps are final", async () => {
    const { client, interactionId } = await serve("cus_0013");
    await client.request(batch(interactionId, "batch-gone-001", [{ at: "profile.overview", from: at(1_000), to: at(1_030) }]), ["ack"]);
    await release(client);
    const late = await client.request(
      batch(interactionId, "batch-gone-002", [{ at: "profile.overview", from: at(1_030), to: at(1_090) }]),
      ["ack", "error"],
    );
    expect(late).toMatchObject({ type: "error", code: "GONE" });
    const byBeacon = await postJson(
      "/api/monitor/steps",
      { customerId: "cus_0013", ...batch(interactionId, "batch-gone-003", []), type: undefined },
      ben,
    );
    expect(byBeacon.status).toBe(410);
    expect(await stepsOf(interactionId)).toEqual({ verify: 30 });
    client.close();
  });

  it("refuses a beacon with bad intervals as 400 VALIDATION naming each one", async () => {
    const { client, interactionId } = await serve("cus_0014");
    const response = await postJson(
      "/api/monitor/steps",
      {
        customerId: "cus_0014",
        interactionId,
        batchId: "batch-bad-0001",
        sentAt: at(2_000),
        current: null,
        intervals: [
          { at: "profile.overview", from: at(1_000), to: at(900) },
          { at: "profile.products", from: at(1_500), to: at(2_500) },
        ],
      },
      ben,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.details.map((d) => d.path)).toEqual(["intervals.0", "intervals.1"]);
    await release(client);
    client.close();
  });
});

describe("who is measured", () => {
  it("tells a rep nothing is measured on an account they neither own nor have on their call list", async () => {
    const { client } = await joinRoom(ben, "cus_0015");
    const serving: Frame = await client.nextOfType("serving", 0);
    // Whether cus_0015 is on Ben's list depends on the seed; either way the frame names a call or nothing.
    expect(serving.interaction === null || (serving.interaction as { kind: string }).kind === "call").toBe(true);
    client.close();
  });
});
