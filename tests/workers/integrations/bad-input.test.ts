// Bad input at the inbound endpoint, as the issue lists it: each a typed refusal (401/403/404/409/413)
// or a recorded no-op, never a half-applied change, and every one counted on the health page.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { integrationEvents, orders } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { db, eventId, LEASES, ORDERS, orderEvent, sendEvent } from "../support/integrations";
import { get } from "../support/json";

beforeAll(() => seedSmall(5));

const ledgerSize = async () => (await db().select({ n: count() }).from(integrationEvents))[0]?.n ?? 0;
const orderCount = async () => (await db().select({ n: count() }).from(orders))[0]?.n ?? 0;
const now = () => Math.floor(Date.now() / 1000);

/** Each case: what is sent, and the refusal the sender gets (status, code, reason), written from the list. */
const CASES: {
  name: string;
  endpoint: string;
  send: () => Promise<{ status: number; body: Record<string, unknown> }>;
  status: number;
  code: string;
  reason: string;
}[] = [
  {
    name: "a bad signature",
    endpoint: ORDERS,
    send: () =>
      sendEvent(ORDERS, orderEvent({ id: "B-1", version: 1, customer: "FX-0000001" }), { secret: "someone else's secret, long enough" }),
    status: 401,
    code: "UNAUTHENTICATED",
    reason: "bad_signature",
  },
  {
    name: "a stale timestamp (six minutes old)",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, orderEvent({ id: "B-2", version: 1, customer: "FX-0000001" }), { timestamp: String(now() - 360) }),
    status: 401,
    code: "UNAUTHENTICATED",
    reason: "stale_timestamp",
  },
  {
    name: "no timestamp",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, orderEvent({ id: "B-3", version: 1, customer: "FX-0000001" }), { timestamp: "" }),
    status: 401,
    code: "UNAUTHENTICATED",
    reason: "missing_timestamp",
  },
  {
    name: "an unknown endpoint",
    endpoint: "",
    send: () => sendEvent("ie_nobody", orderEvent({ id: "B-4", version: 1, customer: "FX-0000001" })),
    status: 404,
    code: "NOT_FOUND",
    reason: "unknown_endpoint",
  },
  {
    name: "a body that is not JSON",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, null, { rawBody: "{not json" }),
    status: 400,
    code: "VALIDATION",
    reason: "malformed",
  },
  {
    name: "an event that is not Tandem's envelope",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, { id: eventId("x"), type: "order.upserted", entity: { id: "B-6", version: 0 }, customer: {}, data: {} }),
    status: 400,
    code: "VALIDATION",
    reason: "malformed",
  },
  {
    name: "an oversized body (70 KB)",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, null, { rawBody: JSON.stringify({ padding: "x".repeat(70 * 1024) }) }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    reason: "oversized",
  },
  {
    name: "an event for another org's customer",
    endpoint: ORDERS,
    send: () => sendEvent(ORDERS, { ...orderEvent({ id: "B-8", version: 1, customer: "x" }), customer: { id: "cus_9001" } }),
    status: 404,
    code: "NOT_FOUND",
    reason: "unknown_customer",
  },
  {
    name: "an event this kind of back end may not send (a lease system sending an order)",
    endpoint: LEASES,
    send: () => sendEvent(LEASES, orderEvent({ id: "B-9", version: 1, customer: "FX-0000001" })),
    status: 403,
    code: "FORBIDDEN",
    reason: "type_not_allowed",
  },
];

describe("the inbound endpoint refuses", () => {
  it.each(CASES)("$name: $status $code, nothing queued or written", async (c) => {
    const [events, ordersBefore] = [await ledgerSize(), await orderCount()];
    const answer = await c.send();
    expect(answer.status).toBe(c.status);
    expect(answer.body).toMatchObject({ error: { code: c.code, details: { reason: c.reason } } });
    expect(await ledgerSize()).toBe(events);
    expect(await orderCount()).toBe(ordersBefore);
  });

  it("an older version: 409, and the newer state stays", async () => {
    await sendEvent(ORDERS, orderEvent({ id: "B-10", version: 5, customer: "FX-0000002", status: "shipped" }));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const [row] = await db().select().from(orders).where(eq(orders.number, "SIM-B-10"));
      if (row) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const late = await sendEvent(ORDERS, orderEvent({ id: "B-10", version: 4, customer: "FX-0000002", status: "submitted" }));
    expect(late).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", details: { reason: "stale_version" } } } });
    const [row] = await db().select().from(orders).where(eq(orders.number, "SIM-B-10"));
    expect(row?.status).toBe("shipped");
  });

  it("a duplicate: acknowledged (200) and recorded, not queued again", async () => {
    const event = orderEvent({ id: "B-11", version: 1, customer: "FX-0000003" });
    await sendEvent(ORDERS, event);
    const events = await ledgerSize();
    expect(await sendEvent(ORDERS, event)).toMatchObject({ status: 200, body: { status: "duplicate" } });
    expect(await ledgerSize()).toBe(events);
  });
});

describe("the health page", () => {
  it("counts every refusal by reason, per endpoint, and unknown endpoints apart", async () => {
    const answer = await get<{
      endpoints: { id: string; inbound: { refused: number; duplicates: number; refusals: { reason: string; count: number }[] } }[];
      unknownEndpointRequests: number;
    }>("/api/integrations/health", await signIn("engineering@tandem.test"));
    expect(answer.status).toBe(200);
    const reasons = (id: string) =>
      Object.fromEntries(answer.body.endpoints.find((e) => e.id === id)?.inbound.refusals.map((r) => [r.reason, r.count]) ?? []);
    // Expected counts, from the cases above (one request each) and the duplicate test.
    expect(reasons(ORDERS)).toEqual({
      bad_signature: 1,
      stale_timestamp: 1,
      missing_timestamp: 1,
      malformed: 2,
      oversized: 1,
      unknown_customer: 1,
      stale_version: 1,
      duplicate: 1,
    });
    expect(reasons(LEASES)).toEqual({ type_not_allowed: 1 });
    expect(answer.body.unknownEndpointRequests).toBe(1);
    const orders = answer.body.endpoints.find((e) => e.id === ORDERS);
    expect(orders?.inbound).toMatchObject({ refused: 8, duplicates: 1 });
  });
});
