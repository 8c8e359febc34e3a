// The loyalty connector: only correctly signed, fresh events get in; each runs through the room as
// the system, reaches open screens, moves points (and the tier), and a claim is decided by the rules.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { LoyaltyEventRecordedSchema } from "../../../core/protocol/engagement-answers";
import { createDatabase } from "../../../db/client";
import { customers, loyaltyMemberships, promoClaimErrors, tierHistory } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get } from "../support/json";
import { eventId, sendLoyaltyEvent } from "../support/loyalty";
import { joinRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
const customerRow = async (id: string) => (await db().select().from(customers).where(eq(customers.id, id)))[0];
let ana: string;
beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

describe("the loyalty connector's signature", () => {
  const checkin = { customerId: "cus_0007", event: { kind: "checkin", storeId: "sto_nw_001", method: "app" } };
  it("refuses an unsigned, wrongly signed, stale or other org's event with 401, writing nothing", async () => {
    expect((await sendLoyaltyEvent(checkin, { signature: "" })).status).toBe(401);
    expect((await sendLoyaltyEvent(checkin, { secret: "guessed" })).status).toBe(401);
    expect((await sendLoyaltyEvent(checkin, { ageMs: 10 * 60_000 })).status).toBe(401);
    expect((await sendLoyaltyEvent(checkin, { orgId: "org_nowhere" })).status).toBe(401);
    // Signed by Harbor's platform, about a Northwind customer: not found.
    expect((await sendLoyaltyEvent(checkin, { orgId: "org_harbor" })).status).toBe(404);
  });

  it("answers bad input with a typed VALIDATION error", async () => {
    const bad = await sendLoyaltyEvent({
      customerId: "cus_0007",
      event: { kind: "purchase", storeId: null, channel: "online", items: 1, subtotalCents: 100, discountCents: 500, taxCents: 0 },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "VALIDATION" } } });
    expect((await sendLoyaltyEvent({ customerId: "cus_0007", event: { kind: "teleport" } })).status).toBe(400);
    expect(
      await sendLoyaltyEvent({ customerId: "cus_0007", event: { kind: "checkin", storeId: "sto_hb_001", method: "app" } }),
    ).toMatchObject({
      status: 404,
      body: { error: { code: "NOT_FOUND" } },
    });
  });
});

describe("events through the room", () => {
  it("records a purchase: points on the balance and toward tiers, the feed item on every open screen", async () => {
    const before = await customerRow("cus_0008");
    const [membership] = await db().select().from(loyaltyMemberships).where(eq(loyaltyMemberships.customerId, "cus_0008"));
    const watcher = (await joinRoom(ana, "cus_0008")).client;
    const from = watcher.frames.length;
    // $200.00 - $20.00 + $12.60 tax = $192.60; Bronze earns 1 point per $1, Silver 1.25, Gold 1.5, Platinum 2
    const answer = await sendLoyaltyEvent({
      customerId: "cus_0008",
      event: {
        kind: "purchase",
        storeId: "sto_nw_001",
        channel: "in_store",
        items: 2,
        subtotalCents: 20_000,
        discountCents: 2_000,
        taxCents: 1_260,
      },
    });
    expect(answer.status).toBe(201);
    expect(v.safeParse(LoyaltyEventRecordedSchema, answer.body).success).toBe(true);
    const rate = { bronze: 1, silver: 1.25, gold: 1.5, platinum: 2 }[before?.tier ?? "bronze"];
    const points = Math.floor(192.6 * rate);
    const item = await watcher.next((f) => f.type === "activity" && (f.item as { kind: string }).kind === "transaction", { from });
    expect(item.item).toMatchObject({ summary: expect.stringContaining("Purchase of $192.60 at"), data: { totalCents: 19_260, points } });
    await watcher.next((f) => f.type === "customer-updated", { from });
    expect((await customerRow("cus_0008"))?.loyaltyPoints).toBe((before?.loyaltyPoints ?? 0) + points);
    const [after] = await db().select().from(loyaltyMemberships).where(eq(loyaltyMemberships.customerId, "cus_0008"));
    expect(after?.qualifyingPoints).toBe((membership?.qualifyingPoints ?? 0) + points);
    const transactionId = (item.item as { data: { transactionId: string } }).data.transactionId;
    const detail = await get(`/api/customers/cus_0008/transactions/${transactionId}`, ana);
    expect(detail.body).toMatchObject({
      subtotalCents: 20_000,
      discountCents: 2_000,
      taxCents: 1_260,
      totalCents: 19_260,
      pointsEarned: points,
      store: { id: "sto_nw_001" },
    });
    watcher.close();
  });

  it("lifts a customer into the next tier when the points reach it", async () => {
    // Set a Bronze member 10 points short of Silver (2,500), then a $20 purchase earns 20.
    await db().update(customers).set({ tier: "bronze" }).where(eq(customers.id, "cus_0009"));
    await db().update(loyaltyMemberships).set({ qualifyingPoints: 2_490 }).where(eq(loyaltyMemberships.customerId, "cus_0009"));
    const answer = await sendLoyaltyEvent({
      customerId: "cus_0009",
      event: { kind: "purchase", storeId: null, channel: "online", items: 1, subtotalCents: 2_000, discountCents: 0, taxCents: 0 },
    });
    expect(answer.status).toBe(201);
    expect((await customerRow("cus_0009"))?.tier).toBe("silver");
    const summary = await get<{ summary: { tier: { key: string }; pointsNeeded: number } }>("/api/customers/cus_0009/loyalty", ana);
    expect(summary.body.summary).toMatchObject({ tier: { key: "silver" }, pointsNeeded: 6_000 - 2_510 });
    const current = (await db().select().from(tierHistory).where(eq(tierHistory.customerId, "cus_0009"))).filter((h) => h.leftAt === null);
    expect(current).toHaveLength(1);
  });

  it("records a claim refused by a limiter as a claim error, with the reason a rep reads out", async () => {
    const first = await sendLoyaltyEvent({ customerId: "cus_0010", event: { kind: "promo-claim", code: "welcome15", channel: "app" } });
    const second = await sendLoyaltyEvent({ customerId: "cus_0010", event: { kind: "promo-claim", code: "WELCOME15", channel: "app" } });
    // cus_0010 may have claimed it in the seed already: then both are refused
    const outcomes = [first.body.outcome, second.body.outcome];
    expect(outcomes[1]).toBe("refused");
    expect(second.body).toMatchObject({ reason: "limit_reached", message: "WELCOME15: once per customer" });
    expect(outcomes.filter((o) => o === "claimed").length).toBeLessThanOrEqual(1);
    const panel = await get<{ errors: { codeTyped: string; reason: string; limiter: string | null }[] }>(
      "/api/customers/cus_0010/promos",
      ana,
    );
    expect(panel.body.errors[0]).toMatchObject({ codeTyped: "WELCOME15", reason: "limit_reached", limiter: "once_per_customer" });
  });

  it("stores a card number typed into the promo box with its last 4 only", async () => {
    await sendLoyaltyEvent({ customerId: "cus_0011", event: { kind: "promo-claim", code: "4000 0566 5566 5556", channel: "web" } });
    const rows = await db().select().from(promoClaimErrors).where(eq(promoClaimErrors.customerId, "cus_0011"));
    expect(rows.map((r) => r.codeTyped)).toContain("•••• 5556");
    expect(JSON.stringify(rows)).not.toContain("4000 0566");
  });

  it("records an event once however often the platform resends it", async () => {
    const id = eventId("resend");
    const body = { customerId: "cus_0012", eventId: id, event: { kind: "achievement", name: "Reviewer", points: 100 } };
    const first = await sendLoyaltyEvent(body);
    const again = await sendLoyaltyEvent(body);
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: { duplicate: true } });
    const feed = await get<{ items: { kind: string; summary: string }[] }>(
      "/api/customers/cus_0012/activity?kinds=achievement&limit=100",
      ana,
    );
    expect(feed.body.items.filter((i) => i.summary === "Achievement: Reviewer" && i.kind === "achievement").length).toBeGreaterThanOrEqual(
      1,
    );
    const points = (await customerRow("cus_0012"))?.loyaltyPoints;
    await sendLoyaltyEvent(body);
    expect((await customerRow("cus_0012"))?.loyaltyPoints).toBe(points);
  });
});
