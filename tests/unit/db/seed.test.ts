import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../../core/domain/phone";
import type { Database } from "../../../db/client";
import { activityEvents, customers, leases, loans, notes, orders } from "../../../db/schema";
import { generateCustomer } from "../../../db/seed/generate";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

async function dump(db: Database) {
  return {
    customers: await db.select().from(customers).orderBy(asc(customers.id)),
    leases: await db.select().from(leases).orderBy(asc(leases.id)),
    loans: await db.select().from(loans).orderBy(asc(loans.id)),
    orders: await db.select().from(orders).orderBy(asc(orders.id)),
    notes: await db.select().from(notes).orderBy(asc(notes.id)),
    activity: await db.select().from(activityEvents).orderBy(asc(activityEvents.id)),
  };
}

describe("the seed generator", () => {
  it("writes the same rows for the same seed and anchor", async () => {
    const [a, b] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    await seedDatabase(a, { customers: 30, anchor: TEST_ANCHOR });
    await seedDatabase(b, { customers: 30, anchor: TEST_ANCHOR });
    const [rowsA, rowsB] = [await dump(a), await dump(b)];
    expect(rowsA.customers).toHaveLength(30 + 40);
    expect(rowsA).toEqual(rowsB);
  });

  it("writes different data for a different seed", async () => {
    const [a, b] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    await seedDatabase(a, { customers: 10, anchor: TEST_ANCHOR, seed: "one" });
    await seedDatabase(b, { customers: 10, anchor: TEST_ANCHOR, seed: "two" });
    expect((await dump(a)).customers).not.toEqual((await dump(b)).customers);
  });

  it("changes nothing when the database is already seeded", async () => {
    const db = await openTestDatabase();
    expect(await seedDatabase(db, { customers: 5, anchor: TEST_ANCHOR })).toBe(true);
    const before = await dump(db);
    expect(await seedDatabase(db, { customers: 50, anchor: TEST_ANCHOR })).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it("gives the contract customer a lease, a loan and an open order", () => {
    const one = generateCustomer(1, "cus_0001", {
      seed: "any",
      anchor: TEST_ANCHOR,
      orgId: "org_northwind",
      teamIds: ["team_east"],
      detail: "full",
    });
    expect(one.leases).toHaveLength(1);
    expect(one.loans).toHaveLength(1);
    expect(one.orders.some((o) => !["delivered", "returned", "cancelled"].includes(o.status))).toBe(true);
    expect(one.customer.phoneDigits).toBe("15550102233");
  });

  it("generates varied, normalisable customers", () => {
    const options = {
      seed: "vary",
      anchor: TEST_ANCHOR,
      orgId: "org_northwind",
      teamIds: ["team_east", "team_west"],
      detail: "full" as const,
    };
    const bundles = Array.from({ length: 200 }, (_, i) => generateCustomer(i + 2, `cus_${i + 2}`, options));
    for (const b of bundles) expect(normalizePhone(b.customer.phone)).toBe(b.customer.phoneDigits);
    const statuses = new Set(bundles.flatMap((b) => b.orders.map((o) => o.status)));
    expect(statuses.size).toBe(10);
    expect(new Set(bundles.map((b) => b.customer.lastName)).size).toBeGreaterThan(50);
    const times = bundles.flatMap((b) => b.activity.map((a) => a.at));
    expect(TEST_ANCHOR - Math.min(...times)).toBeGreaterThan(600 * 86_400_000);
  });
});
