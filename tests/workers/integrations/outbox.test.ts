// Outbound, inside workerd: a change a back end must know is written to the outbox in the batch of
// the change itself, sent through the queue to a receiver that dedupes by the idempotency key, and
// shown on the item as syncing / synced / failed. The receiver counts deliveries and effects apart,
// so "exactly once" is checked where it matters: one effect, whatever Tandem had to resend.
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  evictDurableObject,
  getQueueResult,
  runInDurableObject,
  waitOnExecutionContext,
} from "cloudflare:test";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { integrationEndpoints, integrationOutbox, loans, payments } from "../../../db/schema";
import type { CustomerRoom } from "../../../party/customer-room";
import worker from "../../../worker/index";
import { seedSmall, signIn } from "../support/http";
import { db, eventually, LOANS } from "../support/integrations";
import { get, post } from "../support/json";
import { type Ownership, own, recordChanged } from "../support/ownership";

let ana: string;
let engineer: string;
/** Seeded customers with an active loan, one per test that pays (the seed gives loans to some). */
let withLoans: string[] = [];
const held: Ownership[] = [];

beforeAll(async () => {
  await seedSmall(40);
  [ana, engineer] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("engineering@tandem.test")]);
  const rows = await db().select({ customerId: loans.customerId }).from(loans).where(eq(loans.status, "active"));
  withLoans = rows
    .map((r) => r.customerId)
    .filter((id) => id.startsWith("cus_00"))
    .sort();
  if (withLoans.length < 6) throw new Error(`the seed gave only ${withLoans.length} customers a loan`);
});
const customer = (n: number) => withLoans[n] ?? "cus_0001";
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
});

interface Seen {
  deliveries: number;
  applied: number;
  signed: boolean;
  bodies: { id: string; topic: string; data: Record<string, unknown> }[];
}
const seenBy = async (key: string): Promise<Seen> => (await fetch(`http://receiver.test/_seen?key=${key}`)).json();
const receiverPath = async (path: string) =>
  db().update(integrationEndpoints).set({ outboundUrl: path }).where(eq(integrationEndpoints.id, LOANS));
const outboxOf = async (recordId: string) => db().select().from(integrationOutbox).where(eq(integrationOutbox.recordId, recordId));
const roomStub = (id: string) => env.CustomerRoom.get(env.CustomerRoom.idFromName(id));

async function pay(customerId: string, amountCents: number) {
  const ownership = await own(ana, customerId);
  held.push(ownership);
  const answer = await post<{ paymentId: string }>(`/api/customers/${customerId}/payments`, ana, {
    lockToken: ownership.token,
    note: "Paid by phone",
    product: "loan",
    productId: `loa_${customerId.slice(4)}`,
    amountCents,
    method: "card",
  });
  return { answer, ownership };
}

const synced = (recordId: string) =>
  eventually(
    async () => {
      const [row] = await outboxOf(recordId);
      return row?.status === "synced" ? row : null;
    },
    15_000,
    `the outbox row of ${recordId} synced`,
  );

describe("a payment recorded by a rep", () => {
  it("is in the outbox with the payment, sent once, signed, and shown synced on the account", async () => {
    await receiverPath("/loan-system/tandem");
    const { answer, ownership } = await pay(customer(0), 5_000);
    expect(answer.status).toBe(201);
    const row = await synced(answer.body.paymentId);
    expect(row).toMatchObject({ topic: "payment.recorded", recordType: "payment", endpointId: LOANS, attempts: 1 });
    const seen = await seenBy(row.id);
    expect(seen).toMatchObject({ deliveries: 1, applied: 1, signed: true });
    expect(seen.bodies[0]).toMatchObject({
      id: row.id,
      topic: "payment.recorded",
      data: { paymentId: answer.body.paymentId, amountCents: 5_000, customer: { id: customer(0) } },
    });
    // Open screens hear of it; a reload shows it.
    await ownership.client.next(recordChanged("sync", answer.body.paymentId));
    const sync = await get<{ items: { recordId: string; state: string; endpointName: string }[] }>(
      `/api/customers/${customer(0)}/sync`,
      ana,
    );
    expect(sync.body.items).toContainEqual(
      expect.objectContaining({ recordId: answer.body.paymentId, state: "synced", endpointName: "Loan management" }),
    );
  });

  it("writes no outbox row when the change itself is refused", async () => {
    const ownership = await own(ana, customer(1));
    held.push(ownership);
    const before = (await db().select().from(integrationOutbox)).length;
    const refused = await post(`/api/customers/${customer(1)}/payments`, ana, {
      lockToken: ownership.token + 7,
      note: "Paid by phone",
      product: "loan",
      productId: `loa_${customer(1).slice(4)}`,
      amountCents: 5_000,
      method: "card",
    });
    expect(refused.status).toBe(409);
    expect((await db().select().from(integrationOutbox)).length).toBe(before);
  });
});

describe("between the commit and the send", () => {
  it("a room evicted after committing still sends, exactly once, on its alarm", async () => {
    await receiverPath("/loan-system/tandem");
    // The room commits, then stops before handing the row to the queue (injected: its send does nothing).
    await runInDurableObject(roomStub(customer(2)), (room: CustomerRoom) => {
      (room as unknown as { outbox: { flush: () => Promise<void> } }).outbox.flush = async () => undefined;
    });
    const { answer } = await pay(customer(2), 4_000);
    expect(answer.status).toBe(201);
    const [committed] = await outboxOf(answer.body.paymentId);
    expect(committed).toMatchObject({ status: "pending", enqueuedAt: null });
    expect((await db().select().from(payments).where(eq(payments.id, answer.body.paymentId))).length).toBe(1);
    await evictDurableObject(roomStub(customer(2)));

    // The alarm armed before the commit wakes a fresh instance, which sends it.
    const row = await synced(answer.body.paymentId);
    expect(await seenBy(row.id)).toMatchObject({ deliveries: 1, applied: 1 });

    // The queue delivering the message again, and the Cron backstop, send nothing more.
    const batch = createMessageBatch("tandem-integration-outbox", [
      { id: "again", timestamp: new Date(), attempts: 2, body: { outboxId: row.id } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["again"]);
    // The cron as Cloudflare runs it: a scheduled time, and the run awaited (every job, not only the sweep).
    const cron = createExecutionContext();
    worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env, cron);
    await waitOnExecutionContext(cron);
    expect(await seenBy(row.id)).toMatchObject({ deliveries: 1, applied: 1 });
  });

  it("an answer lost on the way back is sent again with the same key, and takes effect once", async () => {
    await receiverPath("/flaky-1/loan-system/tandem");
    const { answer } = await pay(customer(3), 3_000);
    const row = await synced(answer.body.paymentId);
    expect(row.attempts).toBe(2);
    expect(await seenBy(row.id)).toMatchObject({ deliveries: 2, applied: 1 });
  });
});

describe("a change the back end will not take", () => {
  it("is shown failed, and an engineer's retry sends it once the back end is fixed", async () => {
    await receiverPath("/reject/loan-system/tandem");
    const { answer } = await pay(customer(4), 2_000);
    const failed = await eventually(async () => {
      const [row] = await outboxOf(answer.body.paymentId);
      return row?.status === "failed" ? row : null;
    });
    expect(failed.lastError).toBe("HTTP 422 from receiver.test");
    const sync = await get<{ items: { recordId: string; state: string }[] }>(`/api/customers/${customer(4)}/sync`, ana);
    expect(sync.body.items).toContainEqual(expect.objectContaining({ recordId: answer.body.paymentId, state: "failed" }));
    const health = await get<{ failedOutbound: { id: string }[] }>("/api/integrations/health", engineer);
    expect(health.body.failedOutbound.map((f) => f.id)).toContain(failed.id);

    // Reps see the state; only engineering (and admins) may retry.
    expect((await post(`/api/integrations/outbox/${failed.id}/retry`, ana)).status).toBe(403);
    await receiverPath("/loan-system/tandem");
    expect(await post(`/api/integrations/outbox/${failed.id}/retry`, engineer)).toMatchObject({ status: 200, body: { status: "syncing" } });
    await synced(answer.body.paymentId);
    expect(await seenBy(failed.id)).toMatchObject({ applied: 1 });
  });
});
