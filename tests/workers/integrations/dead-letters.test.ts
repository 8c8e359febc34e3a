// Dead letters: an event that will never apply as sent goes to the dead letters at once; one that
// keeps failing goes there through the queue's dead-letter queue after its last try. Engineering
// inspects it as the back end sent it and replays it once the cause is fixed; the health page
// counts it; the test event runs a signed ping through the whole path.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { INBOUND_MAX_ATTEMPTS } from "../../../core/domain/integrations";
import { integrationEvents, payments } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { db, eventId, eventually, LOANS, ORDERS, sendEvent } from "../support/integrations";
import { get, post } from "../support/json";

let engineer: string;
beforeAll(async () => {
  await seedSmall(5);
  engineer = await signIn("engineering@tandem.test");
});

const ledger = async (id: string) => (await db().select().from(integrationEvents).where(eq(integrationEvents.eventId, id)))[0];
const dead = (id: string) => eventually(async () => ((await ledger(id))?.status === "dead" ? ledger(id) : null), 20_000, `${id} dead`);

describe("an event that cannot apply as sent", () => {
  it("is a dead letter at once, readable as the back end sent it", async () => {
    const event = {
      id: eventId("bad-phone"),
      type: "customer.upserted",
      entity: { id: "FX-0000002", version: 1 },
      data: { firstName: "Liam", lastName: "Smith", phone: "not a phone" },
    };
    expect((await sendEvent(ORDERS, event)).status).toBe(202);
    const row = await dead(event.id);
    expect(row?.attempts).toBe(1);
    const list = await get<{ items: { eventId: string; error: string }[] }>(`/api/integrations/endpoints/${ORDERS}/dead-letters`, engineer);
    expect(list.body.items).toEqual([expect.objectContaining({ eventId: event.id, error: expect.stringContaining("VALIDATION") })]);
    // Inspect follows the PII policy: engineering sees no customer data; an admin sees the event as sent.
    const detail = await get<{ payload: unknown }>(`/api/integrations/endpoints/${ORDERS}/dead-letters/${event.id}`, engineer);
    expect(detail.body.payload).toEqual({ ...event, data: { firstName: "[hidden]", lastName: "[hidden]", phone: "[hidden]" } });
    const admin = await get<{ payload: unknown }>(
      `/api/integrations/endpoints/${ORDERS}/dead-letters/${event.id}`,
      await signIn("admin@tandem.test"),
    );
    expect(admin.body.payload).toEqual(event);
  });
});

describe("an event that keeps failing", () => {
  it("reaches the dead letters through the queue after its last try, and a replay applies it once the cause is gone", async () => {
    const payment = {
      id: eventId("orphan-payment"),
      type: "payment.posted",
      entity: { id: "LP-77", version: 1 },
      customer: { externalId: "FX-0000003" },
      data: { product: "loan", productId: "LN-77", amountCents: 9_900, method: "bank", status: "posted", paidAt: Date.now() },
    };
    expect((await sendEvent(LOANS, payment)).status).toBe(202);
    // LN-77 never arrives: tries with backoff (1 s, 2 s, 4 s), then the dead-letter queue.
    const row = await dead(payment.id);
    expect(row?.attempts).toBe(INBOUND_MAX_ATTEMPTS);
    expect(row?.detail).toContain(`gave up after ${INBOUND_MAX_ATTEMPTS} tries`);

    const health = await get<{ endpoints: { id: string; inbound: { dead: number } }[] }>("/api/integrations/health", engineer);
    expect(health.body.endpoints.find((e) => e.id === LOANS)?.inbound.dead).toBe(1);

    const loan = {
      id: eventId("loan-77"),
      type: "loan.upserted",
      entity: { id: "LN-77", version: 1 },
      customer: { externalId: "FX-0000003" },
      data: {
        kind: "purchase",
        status: "active",
        principalCents: 50_000,
        aprBps: 1_999,
        termMonths: 6,
        balanceCents: 50_000,
        nextDueDate: "2026-12-01",
        daysPastDue: 0,
        originatedOn: "2026-11-01",
      },
    };
    expect((await sendEvent(LOANS, loan)).status).toBe(202);
    await eventually(async () => (await ledger(loan.id))?.status === "applied");

    expect(await post(`/api/integrations/endpoints/${LOANS}/dead-letters/${payment.id}/replay`, engineer)).toMatchObject({
      status: 200,
      body: { status: "queued" },
    });
    await eventually(async () => (await ledger(payment.id))?.status === "applied");
    expect((await db().select().from(payments).where(eq(payments.amountCents, 9_900))).length).toBe(1);
    // A second replay finds no dead letter.
    expect((await post(`/api/integrations/endpoints/${LOANS}/dead-letters/${payment.id}/replay`, engineer)).status).toBe(404);
  });
});

describe("send test event", () => {
  it("runs a signed ping through the inbound path; another org's endpoint is not found", async () => {
    const sent = await post<{ eventId: string; status: number }>(`/api/integrations/endpoints/${ORDERS}/test-event`, engineer);
    expect(sent).toMatchObject({ status: 201, body: { status: 202 } });
    await eventually(async () => (await ledger(sent.body.eventId))?.status === "applied");
    expect((await post("/api/integrations/endpoints/ie_harbor_orders/test-event", engineer)).status).toBe(404);
  });
});
