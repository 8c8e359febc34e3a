// A back end with a backlog sends up to 100 events in one signed request (`POST
// /api/integrations/:endpointId/events/batch`). Each event is taken or refused on its own, exactly as
// it would be alone: a refused one changes nothing and does not hold back the others; only what is
// wrong with the whole request (its signature, its shape, its size) refuses it whole.
import { and, count, eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { integrationEntities, integrationEvents, orders } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { db, eventId, eventually, ORDERS, orderEvent, sendBatch, sendEvent } from "../support/integrations";
import { get } from "../support/json";
import { joinRoom } from "../support/room-client";

beforeAll(() => seedSmall(10));

const ledgerSize = async () => (await db().select({ n: count() }).from(integrationEvents))[0]?.n ?? 0;
const orderNamed = async (number: string) => (await db().select().from(orders).where(eq(orders.number, number)))[0] ?? null;
const versionOf = async (externalId: string) =>
  (
    await db()
      .select({ version: integrationEntities.version })
      .from(integrationEntities)
      .where(and(eq(integrationEntities.entityType, "order"), eq(integrationEntities.externalId, externalId)))
  )[0]?.version ?? null;

/** `howMany` new orders over nine customers, numbered `<prefix>-<i>`, each of 20 items titled by `title`. */
function bigOrders(prefix: string, howMany: number, title: (k: number) => string) {
  const items = Array.from({ length: 20 }, (_, k) => ({
    title: title(k),
    category: "electronics",
    priceCents: 4_995,
    quantity: 1,
    vendorName: "Best Buy",
  }));
  return Array.from({ length: howMany }, (_, i) => {
    const event = orderEvent({ id: `${prefix}-${i}`, version: 1, customer: `FX-000000${(i % 9) + 1}`, number: `${prefix}-${i}` });
    return { ...event, data: { ...event.data, items } };
  });
}

/** Waits until all `howMany` orders numbered `<prefix>-*` are stored. */
const allStored = (prefix: string, howMany: number) =>
  eventually(
    async () =>
      (
        await db()
          .select({ n: count() })
          .from(orders)
          .where(like(orders.number, `${prefix}-%`))
      )[0]?.n === howMany,
    30_000,
    `all ${howMany} ${prefix} orders`,
  );

describe("a batch of events", () => {
  it("of three customers: every event queued, on its customer's open screen and in their orders", async () => {
    const ana = await signIn("rep.ana@tandem.test");
    const { client: first } = await joinRoom(ana, "cus_0001");
    const { client: second } = await joinRoom(ana, "cus_0002");
    const events = [
      orderEvent({ id: "BA-1", version: 1, customer: "FX-0000001", number: "BAT-1" }),
      orderEvent({ id: "BA-2", version: 1, customer: "FX-0000002", number: "BAT-2" }),
      orderEvent({ id: "BA-3", version: 1, customer: "FX-0000001", number: "BAT-3" }),
      orderEvent({ id: "BA-4", version: 1, customer: "FX-0000003", number: "BAT-4" }),
    ];
    const answer = await sendBatch(ORDERS, events);
    expect(answer).toEqual({
      status: 200,
      body: {
        queued: 4,
        duplicates: 0,
        refused: 0,
        results: events.map((e, index) => ({ index, eventId: e.id, status: "queued" })),
      },
    });
    const shown = (client: typeof first, number: string) =>
      client.next((f) => f.type === "activity" && String((f.item as { summary: string }).summary).includes(`New order ${number} `), {
        timeoutMs: 10_000,
      });
    await Promise.all([shown(first, "BAT-1"), shown(first, "BAT-3"), shown(second, "BAT-2")]);
    for (const [number, customer] of [
      ["BAT-1", "cus_0001"],
      ["BAT-2", "cus_0002"],
      ["BAT-3", "cus_0001"],
      ["BAT-4", "cus_0003"],
    ] as const)
      expect(await eventually(() => orderNamed(number), 10_000, number)).toMatchObject({ customerId: customer, status: "submitted" });
    const ledger = await db()
      .select({ status: integrationEvents.status })
      .from(integrationEvents)
      .where(
        inArray(
          integrationEvents.eventId,
          events.map((e) => e.id),
        ),
      );
    expect(ledger.map((row) => row.status)).toEqual(["applied", "applied", "applied", "applied"]);
    first.close();
    second.close();
  });

  it("answers each event on its own: the refused change nothing, the rest land", async () => {
    // An order at version 3 already, so version 2 of it is older than Tandem's.
    await sendEvent(ORDERS, orderEvent({ id: "BM-OLD", version: 3, customer: "FX-0000004", status: "shipped" }));
    await eventually(async () => (await versionOf("BM-OLD")) === 3);
    const ledgerBefore = await ledgerSize();

    const good = orderEvent({ id: "BM-1", version: 1, customer: "FX-0000004", number: "BM-GOOD-1" });
    const goodAgain = { ...good };
    const notEnvelope = { id: eventId("bad"), type: "order.upserted", entity: { id: "BM-2", version: 0 }, customer: {}, data: {} };
    const lease = { ...orderEvent({ id: "BM-3", version: 1, customer: "FX-0000004" }), type: "lease.upserted" };
    const otherOrg = { ...orderEvent({ id: "BM-4", version: 1, customer: "x" }), customer: { id: "cus_9001" } };
    const older = orderEvent({ id: "BM-OLD", version: 2, customer: "FX-0000004", status: "approved" });
    const huge = { ...orderEvent({ id: "BM-5", version: 1, customer: "FX-0000004" }), padding: "x".repeat(70 * 1024) };
    const secondGood = orderEvent({ id: "BM-6", version: 1, customer: "FX-0000005", number: "BM-GOOD-2" });
    const answer = await sendBatch(ORDERS, [good, goodAgain, notEnvelope, lease, otherOrg, older, huge, secondGood, "not an event"]);

    // Each answer as the one-event route would give it (bad-input.test.ts), in the request's order.
    const refused = (code: string, reason: string) => ({ status: "refused", error: expect.objectContaining({ code, reason }) });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ queued: 2, duplicates: 1, refused: 6 });
    expect(answer.body.results).toEqual([
      { index: 0, eventId: good.id, status: "queued" },
      { index: 1, eventId: good.id, status: "duplicate" },
      { index: 2, eventId: notEnvelope.id, ...refused("VALIDATION", "malformed") },
      // A lease snapshot with an order's data is not an envelope at all.
      { index: 3, eventId: lease.id, ...refused("VALIDATION", "malformed") },
      { index: 4, eventId: otherOrg.id, ...refused("NOT_FOUND", "unknown_customer") },
      { index: 5, eventId: older.id, ...refused("CONFLICT", "stale_version") },
      { index: 6, eventId: huge.id, ...refused("PAYLOAD_TOO_LARGE", "oversized") },
      { index: 7, eventId: secondGood.id, status: "queued" },
      { index: 8, eventId: null, ...refused("VALIDATION", "malformed") },
    ]);
    // Only the two taken events are in the ledger; they land, and the older version changed nothing.
    expect(await ledgerSize()).toBe(ledgerBefore + 2);
    expect(await eventually(() => orderNamed("BM-GOOD-1"))).toMatchObject({ customerId: "cus_0004" });
    expect(await eventually(() => orderNamed("BM-GOOD-2"))).toMatchObject({ customerId: "cus_0005" });
    expect(await versionOf("BM-OLD")).toBe(3);
    expect(await orderNamed("SIM-BM-OLD")).toMatchObject({ status: "shipped" });
    expect(await db().select().from(orders).where(like(orders.number, "SIM-BM-%"))).toHaveLength(1);

    // And the health page counts them by reason, as it counts refused requests.
    const health = await get<{ endpoints: { id: string; inbound: { refusals: { reason: string; count: number }[] } }[] }>(
      "/api/integrations/health",
      await signIn("engineering@tandem.test"),
    );
    const reasons = Object.fromEntries(
      health.body.endpoints.find((e) => e.id === ORDERS)?.inbound.refusals.map((r) => [r.reason, r.count]) ?? [],
    );
    expect(reasons).toMatchObject({ duplicate: 1, malformed: 3, unknown_customer: 1, stale_version: 1, oversized: 1 });
  });

  it("two versions of one order in one batch, newer first: the newer one stays", async () => {
    const newer = orderEvent({ id: "BV-1", version: 2, customer: "FX-0000006", status: "shipped", number: "BV-ORDER" });
    const older = orderEvent({ id: "BV-1", version: 1, customer: "FX-0000006", status: "submitted", number: "BV-ORDER" });
    const answer = await sendBatch(ORDERS, [newer, older]);
    // Neither is older than what Tandem had when they came in: both are taken, and the room skips the late one.
    expect(answer.body).toMatchObject({ queued: 2, refused: 0 });
    await eventually(async () => {
      const rows = await db()
        .select({ status: integrationEvents.status })
        .from(integrationEvents)
        .where(inArray(integrationEvents.eventId, [newer.id, older.id]));
      return rows.every((row) => row.status !== "queued") && rows.length === 2;
    });
    expect(await orderNamed("BV-ORDER")).toMatchObject({ status: "shipped" });
    expect(await versionOf("BV-1")).toBe(2);
  });

  it("of 100 events of 6 KB each (600 KB: more than one queue send of 256 KB holds): every one applied", async () => {
    const events = bigOrders("BL", 100, (k) => `${k} ${"Television ".repeat(20)}`.slice(0, 200));
    expect(JSON.stringify({ events }).length).toBeGreaterThan(512 * 1024);
    const answer = await sendBatch(ORDERS, events);
    expect(answer.body).toMatchObject({ queued: 100, duplicates: 0, refused: 0 });
    await allStored("BL", 100);
  });
});

describe("a batch counted in bytes, as Workers count them", () => {
  it("60 orders whose titles are all euro signs (3 bytes each: about twice as many bytes as characters): every one applied", async () => {
    const events = bigOrders("BU", 60, () => "€".repeat(200));
    const body = JSON.stringify({ events });
    const bytes = new TextEncoder().encode(body).byteLength;
    expect(bytes).toBeGreaterThan(700 * 1024);
    expect(bytes).toBeGreaterThan(1.9 * body.length);
    expect((await sendBatch(ORDERS, events)).body).toMatchObject({ queued: 60, refused: 0 });
    await allStored("BU", 60);
  });
});

describe("a batch refused whole", () => {
  const cases: { name: string; send: () => ReturnType<typeof sendBatch>; status: number; code: string; reason: string }[] = [
    {
      name: "a bad signature",
      send: () =>
        sendBatch(ORDERS, [orderEvent({ id: "BR-1", version: 1, customer: "FX-0000001" })], { secret: "not the endpoint's secret at all" }),
      status: 401,
      code: "UNAUTHENTICATED",
      reason: "bad_signature",
    },
    {
      name: "a body that is not { events: [...] }",
      send: () => sendEvent(ORDERS, [orderEvent({ id: "BR-2", version: 1, customer: "FX-0000001" })], { path: "events/batch" }),
      status: 400,
      code: "VALIDATION",
      reason: "malformed",
    },
    { name: "no events", send: () => sendBatch(ORDERS, []), status: 400, code: "VALIDATION", reason: "malformed" },
    {
      name: "101 events",
      send: () =>
        sendBatch(
          ORDERS,
          Array.from({ length: 101 }, (_, i) => orderEvent({ id: `BR-3-${i}`, version: 1, customer: "FX-0000001" })),
        ),
      status: 400,
      code: "VALIDATION",
      reason: "malformed",
    },
    {
      name: "more than 1 MB",
      send: () => sendEvent(ORDERS, null, { path: "events/batch", rawBody: JSON.stringify({ events: ["x".repeat(1100 * 1024)] }) }),
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      reason: "oversized",
    },
  ];
  it.each(cases)("$name: $status $code, nothing taken", async (c) => {
    const before = await ledgerSize();
    const answer = await c.send();
    expect(answer.status).toBe(c.status);
    expect(answer.body).toMatchObject({ error: { code: c.code, details: { reason: c.reason } } });
    expect(await ledgerSize()).toBe(before);
  });
});
