// The loyalty seed: the same rows for the same seed and anchor; cus_0001 has something for every
// Loyalty section; other customers differ from each other.
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { isLockedOut } from "../../../core/domain/promo-lockout";
import type { Database } from "../../../db/client";
import { lockoutState } from "../../../db/repositories/promos";
import * as schema from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

const TABLES = [
  "loyalty_memberships",
  "tier_history",
  "loyalty_transactions",
  "engagement_events",
  "customer_devices",
  "customer_stores",
  "campaign_members",
  "customer_incentives",
  "rewards",
  "promo_claims",
  "promo_claim_errors",
  "promo_lockouts",
  "customer_tags",
] as const;

async function dump(db: Database) {
  const out: Record<string, unknown[]> = {};
  for (const table of [...TABLES, "stores", "campaigns", "promo_codes"])
    out[table] = await db.all(sql.raw(`SELECT * FROM ${table} ORDER BY 1, 2`));
  return out;
}

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db, { customers: 60, anchor: TEST_ANCHOR });
});

describe("the loyalty seed", () => {
  it("writes the same rows for the same seed and anchor", async () => {
    const again = await openTestDatabase();
    await seedDatabase(again, { customers: 60, anchor: TEST_ANCHOR });
    expect(await dump(again)).toEqual(await dump(db));
  });

  it("gives cus_0001 something in every section", async () => {
    for (const table of TABLES) {
      const [row] = await db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table} WHERE customer_id = 'cus_0001'`));
      expect(row?.n, table).toBeGreaterThan(0);
    }
    const rewards = await db.select().from(schema.rewards).where(eq(schema.rewards.customerId, "cus_0001"));
    expect(new Set(rewards.map((r) => r.status))).toEqual(new Set(["earned", "redeemed", "expired"]));
    const [lockout] = await db.select().from(schema.promoLockouts).where(eq(schema.promoLockouts.customerId, "cus_0001"));
    // Locked out last night, so the demo opens on a lockout to reset.
    expect(isLockedOut(lockoutState(lockout ?? null), TEST_ANCHOR)).toBe(true);
    const stores = await db.select().from(schema.customerStores).where(eq(schema.customerStores.customerId, "cus_0001"));
    expect(stores.map((s) => s.relation)).toContain("home");
  });

  it("varies across customers: tiers, purchases, lockouts, devices, tags", async () => {
    const spread = async (query: string) => (await db.all<{ v: unknown }>(sql.raw(query))).map((r) => r.v);
    expect(new Set(await spread("SELECT tier AS v FROM customers WHERE org_id = 'org_northwind'")).size).toBe(4);
    expect(
      new Set(
        await spread("SELECT count(t.id) AS v FROM customers c LEFT JOIN loyalty_transactions t ON t.customer_id = c.id GROUP BY c.id"),
      ).size,
    ).toBeGreaterThan(5);
    expect(new Set(await spread("SELECT reason AS v FROM promo_claim_errors")).size).toBeGreaterThanOrEqual(4);
    expect(new Set(await spread("SELECT platform AS v FROM customer_devices")).size).toBe(3);
    expect(new Set(await spread("SELECT tag AS v FROM customer_tags WHERE source = 'rule'")).size).toBeGreaterThanOrEqual(5);
    const locks = await db.select().from(schema.promoLockouts).orderBy(asc(schema.promoLockouts.customerId));
    const locked = locks.filter((l) => isLockedOut(lockoutState(l), TEST_ANCHOR));
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.length).toBeLessThan(locks.length);
  });

  it("has stores without coordinates, and every other store inside its city's area", async () => {
    const stores = await db.select().from(schema.stores).where(eq(schema.stores.orgId, "org_northwind"));
    expect(stores.filter((s) => s.lat === null)).toHaveLength(2);
    for (const s of stores.filter((x) => x.lat !== null)) expect(Math.abs(s.lat ?? 0)).toBeLessThan(50);
  });
});
