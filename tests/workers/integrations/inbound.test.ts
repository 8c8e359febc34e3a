// Inbound, end to end inside workerd: a back end's signed event -> the ledger and the queue -> the
// consumer -> the customer's room as the system actor -> D1, with the feed item on every open screen,
// a system note and an audit row; repeats and older versions change nothing; a payment that comes
// before its loan waits for it.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../core/domain/system-actor";
import {
  auditLog,
  customers,
  integrationEntities,
  integrationEvents,
  loans,
  notes,
  orderItems,
  orders,
  payments,
} from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { db, eventId, eventually, LOANS, ORDERS, orderEvent, sendEvent } from "../support/integrations";
import { joinRoom } from "../support/room-client";

let ana: string;
beforeAll(async () => {
  await seedSmall(10);
  ana = await signIn("rep.ana@tandem.test");
});

const orderOf = async (externalId: string) => {
  const [ref] = await db()
    .select()
    .from(integrationEntities)
    .where(and(eq(integrationEntities.entityType, "order"), eq(integrationEntities.externalId, externalId)));
  if (!ref) return null;
  const [order] = await db().select().from(orders).where(eq(orders.id, ref.localId));
  return order ? { ...order, version: ref.version } : null;
};

describe("an event from the order platform", () => {
  it("reaches the open profile live and the database, through the queue and the room", async () => {
    const { client } = await joinRoom(ana, "cus_0001");
    const sent = await sendEvent(ORDERS, orderEvent({ id: "PO-1", version: 1, customer: "FX-0000001", number: "SIM-1001" }));
    expect(sent).toEqual({ status: 202, body: { accepted: true, eventId: expect.any(String), status: "queued" } });

    const frame = await client.next((f) => f.type === "activity" && String((f.item as { summary: string }).summary).includes("SIM-1001"), {
      timeoutMs: 10_000,
    });
    expect((frame.item as { summary: string }).summary).toBe("New order SIM-1001 from partner checkout at Best Buy: $899.00, Submitted");
    const order = await eventually(() => orderOf("PO-1"));
    expect(order).toMatchObject({ customerId: "cus_0001", number: "SIM-1001", status: "submitted", totalCents: 89_900, version: 1 });
    expect(await db().select().from(orderItems).where(eq(orderItems.orderId, order.id))).toHaveLength(1);
    const [note] = await db()
      .select()
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0001"), eq(notes.action, "order.upserted")));
    expect(note).toMatchObject({ kind: "system", authorId: null, authorName: "Order platform", immutable: true });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, "integration.order.upserted"));
    expect(audit).toMatchObject({ stream: "cus:cus_0001", actorRole: "system", outcome: "success", customerId: "cus_0001" });
    expect(JSON.parse(audit?.details ?? "{}")).toMatchObject({ targetType: "order", targetId: order.id, endpointId: ORDERS, version: 1 });
    const [ledger] = await db()
      .select()
      .from(integrationEvents)
      .where(eq(integrationEvents.eventId, String(sent.body.eventId)));
    expect(ledger).toMatchObject({ status: "applied", customerId: "cus_0001" });
    client.close();
  });

  it("moves the order on with a newer version, and an older one sent later is refused and changes nothing", async () => {
    await sendEvent(ORDERS, orderEvent({ id: "PO-2", version: 1, customer: "FX-0000002" }));
    await eventually(() => orderOf("PO-2"));
    expect((await sendEvent(ORDERS, orderEvent({ id: "PO-2", version: 3, customer: "FX-0000002", status: "shipped" }))).status).toBe(202);
    await eventually(async () => (await orderOf("PO-2"))?.status === "shipped");

    const late = await sendEvent(ORDERS, orderEvent({ id: "PO-2", version: 2, customer: "FX-0000002", status: "approved" }));
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: "CONFLICT", details: { reason: "stale_version" } } });
    expect(await orderOf("PO-2")).toMatchObject({ status: "shipped", version: 3 });
  });

  it("takes a repeat of the same event id once: acknowledged, never applied twice", async () => {
    const event = orderEvent({ id: "PO-3", version: 1, customer: "FX-0000003" });
    expect((await sendEvent(ORDERS, event)).status).toBe(202);
    const again = await sendEvent(ORDERS, event);
    expect(again).toEqual({ status: 200, body: { accepted: true, eventId: event.id, status: "duplicate" } });
    const order = await eventually(() => orderOf("PO-3"));
    expect(await db().select().from(orders).where(eq(orders.number, order.number))).toHaveLength(1);
  });
});

describe("a large order", () => {
  it("of 50 items, the most an order may have, lands whole", async () => {
    const event = orderEvent({ id: "PO-BIG", version: 1, customer: "FX-0000005", number: "SIM-BIG" });
    const items = Array.from({ length: 50 }, (_, i) => ({ ...event.data.items[0], title: `Item ${i + 1}`, priceCents: 1_798 }));
    expect((await sendEvent(ORDERS, { ...event, data: { ...event.data, totalCents: 89_900, items } })).status).toBe(202);
    const order = await eventually(() => orderOf("PO-BIG"));
    const stored = await db().select().from(orderItems).where(eq(orderItems.orderId, order.id));
    expect(stored.map((item) => item.title).sort()).toEqual(items.map((item) => item.title).sort());
  });
});

describe("events the queue delivers out of order", () => {
  it("a payment sent before its loan waits for the loan, then posts once", async () => {
    const payment = {
      id: eventId("pay"),
      type: "payment.posted",
      entity: { id: "LP-9", version: 1 },
      customer: { externalId: "FX-0000004" },
      data: { product: "loan", productId: "LN-9", amountCents: 12_500, method: "bank", status: "posted", paidAt: Date.now() },
    };
    expect((await sendEvent(LOANS, payment)).status).toBe(202);
    // No loan LN-9 yet: the consumer retries the payment with backoff rather than dropping it.
    await eventually(async () => {
      const [row] = await db().select().from(integrationEvents).where(eq(integrationEvents.eventId, payment.id));
      return row && row.attempts >= 1 && row.status === "queued";
    });
    const loan = {
      id: eventId("loan"),
      type: "loan.upserted",
      entity: { id: "LN-9", version: 1 },
      customer: { externalId: "FX-0000004" },
      data: {
        kind: "direct_deposit",
        status: "active",
        principalCents: 100_000,
        aprBps: 2_999,
        termMonths: 12,
        balanceCents: 100_000,
        nextDueDate: "2026-12-01",
        daysPastDue: 0,
        originatedOn: "2026-11-01",
      },
    };
    expect((await sendEvent(LOANS, loan)).status).toBe(202);
    const posted = await eventually(
      async () => {
        const [row] = await db().select().from(integrationEvents).where(eq(integrationEvents.eventId, payment.id));
        return row?.status === "applied" ? row : null;
      },
      15_000,
      "the payment applied after its loan",
    );
    expect(posted.attempts).toBeGreaterThanOrEqual(2);
    const [ref] = await db().select().from(integrationEntities).where(eq(integrationEntities.externalId, "LN-9"));
    const made = await db()
      .select()
      .from(payments)
      .where(eq(payments.productId, ref?.localId ?? ""));
    expect(made.map((p) => p.amountCents)).toEqual([12_500]);
    const [row] = await db()
      .select()
      .from(loans)
      .where(eq(loans.id, ref?.localId ?? ""));
    expect(row).toMatchObject({ customerId: "cus_0004", principalCents: 100_000, termMonths: 12 });
  });
});

describe("a customer the back end names for the first time", () => {
  it("opens an account, which its next events then reach", async () => {
    const created = {
      id: eventId("cust"),
      type: "customer.upserted",
      entity: { id: "FX-7770001", version: 1 },
      data: { firstName: "Rosa", lastName: "Delgado", phone: "(555) 777-0001", email: "rosa@example.com", state: "TX" },
    };
    expect((await sendEvent(ORDERS, created)).status).toBe(202);
    const account = await eventually(async () => {
      const [row] = await db().select().from(customers).where(eq(customers.externalId, "FX-7770001"));
      return row;
    });
    expect(account).toMatchObject({
      orgId: "org_northwind",
      fullName: "Rosa Delgado",
      phoneDigits: "15557770001",
      emailLower: "rosa@example.com",
    });
    expect(account.id).toMatch(/^cus_8\d{7}$/);
    expect((await sendEvent(ORDERS, orderEvent({ id: "PO-R1", version: 1, customer: "FX-7770001" }))).status).toBe(202);
    expect(await eventually(() => orderOf("PO-R1"))).toMatchObject({ customerId: account.id });
  });
});

describe("the room's own version check", () => {
  it("writes nothing for a snapshot older than the one applied, however it got past the door", async () => {
    await sendEvent(ORDERS, orderEvent({ id: "PO-5", version: 4, customer: "FX-0000005", status: "delivered" }));
    const order = await eventually(() => orderOf("PO-5"));
    const before = await db().select().from(notes).where(eq(notes.customerId, "cus_0005"));
    // Straight to the room, as a queue that reordered two deliveries would hand it over.
    const room = env.CustomerRoom.get(env.CustomerRoom.idFromName("cus_0005"));
    const stale = orderEvent({ id: "PO-5", version: 2, customer: "FX-0000005", status: "approved" });
    const command = {
      type: "integration.apply" as const,
      endpointId: ORDERS,
      endpointName: "Order platform",
      eventId: stale.id,
      event: stale,
    };
    const result = await room.mutate(systemActor("org_northwind", "test", "Order platform"), command as never, {
      ip: null,
      userAgent: null,
    });
    expect(result).toEqual({ ok: true, reply: { skipped: "stale" } });
    expect(await orderOf("PO-5")).toMatchObject({ id: order.id, status: "delivered", version: 4 });
    expect(await db().select().from(notes).where(eq(notes.customerId, "cus_0005"))).toHaveLength(before.length);
  });
});
