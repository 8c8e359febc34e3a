import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, orderItems, orders } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { customerSnapshot, db, intake, SOFA } from "../support/orders";
import { type Ownership, own, recordChanged } from "../support/ownership";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
const held: Ownership[] = [];

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
});

async function owned(customerId: string) {
  const o = await own(ana, customerId);
  held.push(o);
  return o;
}

const GIFT = { title: "$100 store gift card", priceCents: 10_000, category: "gift_card" };
const itemsOf = (orderId: string) => db().select().from(orderItems).where(eq(orderItems.orderId, orderId));

describe("order.status", () => {
  it("moves an order along the table, streams it to viewers and audits from and to", async () => {
    const o = await owned("cus_0006");
    const { orderId } = await intake(ana, "cus_0006", o.token);
    const watcher = (await joinRoom(ben, "cus_0006")).client;
    const from = watcher.frames.length;
    const res = await post(`/api/orders/${orderId}/status`, ana, {
      lockToken: o.token,
      note: "Reviewing the request",
      status: "in_review",
    });
    expect(res.status).toBe(200);
    await watcher.next(recordChanged("order", orderId), { from });
    const feed = await watcher.next((f) => f.type === "activity", { from });
    expect((feed.item as { summary: string }).summary).toMatch(/Submitted → In review/);
    watcher.close();
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "order.status"), eq(auditLog.customerId, "cus_0006")));
    expect(JSON.parse(audit?.details ?? "{}")).toMatchObject({ from: "submitted", to: "in_review" });
  });

  it("refuses a move the table does not allow, says why, and changes nothing", async () => {
    const o = await owned("cus_0007");
    const { orderId } = await intake(ana, "cus_0007", o.token);
    const before = await customerSnapshot("cus_0007");
    const shipped = await post<{ error: { code: string; message: string } }>(`/api/orders/${orderId}/status`, ana, {
      lockToken: o.token,
      note: "Skipping ahead",
      status: "shipped",
    });
    expect(shipped.status).toBe(409);
    expect(shipped.body.error).toMatchObject({ code: "CONFLICT", message: /cannot become shipped/ });
    const funded = await post<{ error: { message: string } }>(`/api/orders/${orderId}/status`, ana, {
      lockToken: o.token,
      note: "x",
      status: "funded",
    });
    expect(funded.body.error.message).toMatch(/signature/);
    const bogus = await post(`/api/orders/${orderId}/status`, ana, { lockToken: o.token, note: "x", status: "teleported" });
    expect(bogus.status).toBe(400);
    expect(await customerSnapshot("cus_0007")).toBe(before);
  });

  it("approves only after every item passed review", async () => {
    const o = await owned("cus_0008");
    const { orderId } = await intake(ana, "cus_0008", o.token);
    const send = (status: string) =>
      post<{ error?: { message: string } }>(`/api/orders/${orderId}/status`, ana, { lockToken: o.token, note: "Next step", status });
    expect((await send("in_review")).status).toBe(200);
    const early = await send("approved");
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toMatch(/1 item\(s\) still need/);
    const [item] = await itemsOf(orderId);
    const review = await post(`/api/orders/${orderId}/items/${item?.id}/review`, ana, {
      lockToken: o.token,
      note: "Durable, vendor known",
      decision: "approve",
    });
    expect(review.status).toBe(200);
    expect((await send("approved")).status).toBe(200);
    const [row] = await db().select().from(orders).where(eq(orders.id, orderId));
    expect(row?.status).toBe("approved");
  });
});

describe("order.item_review", () => {
  it("refuses to approve an item the rules fail, with the rules' reasons; rejecting works", async () => {
    const o = await owned("cus_0009");
    const { orderId } = await intake(ana, "cus_0009", o.token, [SOFA, GIFT]);
    const gift = (await itemsOf(orderId)).find((i) => i.category === "gift_card");
    const before = await customerSnapshot("cus_0009");
    const approve = await post<{ error: { code: string; message: string; details: { reasons: string[] } } }>(
      `/api/orders/${orderId}/items/${gift?.id}/review`,
      ana,
      { lockToken: o.token, note: "Checking", decision: "approve" },
    );
    expect(approve.status).toBe(409);
    expect(approve.body.error.message).toMatch(/cannot be approved/);
    expect(await customerSnapshot("cus_0009")).toBe(before);
    const reject = await post<{ reviewStatus: string }>(`/api/orders/${orderId}/items/${gift?.id}/review`, ana, {
      lockToken: o.token,
      note: "Gift cards cannot be financed; told the client",
      decision: "reject",
    });
    expect(reject.body.reviewStatus).toBe("rejected");
    const detail = await get<{ items: { id: string; reviewStatus: string; lease: { ok: boolean; reasons: string[] } }[] }>(
      `/api/orders/${orderId}`,
      ana,
    );
    const shown = detail.body.items.find((i) => i.id === gift?.id);
    expect(shown?.reviewStatus).toBe("rejected");
    expect(shown?.lease.reasons.join()).toMatch(/cash equivalent/);
  });

  it("answers 404 for an item of another order", async () => {
    const o = await owned("cus_0010");
    const { orderId } = await intake(ana, "cus_0010", o.token);
    const res = await post(`/api/orders/${orderId}/items/itm_0001_1_1/review`, ana, { lockToken: o.token, note: "x", decision: "reject" });
    expect(res.status).toBe(404);
  });
});

describe("order.attention", () => {
  it("needs a reason to flag, shows it in the needs-attention view, and clears", async () => {
    const o = await owned("cus_0011");
    const { orderId } = await intake(ana, "cus_0011", o.token);
    const path = `/api/orders/${orderId}/attention`;
    const noReason = await post(path, ana, { lockToken: o.token, note: "Flagging", needsAttention: true });
    expect(noReason.status).toBe(400);
    expect(
      (await post(path, ana, { lockToken: o.token, note: "Vendor called", needsAttention: true, reason: "Vendor reports backorder" }))
        .status,
    ).toBe(200);
    const view = await get<{ items: { id: string; attention: string }[] }>("/api/orders?view=needs-attention&customer=cus_0011", ana);
    expect(view.body.items.find((i) => i.id === orderId)?.attention).toBe("Vendor reports backorder");
    expect((await post(path, ana, { lockToken: o.token, note: "Back in stock", needsAttention: false })).status).toBe(200);
    const again = await post(path, ana, { lockToken: o.token, note: "Again", needsAttention: false });
    expect(again.status).toBe(409);
    const after = await get<{ items: { id: string }[] }>("/api/orders?view=needs-attention&customer=cus_0011", ana);
    expect(after.body.items.map((i) => i.id)).not.toContain(orderId);
  });
});
