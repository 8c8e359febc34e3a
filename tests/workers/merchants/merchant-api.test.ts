// The merchant list and profile as the people who run merchants see them: search and filters in the
// URL, the profile masked by the PII policy (finance sees the settlement account, sales its
// contacts, engineering neither), the statement replaying the ledger, an invoice as CSV, and a
// visit leaving its "viewed" note. Expected values are the rules and the seed's fixtures.
import { env } from "cloudflare:test";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { MerchantListSchema, MerchantProfileSchema, StatementSchema } from "../../../core/protocol/merchant-answers";
import { createDatabase } from "../../../db/client";
import { endpointDeliveries } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get } from "../support/json";

let sales = "";
let finance = "";
let engineering = "";
let rep = "";

beforeAll(async () => {
  await seedSmall();
  [sales, finance, engineering, rep] = (await Promise.all(
    ["sales@tandem.test", "finance@tandem.test", "engineering@tandem.test", "rep.ana@tandem.test"].map(signIn),
  )) as [string, string, string, string];
});

describe("the merchants list", () => {
  it("lists the org's 40 merchants by name, and a rep (who serves consumers) none", async () => {
    const list = await get("/api/merchants", sales);
    expect(list.status).toBe(200);
    const body = v.parse(MerchantListSchema, list.body);
    expect(body.total).toBe(40);
    expect(body.items.map((m) => m.name)).toEqual([...body.items.map((m) => m.name)].sort((a, b) => a.localeCompare(b)));
    expect(body.items.some((m) => m.id.startsWith("mer_90"))).toBe(false);
    expect((await get("/api/merchants", rep)).status).toBe(403);
  });

  it("filters by text, plan, status, region and health, each narrowing to rows that match", async () => {
    // The seed's deliveries are a month old by now: this week, one checkout fails 8 of 10 times.
    const now = Date.now();
    await createDatabase({ DB: env.DB })
      .insert(endpointDeliveries)
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          id: `dlv_test_${i}`,
          endpointId: "mep_0002_1",
          merchantId: "mer_0002",
          at: now - i * 3_600_000,
          event: "application.submitted",
          statusCode: i < 8 ? 502 : 200,
          ok: i >= 8,
          latencyMs: 900,
          error: i < 8 ? "HTTP 502 from merchant host" : null,
          test: false,
        })),
      );
    const failing = v.parse(MerchantListSchema, (await get("/api/merchants?health=failing", sales)).body);
    expect(failing.items.map((m) => m.id)).toEqual(["mer_0002"]);
    const byText = v.parse(MerchantListSchema, (await get("/api/merchants?q=lakeside", sales)).body);
    expect(byText.items.map((m) => m.id)).toEqual(["mer_0001"]);
    for (const [param, check] of [
      ["plan=growth", (m: { plan: { code: string } }) => m.plan.code === "growth"],
      ["status=active", (m: { status: string }) => m.status === "active"],
      ["region=reg_pacific", (m: { region: { id: string } | null }) => m.region?.id === "reg_pacific"],
      ["health=idle", (m: { health: string }) => m.health === "idle"],
    ] as const) {
      const page = v.parse(MerchantListSchema, (await get(`/api/merchants?${param}`, sales)).body);
      expect(page.items.length, param).toBeGreaterThan(0);
      expect(page.items.every(check as (m: unknown) => boolean), param).toBe(true);
      expect(page.items.length, param).toBeLessThan(40);
    }
  });
});

describe("a merchant's profile", () => {
  it("shows each role what the PII policy allows: finance the settlement account in full, sales the contacts, engineering neither", async () => {
    const profileFor = async (cookie: string) => v.parse(MerchantProfileSchema, (await get("/api/merchants/mer_0001", cookie)).body);
    const [bySales, byFinance, byEngineering] = [await profileFor(sales), await profileFor(finance), await profileFor(engineering)];
    expect(bySales.merchant.name).toBe("Lakeside Furniture Co.");
    expect(bySales.merchant.plan).toMatchObject({ code: "growth", version: 2 });
    // contact: sales full, finance masked, engineering hidden
    const salesEmail = bySales.merchant.contacts[0]?.email;
    expect(salesEmail?.visibility).toBe("full");
    expect(salesEmail?.value).toMatch(/@lakeside-furniture-co\.example$/);
    expect(byFinance.merchant.contacts[0]?.email?.visibility).toBe("masked");
    expect(byFinance.merchant.contacts[0]?.email?.value).not.toBe(salesEmail?.value);
    expect(byEngineering.merchant.contacts[0]?.email).toBeUndefined();
    // financial: finance full, sales and engineering hidden
    expect(byFinance.merchant.settlement.accountNumber?.visibility).toBe("full");
    expect(byFinance.merchant.settlement.accountNumber?.value).toMatch(/^\d{10}$/);
    expect(bySales.merchant.settlement.accountNumber).toBeUndefined();
    expect(byEngineering.merchant.settlement.accountNumber).toBeUndefined();
    expect(bySales.endpoints).toHaveLength(2);
  });

  it("is not found in another org, and a rep may not open it at all", async () => {
    expect((await get("/api/merchants/mer_9001", sales)).status).toBe(404);
    expect((await get("/api/merchants/mer_0001", rep)).status).toBe(403);
  });

  it("writes one automatic 'viewed' note per person per visit window", async () => {
    await get("/api/merchants/mer_0003", finance);
    await get("/api/merchants/mer_0003", finance);
    const notes = await get<{ items: { action: string; author: { name: string } | null }[] }>("/api/merchants/mer_0003/notes", finance);
    expect(notes.body.items.filter((n) => n.action === "merchant.view" && n.author?.name === "Felix Grant")).toHaveLength(1);
  });

  it("answers a month's statement whose closing balance is the opening plus every line", async () => {
    const answer = await get("/api/merchants/mer_0001/ledger", finance);
    const statement = v.parse(StatementSchema, answer.body);
    expect(statement.closingCents).toBe(statement.openingCents + statement.lines.reduce((s, l) => s + l.changeCents, 0));
    expect(statement.balance.totalCents).toBe(statement.balance.availableCents + statement.balance.reserveCents);
  });

  it("sends an invoice as CSV whose lines add up to its total", async () => {
    const profile = v.parse(MerchantProfileSchema, (await get("/api/merchants/mer_0001", finance)).body);
    const invoice = profile.invoices.find((i) => i.kind === "monthly");
    if (!invoice) throw new Error("mer_0001 has no invoice");
    const csv = await get<string>(`/api/merchants/mer_0001/invoices/${invoice.id}/csv`, finance);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const rows = csv.body
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(rows[0]).toEqual([
      "invoice",
      "period",
      "merchant",
      "line",
      "description",
      "quantity",
      "unit_cents",
      "amount_cents",
      "amount_usd",
      "currency",
    ]);
    const lines = rows.slice(1, -1).map((r) => Number(r[7]));
    const total = Number(rows.at(-1)?.[7]);
    expect(total).toBe(invoice.totalCents);
    expect(lines.reduce((s, n) => s + n, 0)).toBe(total);
  });
});
