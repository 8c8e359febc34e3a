import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { orders } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get } from "../support/json";
import { db } from "../support/orders";

interface Row {
  id: string;
  number: string;
  status: string;
  channel: string;
  attention: string | null;
  customer: { id: string; name: string };
  updatedAt: number;
  createdAt: number;
  itemCount: number;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
}

let ana: string;
let engineering: string;
let zoe: string;

beforeAll(async () => {
  await seedSmall();
  [ana, engineering, zoe] = await Promise.all([
    signIn("rep.ana@tandem.test"),
    signIn("engineering@tandem.test"),
    signIn("rep.zoe@harbor.test"),
  ]);
});

describe("GET /api/orders", () => {
  it("lists the org's orders newest first, and pages with a cursor without repeats or gaps", async () => {
    const all = await db().select({ id: orders.id }).from(orders).where(eq(orders.orgId, "org_northwind"));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Page } = await get<Page>(`/api/orders?limit=7${cursor ? `&cursor=${cursor}` : ""}`, ana);
      expect(res.status).toBe(200);
      for (let i = 1; i < res.body.items.length; i++) {
        expect((res.body.items[i - 1] as Row).updatedAt).toBeGreaterThanOrEqual((res.body.items[i] as Row).updatedAt);
      }
      seen.push(...res.body.items.map((r) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(all.map((r) => r.id).sort());
    expect(seen.some((id) => id.startsWith("ord_90"))).toBe(false);
  });

  it("filters by status, channel, customer and creation date", async () => {
    const shipped = await get<Page>("/api/orders?status=shipped,delivered&limit=100", ana);
    expect(shipped.body.items.length).toBeGreaterThan(0);
    expect(shipped.body.items.every((r) => ["shipped", "delivered"].includes(r.status))).toBe(true);
    const partner = await get<Page>("/api/orders?channel=partner_checkout&limit=100", ana);
    expect(partner.body.items.every((r) => r.channel === "partner_checkout")).toBe(true);
    const mine = await get<Page>("/api/orders?customer=cus_0001", ana);
    expect(mine.body.items.map((r) => r.id).sort()).toEqual(["ord_0001_1", "ord_0001_2"]);
    const first = mine.body.items[0] as Row;
    // Dates are days of the org's time zone (Northwind: New York), read here with the runtime's calendar.
    const newYorkDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(ms);
    const day = newYorkDay(first.createdAt);
    const byDate = await get<Page>(`/api/orders?customer=cus_0001&from=${day}&to=${day}`, ana);
    expect(byDate.body.items.map((r) => r.id)).toContain(first.id);
    expect(byDate.body.items.every((r) => newYorkDay(r.createdAt) === day)).toBe(true);
  });

  it("shows 'needs attention before the client calls' with a reason on every row, oldest first", async () => {
    const res = await get<Page>("/api/orders?view=needs-attention&limit=100", ana);
    expect(res.body.items.map((r) => r.id)).toContain("ord_0001_1");
    expect(res.body.items.every((r) => typeof r.attention === "string" && r.attention.length > 0)).toBe(true);
    expect(res.body.items.every((r) => !["delivered", "returned", "cancelled"].includes(r.status))).toBe(true);
    for (let i = 1; i < res.body.items.length; i++)
      expect((res.body.items[i - 1] as Row).updatedAt).toBeLessThanOrEqual((res.body.items[i] as Row).updatedAt);
  });

  it("refuses malformed filters with a typed error and refuses engineering", async () => {
    const bad = await get<{ error: { code: string } }>("/api/orders?status=lost", ana);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION");
    expect((await get("/api/orders", engineering)).status).toBe(403);
  });

  it("keeps each org to its own orders", async () => {
    const harbor = await get<Page>("/api/orders?limit=100", zoe);
    expect(harbor.body.items.every((r) => r.customer.id.startsWith("cus_90"))).toBe(true);
    expect((await get("/api/orders/ord_0001_1", zoe)).status).toBe(404);
    expect((await get("/api/customers/cus_0001/orders", zoe)).status).toBe(404);
  });
});

describe("GET /api/orders/:id", () => {
  it("answers items with eligibility, the compliance result and why, and the statuses a rep may choose next", async () => {
    const res = await get<{
      order: { status: string; attention: string | null };
      items: { eligibility: string; why: string; compliance: { status: string; product: string | null } }[];
      nextStatuses: { status: string }[];
      financing: { choice: { why: string } };
    }>("/api/orders/ord_0001_1", ana);
    expect(res.status).toBe(200);
    expect(res.body.order.status).toBe("in_review");
    expect(res.body.order.attention).toBeTruthy();
    expect(res.body.nextStatuses.map((s) => s.status)).toEqual(["approved", "cancelled"]);
    for (const item of res.body.items) {
      expect(["lease", "loan", "both", "none"]).toContain(item.eligibility);
      expect(item.why.length).toBeGreaterThan(0);
      expect(["pass", "fail", "undecided"]).toContain(item.compliance.status);
    }
    expect(res.body.financing.choice.why.length).toBeGreaterThan(0);
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    expect((await get("/api/orders/nope", ana)).status).toBe(400);
    expect((await get("/api/orders/ord_unknown", ana)).status).toBe(404);
  });
});

describe("GET /api/customers/:id/orders", () => {
  it("lists one customer's orders with item counts", async () => {
    const res = await get<Page>("/api/customers/cus_0001/orders", ana);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.every((r) => r.itemCount >= 1)).toBe(true);
  });
});
