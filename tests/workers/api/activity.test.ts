import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { activityEvents } from "../../../db/schema";
import { call, seedSmall, signIn } from "../support/http";

interface Item {
  id: string;
  kind: string;
  summary: string;
  at: number;
}
interface ActivityPage {
  items: Item[];
  next: { before: number; beforeId: string } | null;
}

let ana: string;
const TIED_AT = Date.UTC(2026, 9, 1, 12);

beforeAll(async () => {
  await seedSmall(20);
  // Several items in the same millisecond: paging by time alone would skip or repeat them.
  const db = createDatabase({ DB: env.DB });
  const rows = Array.from({ length: 7 }, (_, i) => ({
    id: `act_tied_${i}`,
    orgId: "org_northwind",
    customerId: "cus_0003",
    kind: "communication" as const,
    summary: `Tied ${i}`,
    at: TIED_AT,
  }));
  const [first, ...rest] = rows.map((row) => db.insert(activityEvents).values(row));
  if (first) await db.batch([first, ...rest]);
  ana = await signIn("rep.ana@tandem.test");
});

async function page(customerId: string, query: string): Promise<ActivityPage> {
  const response = await call(`/api/customers/${customerId}/activity${query}`, { cookie: ana });
  expect(response.status).toBe(200);
  return (await response.json()) as ActivityPage;
}

async function walk(customerId: string, limit: number, kinds = ""): Promise<Item[]> {
  const items: Item[] = [];
  let query = `?limit=${limit}${kinds}`;
  for (let n = 0; n < 100; n++) {
    const result = await page(customerId, query);
    items.push(...result.items);
    if (!result.next) break;
    query = `?limit=${limit}${kinds}&before=${result.next.before}&beforeId=${result.next.beforeId}`;
  }
  return items;
}

describe("GET /api/customers/:id/activity", () => {
  it("answers newest first", async () => {
    const { items } = await page("cus_0001", "?limit=100");
    expect(items.length).toBeGreaterThan(3);
    const times = items.map((i) => i.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages through everything once, even items sharing a timestamp", async () => {
    const whole = (await page("cus_0003", "?limit=100")).items;
    expect(whole.filter((i) => i.at === TIED_AT)).toHaveLength(7);
    for (const limit of [1, 2, 3, 5]) {
      const paged = await walk("cus_0003", limit);
      expect(paged.map((i) => i.id)).toEqual(whole.map((i) => i.id));
    }
  });

  it("filters by kind, and pages within the filter", async () => {
    const whole = (await page("cus_0001", "?limit=100&kinds=payment,order")).items;
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.every((i) => i.kind === "payment" || i.kind === "order")).toBe(true);
    expect((await walk("cus_0001", 2, "&kinds=payment,order")).map((i) => i.id)).toEqual(whole.map((i) => i.id));
  });

  it("refuses unknown kinds and another org's customer", async () => {
    expect((await call("/api/customers/cus_0001/activity?kinds=gossip", { cookie: ana })).status).toBe(400);
    const zoe = await signIn("rep.zoe@harbor.test");
    expect((await call("/api/customers/cus_0001/activity", { cookie: zoe })).status).toBe(404);
  });
});
