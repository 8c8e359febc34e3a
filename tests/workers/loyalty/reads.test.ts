// The loyalty tabs' reads on seeded data: cus_0001 has something in every tab; device ids are
// masked per role; nearby stores are exactly the stores within the radius, nearest first; bad input
// and impossible data are typed errors or visible states; metrics follow arriving activity; search
// finds customers by tag and by promo code claimed.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { stores, tiers } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { sendLoyaltyEvent } from "../support/loyalty";
import { own } from "../support/ownership";

const db = () => createDatabase({ DB: env.DB });
let ana: string;
let finance: string;
let lead: string;
beforeAll(async () => {
  await seedSmall();
  [ana, finance, lead] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("finance@tandem.test"), signIn("lead.east@tandem.test")]);
});

type Items<T = Record<string, unknown>> = { items: T[] };
const ONE = "/api/customers/cus_0001";

/** Great-circle miles on a sphere of radius 3958.8 (written here, apart from core/domain/geo.ts). */
function miles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}

describe("cus_0001 on every loyalty tab", () => {
  it("has a tier summary, a tier history and metrics", async () => {
    const { body } = await get<{
      member: { qualifyingPoints: number; system: { name: string; kind: string } };
      summary: { tier: { key: string }; pointsToEnter: number; nextStartsAt: number; pointsNeeded: number };
      history: { tier: { key: string } }[];
      metrics: {
        rfm: { recency: { score: number }; frequency: { score: number }; monetary: { score: number } };
        propensity: { probability: number };
      };
    }>(`${ONE}/loyalty`, ana);
    // cus_0001's story (db/seed/loyalty-one.ts): Gold, 7,850 qualifying points; Gold starts at 6,000, Platinum at 12,000
    expect(body.member).toMatchObject({ qualifyingPoints: 7_850, system: { name: "Northwind Rewards", kind: "own" } });
    expect(body.summary).toMatchObject({ tier: { key: "gold" }, pointsToEnter: 6_000, nextStartsAt: 12_000, pointsNeeded: 4_150 });
    expect(body.history.map((h) => h.tier.key)).toEqual(["gold", "silver", "bronze"]);
    for (const s of [body.metrics.rfm.recency, body.metrics.rfm.frequency, body.metrics.rfm.monetary])
      expect(s.score).toBeGreaterThanOrEqual(1);
    expect(body.metrics.propensity.probability).toBeGreaterThan(0);
  });

  it("has campaigns, incentives, rewards in every state, promo claims, failed claims and limiters, tags, devices and stores", async () => {
    const [campaigns, incentives, rewards, promos, tags, devices, locations] = await Promise.all(
      ["campaigns", "incentives", "rewards", "promos", "tags", "devices", "locations"].map((tab) =>
        get<Record<string, unknown[]>>(`${ONE}/${tab}`, ana),
      ),
    );
    const items = (answer: { body: Record<string, unknown[]> } | undefined) => (answer?.body.items ?? []) as Record<string, unknown>[];
    expect(items(campaigns)).toHaveLength(3);
    expect(items(incentives)).toHaveLength(3);
    expect(new Set(items(rewards).map((r) => r.status))).toEqual(new Set(["earned", "redeemed", "expired"]));
    const panel = promos?.body as unknown as { claims: { code: string }[]; errors: { reason: string }[]; limiters: { code: string }[] };
    expect(panel.claims.map((c) => c.code).sort()).toEqual(["FREESHIP", "SPRING20", "TECH10", "TECH10"]);
    expect(new Set(panel.errors.map((e) => e.reason))).toEqual(new Set(["expired", "limit_reached", "invalid", "locked_out"]));
    expect(panel.limiters.map((l) => l.code)).toEqual(expect.arrayContaining(["SPRING20", "TECH10", "WEEKEND2X"]));
    expect(items(tags).map((t) => t.tag)).toEqual(expect.arrayContaining(["gold-plus", "app-user", "promo-fan"]));
    expect(items(devices)).toHaveLength(2);
    expect(items(locations).map((l) => l.relation)).toContain("home");
  });
});

describe("device ids per role", () => {
  it("masks the install id for reps, leaves it out for finance, and lets a lead reveal it (audited)", async () => {
    type Device = { id: string; deviceId?: { value: string; visibility: string; revealable: boolean } };
    const rep = (await get<Items<Device>>(`${ONE}/devices`, ana)).body.items;
    expect(rep.every((d) => /^•••• [A-Z0-9]{4}$/.test(d.deviceId?.value ?? "") && d.deviceId?.revealable === false)).toBe(true);
    const fin = (await get<Items<Device>>(`${ONE}/devices`, finance)).body.items;
    expect(fin.every((d) => d.deviceId === undefined)).toBe(true);
    const theirs = (await get<Items<Device>>(`${ONE}/devices`, lead)).body.items;
    expect(theirs[0]?.deviceId?.revealable).toBe(true);
    const revealed = await post<{ value: string }>(`${ONE}/reveal`, lead, {
      field: "deviceId",
      recordId: theirs[0]?.id,
      note: "App support asked",
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body.value).toMatch(/^[A-Z0-9]{16}$/);
    expect(revealed.body.value.slice(-4)).toBe(theirs[0]?.deviceId?.value.slice(-4));
    expect((await post(`${ONE}/reveal`, lead, { field: "deviceId", note: "Which one?" })).status).toBe(400);
  });
});

describe("nearby stores", () => {
  it("are exactly the org's stores within the radius of the chosen store, nearest first, in miles", async () => {
    const all = await db().select().from(stores).where(eq(stores.orgId, "org_northwind"));
    const origin = all.find((s) => s.id === "sto_nw_001");
    if (!origin?.lat || !origin.lon) throw new Error("the first store has coordinates in the seed");
    const at = { lat: origin.lat, lon: origin.lon };
    const expected = all
      .filter((s) => s.id !== origin.id && s.lat !== null && s.lon !== null && miles(at, { lat: s.lat, lon: s.lon }) <= 30)
      .map((s) => ({ id: s.id, miles: miles(at, { lat: s.lat as number, lon: s.lon as number }) }))
      .sort((a, b) => a.miles - b.miles);
    const { status, body } = await get<{ items: { miles: number; store: { id: string } }[] }>(
      `${ONE}/stores/nearby?from=store:sto_nw_001&radius=30&limit=50`,
      ana,
    );
    expect(status).toBe(200);
    expect(expected.length).toBeGreaterThan(2);
    expect(body.items.map((i) => i.store.id)).toEqual(expected.map((e) => e.id));
    body.items.forEach((item, i) => {
      expect(item.miles).toBeCloseTo(expected[i]?.miles ?? -1, 1);
    });
  });

  it("measures from home only for roles that see the address in full", async () => {
    const rep = await get<{ items: unknown[]; problem: unknown }>(`${ONE}/stores/nearby?from=home&radius=40`, ana);
    expect(rep.status).toBe(200);
    expect(rep.body.items.length).toBeGreaterThan(0);
    expect((await get(`${ONE}/stores/nearby?from=home`, finance)).body).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect((await get<{ fromHome: string }>(`${ONE}/locations`, finance)).body.fromHome).toBe("not_for_role");
  });

  it("shows a store without coordinates as a visible state, and refuses bad input with VALIDATION", async () => {
    const none = await get(`${ONE}/stores/nearby?from=store:sto_nw_007`, ana);
    expect(none).toMatchObject({ status: 200, body: { items: [], problem: { code: "NO_COORDINATES" } } });
    for (const query of ["from=store:nope", "radius=0", "radius=999", "limit=0", "from=mars"])
      expect((await get(`${ONE}/stores/nearby?${query}`, ana)).body, query).toMatchObject({ error: { code: "VALIDATION" } });
    expect((await get(`${ONE}/stores/nearby?from=store:sto_hb_001`, ana)).status).toBe(404);
  });
});

describe("impossible data and bad ids", () => {
  it("shows a tier ladder with overlapping thresholds as a visible state, not a crash", async () => {
    await db().update(tiers).set({ threshold: 3_000 }).where(eq(tiers.id, "tir_hb_platinum")); // Gold starts at 3,000 too
    const zoe = await signIn("rep.zoe@harbor.test");
    const { status, body } = await get<{ ladder: { ok: boolean; code: string; message: string }; summary: unknown }>(
      "/api/customers/cus_9001/loyalty",
      zoe,
    );
    expect(status).toBe(200);
    expect(body.ladder).toMatchObject({ ok: false, code: "TIERS_OVERLAP" });
    expect(body.summary).toBeNull();
  });

  it("answers unknown purchases and campaigns with NOT_FOUND, and another org's campaign too", async () => {
    expect((await get(`${ONE}/transactions/ltx_0001_999`, ana)).status).toBe(404);
    expect((await get(`${ONE}/transactions/nope`, ana)).status).toBe(400);
    expect((await get("/api/campaigns/cmp_hb_spring", ana)).status).toBe(404);
    const page = await get<{ codes: { code: string; limiters: string[] }[] }>("/api/campaigns/cmp_nw_spring", ana);
    expect(page.body.codes).toEqual([expect.objectContaining({ code: "SPRING20", limiters: ["Once per customer"] })]);
  });
});

describe("metrics follow activity", () => {
  it("count a purchase that just arrived: frequency up by one, zero days since the last", async () => {
    type Summary = { metrics: { inputs: { purchases365: number; daysSinceLastPurchase: number | null; checkins30: number } } };
    const before = (await get<Summary>("/api/customers/cus_0013/loyalty", ana)).body.metrics.inputs;
    await sendLoyaltyEvent({
      customerId: "cus_0013",
      event: { kind: "purchase", storeId: null, channel: "app", items: 1, subtotalCents: 5_000, discountCents: 0, taxCents: 350 },
    });
    await sendLoyaltyEvent({ customerId: "cus_0013", event: { kind: "checkin", storeId: "sto_nw_002", method: "geofence" } });
    const after = (await get<Summary>("/api/customers/cus_0013/loyalty", ana)).body.metrics.inputs;
    expect(after).toMatchObject({ purchases365: before.purchases365 + 1, daysSinceLastPurchase: 0, checkins30: before.checkins30 + 1 });
  });
});

describe("search by tag and by promo code claimed", () => {
  it("finds cus_0001 by a tag prefix and by the code it claimed", async () => {
    type Page = { items: { id: string }[] };
    expect((await get<Page>("/api/customers?q=%23gold", ana)).body.items.map((h) => h.id)).toContain("cus_0001");
    expect((await get<Page>("/api/customers?q=tag%3Apromo-fan", ana)).body.items.map((h) => h.id)).toContain("cus_0001");
    expect((await get<Page>("/api/customers?q=promo%3Aspring", ana)).body.items.map((h) => h.id)).toContain("cus_0001");
    expect((await get<Page>("/api/customers?q=code%3AFREESHIP", ana)).body.items.map((h) => h.id)).toContain("cus_0001");
    expect((await get<Page>("/api/customers?q=promo%3ANOSUCHCODE", ana)).body.items).toEqual([]);
    // a manual tag added on the Profile tab is searchable at once, and leaves with the next edit
    const ownership = await own(ana, "cus_0014");
    const edit = (tags: string[]) =>
      patch("/api/customers/cus_0014/profile", ana, { lockToken: ownership.token, note: "Tags", changes: { tags } });
    expect((await edit(["Night Shift"])).status).toBe(200);
    expect((await get<Page>("/api/customers?q=%23night", ana)).body.items.map((h) => h.id)).toEqual(["cus_0014"]);
    expect((await edit([])).status).toBe(200);
    expect((await get<Page>("/api/customers?q=%23night", ana)).body.items).toEqual([]);
    await ownership.release();
    // another org's customers never come back
    const zoe = await signIn("rep.zoe@harbor.test");
    expect((await get<Page>("/api/customers?q=promo%3ASPRING", zoe)).body.items.map((h) => h.id)).not.toContain("cus_0001");
  });
});
