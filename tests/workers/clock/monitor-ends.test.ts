// An interaction ends with what ends serving: ownership expiring through the room's alarm, or a rep who
// opened the account from their call list leaving it for longer than the grace period. Lock timings
// are cut to fractions of a second here (TTL 600 ms, grace 1.5 s).
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { monitorInteractionSteps, monitorInteractions } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
const db = () => createDatabase({ DB: env.DB });
const T0 = Date.now() - 600_000;

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

/** Polls until the interaction is in the database (the room applies its records behind its alarm). */
async function finished(id: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db().select().from(monitorInteractions).where(eq(monitorInteractions.id, id));
    if (row) {
      const steps = await db().select().from(monitorInteractionSteps).where(eq(monitorInteractionSteps.interactionId, id));
      return { row, steps: Object.fromEntries(steps.map((s) => [s.stepKey, s.seconds])) };
    }
    if (Date.now() > deadline) throw new Error(`interaction ${id} never finished`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const overview = (seconds: number) => [{ at: "profile.overview", from: T0, to: T0 + seconds * 1000 }];

describe("the end of an interaction", () => {
  it("comes when ownership expires: the owner's socket closed and the grace ran out", async () => {
    const { client: owner } = await joinRoom(ben, "cus_0024");
    await owner.request({ type: "lock-request" }, ["lock-granted"]);
    const serving = await owner.next((f) => f.type === "serving" && f.interaction !== null);
    const id = (serving.interaction as { id: string }).id;
    const batch = {
      type: "step-batch",
      interactionId: id,
      batchId: "expiry-batch-1",
      sentAt: Date.now(),
      intervals: overview(30),
      current: null,
    };
    expect(await owner.request(batch, ["ack", "error"])).toMatchObject({ type: "ack" });
    const { client: watcher } = await joinRoom(ana, "cus_0024");
    const from = watcher.frames.length;
    owner.close();
    await watcher.next((f) => f.type === "lock-released" && f.reason === "expired", { from, timeoutMs: 10_000 });
    const { row, steps } = await finished(id);
    expect(row).toMatchObject({ kind: "ownership", endReason: "expired", staffId: "stf_ben" });
    expect(steps).toEqual({ verify: 30 });
    watcher.close();
  });

  it("comes when a rep who opened the account from their call list leaves it past the grace period", async () => {
    // cus_0001's callback is assigned to Ana (the seed's contract): opening it is serving a client.
    const { client } = await joinRoom(ana, "cus_0001");
    const serving = await client.nextOfType("serving", 0);
    expect(serving.interaction).toMatchObject({ kind: "call" });
    const id = (serving.interaction as { id: string }).id;
    const batch = {
      type: "step-batch",
      interactionId: id,
      batchId: "call-batch-01",
      sentAt: Date.now(),
      intervals: overview(25),
      current: null,
    };
    expect(await client.request(batch, ["ack", "error"])).toMatchObject({ type: "ack" });
    const leftAt = Date.now();
    client.close();
    const { row, steps } = await finished(id);
    expect(row).toMatchObject({ kind: "call", endReason: "left", staffId: "stf_ana" });
    expect(steps).toEqual({ verify: 25 });
    // Never before the grace period: the call ended at least 1.5 s after the socket closed.
    expect(row.endedAt - leftAt).toBeGreaterThanOrEqual(1_500 - 50);
  });

  it("keeps a call going when the rep comes back within the grace period", async () => {
    const { client: first } = await joinRoom(ana, "cus_0001");
    const id = ((await first.nextOfType("serving", 0)).interaction as { id: string }).id;
    first.close();
    await first.waitClosed();
    const { client: again } = await joinRoom(ana, "cus_0001");
    const serving = await again.nextOfType("serving", 0);
    expect(serving.interaction).toMatchObject({ id, kind: "call" });
    again.close();
  });
});
