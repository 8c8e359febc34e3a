// The Cron Trigger's callbacks-due job, run through the Worker's scheduled handler: a callback that
// fell due is pushed once to the floor of the rep's team (where their call list listens), never
// twice however often the job runs, and again after it is moved to a new time.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DueCallback } from "../../../core/protocol/floor";
import { createDatabase } from "../../../db/client";
import { callbacks } from "../../../db/schema";
import worker from "../../../worker/index";
import { pushDueCallbacks } from "../../../worker/jobs/callbacks-due";
import { seedSmall, signIn } from "../support/http";
import { post } from "../support/json";
import { openRoom, type RoomClient } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
let ana: string;
let lead: string;

beforeAll(async () => {
  await seedSmall(40);
  [ana, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("lead.east@tandem.test")]);
});

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function watchFloor(cookie: string): Promise<RoomClient> {
  const client = await openRoom(cookie, "team_east", { party: "floor-room" });
  await client.nextOfType("floor-state", 0);
  return client;
}

const pushes = (floor: RoomClient, id: string) =>
  floor.frames.filter((f) => f.type === "callbacks-due" && (f.callbacks as DueCallback[]).some((c) => c.id === id)).length;

/** A callback of Ana's due right now (the schedule allows a few minutes' slack into the past). */
async function dueNow(customerId: string): Promise<string> {
  const res = await post<{ callbackId: string }>(`/api/customers/${customerId}/callbacks`, ana, {
    dueAt: Date.now() - 1_000,
    note: "Call back now: she is on her lunch break",
  });
  expect(res.status).toBe(201);
  return res.body.callbackId;
}

describe("the callbacks-due job", () => {
  it("pushes a callback that fell due to the rep's floor once, however often the Cron Trigger runs", async () => {
    const floor = await watchFloor(ana);
    const leadFloor = await watchFloor(lead);
    const id = await dueNow("cus_0001");

    await runCron();
    const frame = await floor.next((f) => f.type === "callbacks-due" && (f.callbacks as DueCallback[]).some((c) => c.id === id));
    expect((frame.callbacks as DueCallback[]).find((c) => c.id === id)).toMatchObject({
      customerId: "cus_0001",
      customerName: "Maya Johnson",
      assignedTo: "stf_ana",
      assigneeName: "Ana Alvarez",
    });
    await leadFloor.next((f) => f.type === "callbacks-due" && (f.callbacks as DueCallback[]).some((c) => c.id === id));
    const [claimed] = await db().select({ notifiedAt: callbacks.notifiedAt }).from(callbacks).where(eq(callbacks.id, id));
    expect(claimed?.notifiedAt).toBeTypeOf("number");

    // Twice more, and once straight through the job: nothing left to push.
    await runCron();
    await runCron();
    expect(await pushDueCallbacks(env, Date.now())).toBe(0);
    // A later frame proves the floor had time to deliver any repeat: a queue change right after.
    const mark = floor.frames.length;
    const marker = await post<{ callbackId: string }>("/api/customers/cus_0001/callbacks", ana, {
      dueAt: Date.now() + 3_600_000,
      note: "And again tomorrow",
    });
    await floor.next((f) => f.type === "queue-changed" && f.customerId === "cus_0001", { from: mark });
    expect(marker.status).toBe(201);
    expect(pushes(floor, id)).toBe(1);
    const [still] = await db().select({ notifiedAt: callbacks.notifiedAt }).from(callbacks).where(eq(callbacks.id, id));
    expect(still?.notifiedAt).toBe(claimed?.notifiedAt);
    floor.close();
    leadFloor.close();
  });

  it("pushes a moved callback again when its new time comes, and a done one never", async () => {
    const floor = await watchFloor(ana);
    const moved = await dueNow("cus_0002");
    const done = await dueNow("cus_0003");
    await runCron();
    await floor.next((f) => f.type === "callbacks-due" && (f.callbacks as DueCallback[]).some((c) => c.id === moved));
    // Moved to "now" again (a rep who could not reach the client tries again at once); the other is done.
    expect(
      (await post(`/api/customers/cus_0002/callbacks/${moved}/reschedule`, ana, { dueAt: Date.now(), note: "No answer; trying again" }))
        .status,
    ).toBe(200);
    expect((await post(`/api/customers/cus_0003/callbacks/${done}/complete`, ana, { note: "Reached her" })).status).toBe(200);
    const from = floor.frames.length;
    expect(await pushDueCallbacks(env, Date.now() + 1_000)).toBe(1);
    const again = await floor.next((f) => f.type === "callbacks-due", { from });
    expect((again.callbacks as DueCallback[]).map((c) => c.id)).toEqual([moved]);
    floor.close();
  });
});
