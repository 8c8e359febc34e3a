// A plan change from opening to release on the merchant room's real alarm: sales opens it,
// engineering assigns a model, finance deposits, sales sets a release a few seconds ahead; at that
// time the room switches the plan, adds the endpoint, prorates the month on an invoice and tells
// everyone watching. Exactly once: a second and third alarm change nothing, and an eviction between
// scheduling and release loses nothing.
import { env, evictDurableObject, runDurableObjectAlarm } from "cloudflare:test";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, invoices, merchantEndpoints, merchants, planChangeEvents } from "../../../db/schema";
import type { MerchantRoom } from "../../../party/merchant-room";
import { db, requestRow } from "../merchants/support";
import { seedSmall, signIn } from "../support/http";
import { get } from "../support/json";
import { joinMerchant, openPlanChange, stepAs } from "../support/merchants";

const cookies: Record<string, string> = {};
const stub = (id: string) => env.MerchantRoom.get(env.MerchantRoom.idFromName(id)) as DurableObjectStub<MerchantRoom>;
/** Scale v1 in the seeded catalogue: $599.00 a month. */
const SCALE = { id: "plv_nw_scale_1", monthlyFeeCents: 59_900 };

beforeAll(async () => {
  await seedSmall();
  for (const email of ["sales@tandem.test", "engineering@tandem.test", "finance@tandem.test", "director@tandem.test"])
    cookies[email] = await signIn(email);
});

/** The rule in words: the fee difference times the share of the month after the release, to the nearest cent (halves away from zero). */
function expectedProration(oldFee: number, newFee: number, releaseAt: number): number {
  const d = new Date(releaseAt);
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  const num = BigInt(newFee - oldFee) * BigInt(end - releaseAt);
  const den = BigInt(end - start);
  const sign = num < 0n ? -1n : 1n;
  return Number(sign * ((sign * num * 2n + den) / (den * 2n)));
}

async function throughSales(merchantId: string, releaseInMs: number) {
  const profile = await get<{ merchant: { plan: { id: string; monthlyFeeCents: number } } }>(
    `/api/merchants/${merchantId}`,
    cookies["sales@tandem.test"],
  );
  const before = profile.body.merchant.plan;
  const id = await openPlanChange(cookies["sales@tandem.test"] ?? "", merchantId, {
    toPlanVersionId: SCALE.id,
    note: "Holiday volume: upgrade to Scale with a settlement webhook",
    endpointChanges: [{ op: "add", kind: "settlement_webhook", name: "Settlements", url: "https://hooks.example.com/settle" }],
    money: { direction: "deposit", amountCents: 10_000 },
  });
  expect(
    (
      await stepAs(cookies["engineering@tandem.test"] ?? "", merchantId, id, "approve", {
        models: [{ ref: "new-0", modelVersionId: "dmv_nw_lease-adv_1" }],
      })
    ).status,
  ).toBe(200);
  expect((await stepAs(cookies["finance@tandem.test"] ?? "", merchantId, id, "approve")).status).toBe(200);
  const releaseAt = Date.now() + releaseInMs;
  const scheduled = await stepAs(cookies["sales@tandem.test"] ?? "", merchantId, id, "approve", { releaseAt });
  expect(scheduled.body).toMatchObject({ stage: "scheduled" });
  return { id, releaseAt, before };
}

const releases = async (requestId: string) => {
  const [events] = await db()
    .select({ n: count() })
    .from(planChangeEvents)
    .where(and(eq(planChangeEvents.requestId, requestId), eq(planChangeEvents.action, "release")));
  const [invoiced] = await db()
    .select({ n: count() })
    .from(invoices)
    .where(eq(invoices.dedupeKey, `proration:${requestId}`));
  // The room's audit row names the merchant; the request is in its details.
  const rows = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "plan_change.release"));
  const audit = rows.filter((r) => (JSON.parse(r.details) as { targetId?: string }).targetId === requestId).length;
  return { events: events?.n, invoices: invoiced?.n, audit };
};

describe("the scheduled release", () => {
  it("applies the change at its time, live to everyone watching, and exactly once however often the alarm fires", async () => {
    const { client: watcher } = await joinMerchant(cookies["director@tandem.test"] ?? "", "mer_0002");
    const { id, releaseAt, before } = await throughSales("mer_0002", 2_500);
    expect(await stub("mer_0002").nextRelease()).toBe(releaseAt);

    const updated = await watcher.next((f) => f.type === "merchant-updated", { timeoutMs: 15_000 });
    const heardAt = Date.now();
    expect(heardAt).toBeGreaterThanOrEqual(releaseAt);
    expect(updated).toMatchObject({ merchant: { id: "mer_0002", plan: { id: SCALE.id, name: "Scale", version: 1 } } });
    expect(watcher.frames.some((f) => f.type === "record-changed" && f.record === "plan-change" && f.id === id)).toBe(true);
    const row = await requestRow(id);
    expect(row.stage).toBe("released");
    expect(row.releasedAt ?? 0).toBeGreaterThanOrEqual(releaseAt);

    const [merchant] = await db().select({ plan: merchants.planVersionId }).from(merchants).where(eq(merchants.id, "mer_0002"));
    expect(merchant?.plan).toBe(SCALE.id);
    const added = await db()
      .select()
      .from(merchantEndpoints)
      .where(and(eq(merchantEndpoints.merchantId, "mer_0002"), eq(merchantEndpoints.name, "Settlements")));
    expect(added.map((e) => [e.status, e.modelVersionId])).toEqual([["pending_key", "dmv_nw_lease-adv_1"]]);
    const [proration] = await db()
      .select()
      .from(invoices)
      .where(eq(invoices.dedupeKey, `proration:${id}`));
    expect(proration?.totalCents).toBe(expectedProration(before.monthlyFeeCents, SCALE.monthlyFeeCents, releaseAt));
    expect(await releases(id)).toEqual({ events: 1, invoices: 1, audit: 1 });

    // Alarms can fire more than once: the second and third find nothing due.
    const framesBefore = watcher.frames.filter((f) => f.type === "merchant-updated").length;
    await runDurableObjectAlarm(stub("mer_0002"));
    await runDurableObjectAlarm(stub("mer_0002"));
    await watcher.request({ type: "heartbeat", active: true }, ["ack"]);
    expect(watcher.frames.filter((f) => f.type === "merchant-updated")).toHaveLength(framesBefore);
    expect(await releases(id)).toEqual({ events: 1, invoices: 1, audit: 1 });
    expect(await stub("mer_0002").nextRelease()).toBeNull();
    watcher.close();
  });

  it("still releases, once, when the room is evicted between scheduling and the release", async () => {
    const { id, releaseAt } = await throughSales("mer_0019", 2_000);
    await evictDurableObject(stub("mer_0019"));
    // Nobody is watching and the instance that scheduled it is gone: the stored alarm wakes a new one.
    const deadline = Date.now() + 15_000;
    while ((await requestRow(id)).stage !== "released") {
      if (Date.now() > deadline) throw new Error("not released within 15 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await requestRow(id)).releasedAt ?? 0).toBeGreaterThanOrEqual(releaseAt);
    await runDurableObjectAlarm(stub("mer_0019"));
    expect(await releases(id)).toEqual({ events: 1, invoices: 1, audit: 1 });
  });
});
