// A queue batch with several events for one customer: the consumer hands them to the room as one
// group (one read of the customer, one batch for their writes). Each event must end exactly as it
// would alone: out-of-order snapshots end at the newest, a payment finds the loan an earlier event
// of the same batch opened, each applied event has its note, feed item, audit row and ledger mark,
// and one bad event is dead-lettered while the others apply. The batches are handed to the
// consumer directly (the ledger rows accepted as the door does), so what is grouped is certain.
import { env } from "cloudflare:test";
import { and, asc, eq, inArray } from "drizzle-orm";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../core/domain/system-actor";
import { ENTITY_OF, EntityEventSchema, type InboundMessage } from "../../../core/protocol/integration-events";
import { entitiesAhead } from "../../../db/repositories/integration-entities";
import { acceptEvents } from "../../../db/repositories/integration-events";
import { auditLog, integrationEntities, integrationEvents, loans, notes, orders, payments } from "../../../db/schema";
import { consumeInbound } from "../../../worker/integrations/inbound-consumer";
import { customerRoom } from "../../../worker/rooms";
import { seedSmall, signIn } from "../support/http";
import { db, eventId, LOANS, ORDERS, orderEvent } from "../support/integrations";
import { joinRoom } from "../support/room-client";

let ana: string;
beforeAll(async () => {
  await seedSmall(12);
  ana = await signIn("rep.ana@tandem.test");
});

type Event = { id: string; type: string; entity: { id: string; version: number }; customer?: { externalId: string } };

/** What a queue message's handling came to. */
type Settled = { acked: boolean; retried: boolean };

/** Accepts each event into the ledger as the door does, then hands all of them to the consumer as ONE batch. */
async function consumeAsOneBatch(endpointId: string, customerId: string, events: Event[]): Promise<Settled[]> {
  const accepted = await acceptEvents(
    db(),
    events.map((event) => ({
      row: {
        endpointId,
        eventId: event.id,
        orgId: "org_northwind",
        type: event.type,
        entityId: event.entity.id,
        entityVersion: event.entity.version,
        payload: JSON.stringify(event),
        receivedAt: Date.now(),
      },
      about: {
        customer: event.customer ?? { externalId: event.entity.id },
        entityType: ENTITY_OF[event.type as keyof typeof ENTITY_OF],
        mayOpenAccount: false,
      },
    })),
  );
  expect(accepted).toEqual(events.map(() => ({ accepted: true, customerId })));
  const settled = events.map(() => ({ acked: false, retried: false }));
  const messages = events.map((event, index) => ({
    id: `msg-${event.id}`,
    timestamp: new Date(),
    attempts: 1,
    body: {
      endpointId,
      eventId: event.id,
      orgId: "org_northwind",
      customerId,
      customerKey: customerId,
      payload: JSON.stringify(event),
    } satisfies InboundMessage,
    ack: () => {
      (settled[index] as Settled).acked = true;
    },
    retry: () => {
      (settled[index] as Settled).retried = true;
    },
  }));
  const batch = { queue: "tandem-integration-events", messages, ackAll: () => {}, retryAll: () => {} };
  await consumeInbound(batch as unknown as MessageBatch<unknown>, env);
  return settled;
}

const ledgerOf = async (ids: string[]) => {
  const rows = await db().select().from(integrationEvents).where(inArray(integrationEvents.eventId, ids));
  return ids.map((id) => {
    const row = rows.find((r) => r.eventId === id);
    return { status: row?.status, detail: row?.detail ?? null };
  });
};

const orderOf = async (externalId: string) => {
  const [ref] = await db()
    .select()
    .from(integrationEntities)
    .where(and(eq(integrationEntities.entityType, "order"), eq(integrationEntities.externalId, externalId)));
  if (!ref) return null;
  const [order] = await db().select().from(orders).where(eq(orders.id, ref.localId));
  return order ? { customerId: order.customerId, status: order.status, version: ref.version } : null;
};

const streamOf = async (customerId: string) =>
  db()
    .select({ action: auditLog.action, outcome: auditLog.outcome, streamSeq: auditLog.streamSeq, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.stream, `cus:${customerId}`))
    .orderBy(asc(auditLog.streamSeq));

describe("one customer's events in one queue batch", () => {
  it("out of order (v1, v3, v2 of one order): ends at the newest, the older one a recorded no-op, each applied one on screen in order", async () => {
    const { client } = await joinRoom(ana, "cus_0006");
    const v1 = orderEvent({ id: "PO-G1", version: 1, customer: "FX-0000006", number: "GRP-1" });
    const v3 = orderEvent({ id: "PO-G1", version: 3, customer: "FX-0000006", number: "GRP-1", status: "shipped" });
    const v2 = orderEvent({ id: "PO-G1", version: 2, customer: "FX-0000006", number: "GRP-1", status: "approved" });
    const before = await streamOf("cus_0006");

    const settled = await consumeAsOneBatch(ORDERS, "cus_0006", [v1, v3, v2]);

    expect(settled).toEqual([
      { acked: true, retried: false },
      { acked: true, retried: false },
      { acked: true, retried: false },
    ]);
    expect(await orderOf("PO-G1")).toEqual({ customerId: "cus_0006", status: "shipped", version: 3 });
    expect(await ledgerOf([v1.id, v3.id, v2.id])).toEqual([
      { status: "applied", detail: null },
      { status: "applied", detail: null },
      { status: "skipped", detail: "stale" },
    ]);
    // Two changes, two system notes, two audit rows, next in the customer's stream; none for the no-op.
    const written = await db()
      .select({ text: notes.text })
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0006"), eq(notes.action, "order.upserted")))
      .orderBy(asc(notes.createdAt));
    expect(written.map((n) => n.text)).toEqual([
      "New order GRP-1 from partner checkout at Best Buy: $899.00, Submitted; Order platform version 1.",
      "Order GRP-1 is Shipped (from Order platform); Order platform version 3.",
    ]);
    const stream = (await streamOf("cus_0006")).slice(before.length);
    expect(stream.map((row) => [row.action, row.outcome, row.streamSeq])).toEqual([
      ["integration.order.upserted", "success", before.length + 1],
      ["integration.order.upserted", "success", before.length + 2],
    ]);
    expect(stream.map((row) => JSON.parse(row.details).eventId)).toEqual([v1.id, v3.id]);
    // The open profile got both, in the order they were applied.
    const ours = (f: { type: string; item?: unknown }) =>
      f.type === "activity" && String((f.item as { summary: string }).summary).includes("GRP-1");
    const first = await client.next(ours);
    const second = await client.next(ours, { from: client.frames.indexOf(first) + 1 });
    expect([first, second].map((f) => (f.item as { summary: string }).summary)).toEqual([
      "New order GRP-1 from partner checkout at Best Buy: $899.00, Submitted",
      "Order GRP-1 is Shipped (from Order platform)",
    ]);
    client.close();
  });

  it("a payment posts on the loan an earlier event of the same batch opened", async () => {
    const loan = {
      id: eventId("group-loan"),
      type: "loan.upserted",
      entity: { id: "LN-G1", version: 1 },
      customer: { externalId: "FX-0000009" },
      data: {
        kind: "direct_deposit",
        status: "active",
        principalCents: 60_000,
        aprBps: 2_400,
        termMonths: 6,
        balanceCents: 60_000,
        nextDueDate: "2026-12-15",
        daysPastDue: 0,
        originatedOn: "2026-11-15",
      },
    };
    const payment = {
      id: eventId("group-pay"),
      type: "payment.posted",
      entity: { id: "LP-G1", version: 1 },
      customer: { externalId: "FX-0000009" },
      data: { product: "loan", productId: "LN-G1", amountCents: 10_500, method: "bank", status: "posted", paidAt: Date.now() },
    };

    const settled = await consumeAsOneBatch(LOANS, "cus_0009", [loan, payment]);

    expect(settled.map((s) => s.acked)).toEqual([true, true]);
    expect(await ledgerOf([loan.id, payment.id])).toEqual([
      { status: "applied", detail: null },
      { status: "applied", detail: null },
    ]);
    const [made] = await db().select().from(loans).where(eq(loans.customerId, "cus_0009"));
    expect(made).toMatchObject({ principalCents: 60_000, termMonths: 6 });
    const posted = await db()
      .select()
      .from(payments)
      .where(eq(payments.productId, made?.id ?? ""));
    expect(posted.map((p) => [p.amountCents, p.customerId])).toEqual([[10_500, "cus_0009"]]);
  });

  it("one bad event (an order of another customer) is dead-lettered; the events before and after it apply", async () => {
    // PO-G-OTHER belongs to cus_0008 first.
    const other = orderEvent({ id: "PO-G-OTHER", version: 1, customer: "FX-0000008" });
    expect((await consumeAsOneBatch(ORDERS, "cus_0008", [other]))[0]).toEqual({ acked: true, retried: false });
    const before = await streamOf("cus_0007");

    const a = orderEvent({ id: "PO-G2", version: 1, customer: "FX-0000007", number: "GRP-2" });
    const bad = orderEvent({ id: "PO-G-OTHER", version: 2, customer: "FX-0000007", status: "cancelled" });
    const b = orderEvent({ id: "PO-G3", version: 1, customer: "FX-0000007", number: "GRP-3" });
    const settled = await consumeAsOneBatch(ORDERS, "cus_0007", [a, bad, b]);

    // A refusal no retry can fix: acknowledged and marked dead, not retried.
    expect(settled).toEqual([
      { acked: true, retried: false },
      { acked: true, retried: false },
      { acked: true, retried: false },
    ]);
    expect(await ledgerOf([a.id, bad.id, b.id])).toEqual([
      { status: "applied", detail: null },
      { status: "dead", detail: "CONFLICT: order PO-G-OTHER belongs to another customer in Tandem" },
      { status: "applied", detail: null },
    ]);
    expect(await orderOf("PO-G2")).toMatchObject({ customerId: "cus_0007", status: "submitted" });
    expect(await orderOf("PO-G3")).toMatchObject({ customerId: "cus_0007", status: "submitted" });
    expect(await orderOf("PO-G-OTHER")).toEqual({ customerId: "cus_0008", status: "submitted", version: 1 });
    // The refusal's audit row sits between the two changes, as the events came.
    const stream = (await streamOf("cus_0007")).slice(before.length);
    expect(stream.map((row) => [row.action, row.outcome])).toEqual([
      ["integration.order.upserted", "success"],
      ["integration.apply", "failure"],
      ["integration.order.upserted", "success"],
    ]);
  });

  it("when the shared batch fails (two new orders under one number), each runs alone: the good ones apply, the clash is retried", async () => {
    const before = await streamOf("cus_0010");
    const a = orderEvent({ id: "PO-G4", version: 1, customer: "FX-0000010", number: "GRP-4" });
    const clash = orderEvent({ id: "PO-G5", version: 1, customer: "FX-0000010", number: "GRP-4" });
    const b = orderEvent({ id: "PO-G6", version: 1, customer: "FX-0000010", number: "GRP-6" });

    const settled = await consumeAsOneBatch(ORDERS, "cus_0010", [a, clash, b]);

    expect(settled).toEqual([
      { acked: true, retried: false },
      { acked: false, retried: true },
      { acked: true, retried: false },
    ]);
    const ledger = await ledgerOf([a.id, clash.id, b.id]);
    expect(ledger.map((row) => row.status)).toEqual(["applied", "queued", "applied"]);
    expect(ledger[1]?.detail).toMatch(/^UNAVAILABLE: /);
    expect(await orderOf("PO-G4")).toMatchObject({ customerId: "cus_0010", version: 1 });
    expect(await orderOf("PO-G5")).toBeNull();
    expect(await orderOf("PO-G6")).toMatchObject({ customerId: "cus_0010", version: 1 });
    const stream = (await streamOf("cus_0010")).slice(before.length);
    expect(stream.map((row) => JSON.parse(row.details).eventId)).toEqual([a.id, b.id]);
  });

  it("a customer snapshot between orders runs alone, in its place, and sees the account as the one before it left it", async () => {
    const before = await streamOf("cus_0011");
    const contact = { firstName: "Nora", lastName: "Quist", phone: "(555) 010-1111", email: "nora.quist@example.com", state: "OH" };
    const first = { id: eventId("group-cust-1"), type: "customer.upserted", entity: { id: "FX-0000011", version: 1 }, data: contact };
    const a = orderEvent({ id: "PO-G7", version: 1, customer: "FX-0000011", number: "GRP-7" });
    const again = { id: eventId("group-cust-2"), type: "customer.upserted", entity: { id: "FX-0000011", version: 2 }, data: contact };
    const b = orderEvent({ id: "PO-G8", version: 1, customer: "FX-0000011", number: "GRP-8" });

    const settled = await consumeAsOneBatch(ORDERS, "cus_0011", [first, a, again, b]);

    expect(settled.map((s) => s.acked)).toEqual([true, true, true, true]);
    expect((await ledgerOf([first.id, a.id, again.id, b.id])).map((row) => row.status)).toEqual([
      "applied",
      "applied",
      "applied",
      "applied",
    ]);
    const stream = (await streamOf("cus_0011")).slice(before.length);
    expect(stream.map((row) => [JSON.parse(row.details).eventId, row.streamSeq])).toEqual([
      [first.id, before.length + 1],
      [a.id, before.length + 2],
      [again.id, before.length + 3],
      [b.id, before.length + 4],
    ]);
    // The second snapshot states what the first wrote: nothing changed, as it reads the row afresh.
    const written = await db()
      .select({ text: notes.text })
      .from(notes)
      .where(and(eq(notes.customerId, "cus_0011"), eq(notes.action, "customer.upserted")))
      .orderBy(asc(notes.createdAt));
    expect(written.map((n) => n.text)).toEqual([
      expect.stringMatching(/^Contact details updated from Order platform: name, phone, email.* \(version 1\)\.$/),
      "Contact details confirmed by Order platform, nothing changed (version 2).",
    ]);
  });

  it("eight new orders of one customer in one batch (more records than one D1 compound SELECT may name): all apply", async () => {
    const events = Array.from({ length: 8 }, (_, i) =>
      orderEvent({ id: `PO-G1${i}`, version: 1, customer: "FX-0000012", number: `GRP-1${i}` }),
    );

    const settled = await consumeAsOneBatch(ORDERS, "cus_0012", events);

    expect(settled.every((s) => s.acked && !s.retried)).toBe(true);
    expect((await ledgerOf(events.map((e) => e.id))).map((row) => row.status)).toEqual(Array(8).fill("applied"));
    for (let i = 0; i < 8; i++) expect(await orderOf(`PO-G1${i}`)).toEqual({ customerId: "cus_0012", status: "submitted", version: 1 });
  });

  it("a record that moved after the consumer read it ahead: the batch's check fails, the room reads afresh, no older snapshot lands", async () => {
    const v1 = orderEvent({ id: "PO-G9", version: 1, customer: "FX-0000005", number: "GRP-9" });
    const v3 = orderEvent({ id: "PO-G9", version: 3, customer: "FX-0000005", number: "GRP-9", status: "shipped" });
    const v2 = orderEvent({ id: "PO-G9", version: 2, customer: "FX-0000005", number: "GRP-9", status: "approved" });
    expect(await consumeAsOneBatch(ORDERS, "cus_0005", [v1])).toEqual([{ acked: true, retried: false }]);
    // Read ahead now (version 1), as the consumer would; then version 3 lands before the room gets the batch.
    const [read] = await entitiesAhead(db(), [
      { orgId: "org_northwind", customerId: "cus_0005", named: [{ entityType: "order", externalId: "PO-G9" }] },
    ]);
    expect(read?.get("order:PO-G9")).toMatchObject({ version: 1 });
    expect(await consumeAsOneBatch(ORDERS, "cus_0005", [v3])).toEqual([{ acked: true, retried: false }]);

    const room = await customerRoom(env, "cus_0005");
    const command = { type: "integration.apply" as const, endpointId: ORDERS, endpointName: "Order platform", eventId: v2.id };
    const [result] = await room.mutateMany(
      systemActor("org_northwind", "integration_order_platform", "Order platform"),
      [{ ...command, event: v.parse(EntityEventSchema, v2) }],
      { ip: null, userAgent: "test" },
      read,
    );

    expect(result).toMatchObject({ ok: true, reply: { skipped: "stale" } });
    expect(await orderOf("PO-G9")).toEqual({ customerId: "cus_0005", status: "shipped", version: 3 });
  });
});
