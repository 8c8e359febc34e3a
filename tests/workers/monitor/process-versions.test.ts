// A director's change to a process takes effect for new interactions only: one already under way when
// the change is saved is measured against the version it started under, the next against the new one;
// the save is audited and the earlier version stays in the history.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Processes, ProcessSaved } from "../../../core/protocol/monitor-answers";
import { createDatabase } from "../../../db/client";
import { auditLog, monitorInteractionSteps, monitorInteractions } from "../../../db/schema";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { joinRoom, type RoomClient } from "../support/room-client";

const INBOUND = "prc_northwind_inbound-payment";
const db = () => createDatabase({ DB: env.DB });
let ben: string;
let director: string;

beforeAll(async () => {
  await seedSmall();
  [ben, director] = await Promise.all([signIn("rep.ben@tandem.test"), signIn("director@tandem.test")]);
});

/** Ben takes the account; the room opens an interaction for him. */
async function serve(customerId: string): Promise<{ client: RoomClient; id: string }> {
  const { client } = await joinRoom(ben, customerId);
  const from = client.frames.length;
  await client.request({ type: "lock-request" }, ["lock-granted"]);
  const serving = await client.next((f) => f.type === "serving" && f.interaction !== null, { from });
  return { client, id: (serving.interaction as { id: string }).id };
}

/** Thirty seconds on the overview (the first step of a payment call), then released. */
async function overviewThenRelease(client: RoomClient, id: string) {
  const t0 = Date.now() - 60_000;
  const batch = { type: "step-batch", interactionId: id, batchId: `${id}-b1`, sentAt: Date.now(), current: null };
  const intervals = [{ at: "profile.overview", from: t0, to: t0 + 30_000 }];
  expect(await client.request({ ...batch, intervals }, ["ack", "error"])).toMatchObject({ type: "ack" });
  await client.request({ type: "lock-release" }, ["lock-released"]);
  // The ack of a heartbeat with a reqId says every decision before it is in the database.
  await client.request({ type: "heartbeat", active: false }, ["ack"]);
  client.close();
}

async function measured(id: string) {
  const [row] = await db().select().from(monitorInteractions).where(eq(monitorInteractions.id, id));
  const steps = await db().select().from(monitorInteractionSteps).where(eq(monitorInteractionSteps.interactionId, id));
  return { version: row?.processVersion, steps: steps.map((s) => [s.stepKey, s.label, s.seconds]) };
}

describe("a new version of a process", () => {
  it("measures the interactions that start after it, not the one already under way", async () => {
    const before = ((await (await call("/api/monitor/processes", { cookie: director })).json()) as Processes).processes.find(
      (p) => p.id === INBOUND,
    );
    if (!before) throw new Error("no seeded payment call");
    const running = await serve("cus_0016");

    const steps = before.steps.map((s) => (s.key === "verify" ? { ...s, label: "Confirm who is calling" } : s));
    const saved = await call(`/api/monitor/processes/${INBOUND}`, {
      method: "PUT",
      cookie: director,
      headers: { Origin: ORIGIN },
      body: JSON.stringify({ name: before.name, steps, note: "Plainer words for new reps" }),
    });
    expect(saved.status).toBe(200);
    const { process } = (await saved.json()) as ProcessSaved;
    expect(process.version).toBe(before.version + 1);
    expect(process.history.map((h) => h.version)).toEqual([before.version + 1, ...before.history.map((h) => h.version)]);
    expect(process.history[0]).toMatchObject({ note: "Plainer words for new reps", by: { staffId: "stf_director" } });

    await overviewThenRelease(running.client, running.id);
    const next = await serve("cus_0017");
    await overviewThenRelease(next.client, next.id);

    expect(await measured(running.id)).toEqual({ version: before.version, steps: [["verify", "Verify the caller", 30]] });
    expect(await measured(next.id)).toEqual({ version: before.version + 1, steps: [["verify", "Confirm who is calling", 30]] });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "process.version"), eq(auditLog.targetId, INBOUND)));
    expect(audit.map((a) => [a.actorId, a.outcome])).toEqual([["stf_director", "success"]]);
  });
});
