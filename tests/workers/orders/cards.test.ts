import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { isLuhnValid } from "../../../core/domain/pii";
import { orders, virtualCards } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { type Answer, get, post } from "../support/json";
import { db, fundedOrder, intake } from "../support/orders";
import { type Ownership, own } from "../support/ownership";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
let compliance: string;
let finance: string;
const held: Ownership[] = [];

beforeAll(async () => {
  await seedSmall();
  [ana, ben, compliance, finance] = await Promise.all([
    signIn("rep.ana@tandem.test"),
    signIn("rep.ben@tandem.test"),
    signIn("compliance@tandem.test"),
    signIn("finance@tandem.test"),
  ]);
});
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
});
afterAll(() => vi.restoreAllMocks());

async function owned(customerId: string) {
  const o = await own(ana, customerId);
  held.push(o);
  return o;
}

interface Issued {
  card: { id: string; number: string; cvc: string; last4: string; limitCents: number; merchant: string };
}

const issue = (orderId: string, token: number, extra: Record<string, unknown> = {}) =>
  post<Issued & { error?: { code: string; message: string } }>(`/api/orders/${orderId}/cards`, ana, {
    lockToken: token,
    note: "Placing the order by hand at BrightHome",
    ...extra,
  });

describe("one-time virtual cards", () => {
  it("issues a Luhn-valid, merchant-locked card for a funded order and keeps only the token and last 4", async () => {
    const o = await owned("cus_0012");
    const orderId = await fundedOrder(ana, "cus_0012", o.token);
    const res = await issue(orderId, o.token);
    expect(res.status).toBe(201);
    const { card } = res.body;
    expect(isLuhnValid(card.number)).toBe(true);
    expect(card).toMatchObject({ last4: card.number.slice(-4), limitCents: 129_900, merchant: "BrightHome Outlet" });
    const [row] = await db().select().from(virtualCards).where(eq(virtualCards.id, card.id));
    expect(row).toMatchObject({ last4: card.last4, status: "issued", createdBy: "stf_ana" });
    expect(row?.issuerToken).toMatch(/^sbx_/);
  });

  it("refuses a card for an order that is not funded, a second active card, and a limit over the total plus 10%", async () => {
    const o = await owned("cus_0013");
    const { orderId: unfunded } = await intake(ana, "cus_0013", o.token);
    expect((await issue(unfunded, o.token)).body.error).toMatchObject({ code: "CONFLICT", message: /funded/ });
    const orderId = await fundedOrder(ana, "cus_0013", o.token);
    expect((await issue(orderId, o.token, { limitCents: 142_891 })).body.error?.message).toMatch(/\$1,428\.90/);
    expect((await issue(orderId, o.token)).status).toBe(201);
    expect((await issue(orderId, o.token)).body.error?.message).toMatch(/already has an active/);
  });

  it("cancels a card once, and records use, moving a funded order to ordered", async () => {
    const o = await owned("cus_0014");
    const orderId = await fundedOrder(ana, "cus_0014", o.token);
    const first = (await issue(orderId, o.token)).body.card;
    const cancel = () =>
      post(`/api/orders/${orderId}/cards/${first.id}/cancel`, ana, { lockToken: o.token, note: "Wrong limit; issuing another" });
    expect((await cancel()).status).toBe(200);
    expect((await cancel()).status).toBe(409);
    const second = (await issue(orderId, o.token)).body.card;
    const used = await post(`/api/orders/${orderId}/cards/${second.id}/used`, ana, {
      lockToken: o.token,
      note: "Order placed",
      confirmation: "BH-778812",
    });
    expect(used.status).toBe(200);
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId));
    expect(order?.status).toBe("ordered");
    const detail = await get<{ cards: { id: string; status: string; number: string }[] }>(`/api/orders/${orderId}`, ana);
    expect(detail.body.cards.map((c) => [c.id, c.status])).toEqual(
      expect.arrayContaining([
        [first.id, "cancelled"],
        [second.id, "used"],
      ]),
    );
    expect(detail.body.cards.every((c) => /^•••• \d{4}$/.test(c.number))).toBe(true);
  });

  it("reads a card past its expiry as expired, and refuses to cancel it", async () => {
    const o = await owned("cus_0015");
    const orderId = await fundedOrder(ana, "cus_0015", o.token);
    const { card } = (await issue(orderId, o.token, { expiresInDays: 1 })).body;
    await db()
      .update(virtualCards)
      .set({ expiresAt: Date.now() - 1 })
      .where(eq(virtualCards.id, card.id));
    const detail = await get<{ cards: { status: string }[] }>(`/api/orders/${orderId}`, ana);
    expect(detail.body.cards[0]?.status).toBe("expired");
    expect((await post(`/api/orders/${orderId}/cards/${card.id}/cancel`, ana, { lockToken: o.token, note: "x" })).status).toBe(409);
  });

  it("answers a resent issue (same client id) without creating a second card or showing the number again", async () => {
    const o = await owned("cus_0016");
    const orderId = await fundedOrder(ana, "cus_0016", o.token);
    const first = await issue(orderId, o.token, { clientId: "retry12345" });
    const again = await issue(orderId, o.token, { clientId: "retry12345" });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ duplicate: true, card: { id: first.body.card.id, last4: first.body.card.last4 } });
    expect(JSON.stringify(again.body)).not.toContain(first.body.card.number);
    expect(await db().select().from(virtualCards).where(eq(virtualCards.orderId, orderId))).toHaveLength(1);
  });
});

describe("a card's full number", () => {
  it("appears in exactly one response, the owner's creation reply, and in no frame, log or database row", async () => {
    const logged: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    const o = await owned("cus_0017");
    const watcher = (await joinRoom(ben, "cus_0017")).client;
    const orderId = await fundedOrder(ana, "cus_0017", o.token);
    const responses: Answer<unknown>[] = [];
    const issued = await issue(orderId, o.token);
    responses.push(issued);
    const { number } = issued.body.card;
    // Wait for the room's broadcast of this very change before looking at the frames.
    await watcher.next((f) => f.type === "record-changed" && f.record === "card");
    await o.client.next((f) => f.type === "record-changed" && f.record === "card");

    for (const [path, cookie] of [
      [`/api/orders/${orderId}`, ana],
      [`/api/orders/${orderId}`, ben],
      ["/api/orders?customer=cus_0017", ana],
      ["/api/customers/cus_0017", ana],
      ["/api/customers/cus_0017/orders", ana],
      ["/api/customers/cus_0017/loans", finance],
      ["/api/customers/cus_0017/activity", ana],
      ["/api/customers/cus_0017/notes", compliance],
      ["/api/compliance/audit/export?customerId=cus_0017", compliance],
      ["/api/compliance/notes/export?customerId=cus_0017", compliance],
    ] as const) {
      const answer = await get(path, cookie);
      expect(answer.status, path).toBe(200);
      responses.push(answer);
    }
    const spaced = number.replace(/(\d{4})(?=\d)/g, "$1 ");
    const containing = responses.filter((r) => {
      const text = typeof r.body === "string" ? r.body : JSON.stringify(r.body);
      return text.includes(number) || text.includes(spaced);
    });
    expect(containing).toEqual([issued]);

    const frames = JSON.stringify([...watcher.frames, ...o.client.frames]);
    expect(frames).not.toContain(number);
    expect(frames).toContain(number.slice(-4));
    watcher.close();

    expect(logged.filter((line) => line.includes(number))).toEqual([]);

    const tables = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'",
    ).all<{ name: string }>();
    expect(tables.results.length).toBeGreaterThan(10);
    for (const { name } of tables.results) {
      const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
      const text = JSON.stringify(rows.results);
      expect(text.includes(number) || text.includes(spaced), `table ${name}`).toBe(false);
    }
  });
});
