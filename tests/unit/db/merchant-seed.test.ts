// The seeded merchant network, held to the words: 40 merchants in Northwind (the first one
// is Lakeside Furniture Co., the portal's merchant), Harbor its own, and histories a bookkeeper would
// sign: every ledger transaction sums to zero, no balance ever dips below zero, every invoice is the
// sum of its lines, every endpoint fits its plan, and requests wait at every stage of the approval.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

let db: Database;
const all = <T>(query: string) => db.all<T>(sql.raw(query));

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db, { customers: 5, anchor: TEST_ANCHOR });
});

describe("the seeded merchant network", () => {
  it("has 40 merchants in Northwind, six of Harbor's own, and mer_0001 is Lakeside Furniture Co. on Growth v2", async () => {
    const counts = await all<{ org_id: string; n: number }>("SELECT org_id, count(*) AS n FROM merchants GROUP BY org_id ORDER BY org_id");
    expect(counts).toEqual([
      { org_id: "org_harbor", n: 6 },
      { org_id: "org_northwind", n: 40 },
    ]);
    const [first] = await all<{ name: string; code: string; version: number; status: string }>(
      "SELECT m.name, p.code, v.version, m.status FROM merchants m JOIN plan_versions v ON v.id = m.plan_version_id JOIN plans p ON p.id = v.plan_id WHERE m.id = 'mer_0001'",
    );
    expect(first).toEqual({ name: "Lakeside Furniture Co.", code: "growth", version: 2, status: "active" });
  });

  it("balances every ledger transaction to zero, in whole cents", async () => {
    const unbalanced = await all<{ transaction_id: string }>(
      "SELECT transaction_id FROM ledger_postings GROUP BY transaction_id HAVING sum(amount_cents) <> 0",
    );
    expect(unbalanced).toEqual([]);
    const [{ n }] = (await all<{ n: number }>("SELECT count(*) AS n FROM ledger_transactions")) as [{ n: number }];
    expect(n).toBeGreaterThan(150);
  });

  it("never lets a merchant's available balance go below zero, replayed in time order", async () => {
    const rows = await all<{ merchant_id: string; amount_cents: number }>(
      "SELECT merchant_id, amount_cents FROM ledger_postings WHERE account = 'available' ORDER BY merchant_id, at, transaction_id",
    );
    const running = new Map<string, number>();
    const negative = new Set<string>();
    for (const row of rows) {
      const balance = (running.get(row.merchant_id) ?? 0) + row.amount_cents;
      running.set(row.merchant_id, balance);
      if (balance < 0) negative.add(row.merchant_id);
    }
    expect([...negative]).toEqual([]);
  });

  it("makes every invoice the sum of its lines, each line its quantity times its unit price", async () => {
    const wrongTotals = await all<{ id: string }>(
      "SELECT i.id FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id GROUP BY i.id HAVING sum(l.amount_cents) <> i.total_cents",
    );
    const wrongLines = await all<{ id: string }>("SELECT id FROM invoice_lines WHERE quantity * unit_cents <> amount_cents");
    expect({ wrongTotals, wrongLines }).toEqual({ wrongTotals: [], wrongLines: [] });
  });

  it("keeps every merchant within its plan's endpoints and gives each active endpoint one live key", async () => {
    const over = await all<{ id: string }>(
      "SELECT m.id FROM merchants m JOIN plan_versions v ON v.id = m.plan_version_id JOIN merchant_endpoints e ON e.merchant_id = m.id AND e.status <> 'removed' GROUP BY m.id HAVING count(*) > max(v.included_endpoints)",
    );
    const keyless = await all<{ id: string }>(
      "SELECT e.id FROM merchant_endpoints e WHERE e.status = 'active' AND (SELECT count(*) FROM endpoint_keys k WHERE k.endpoint_id = e.id AND k.revoked_at IS NULL) <> 1",
    );
    expect({ over, keyless }).toEqual({ over: [], keyless: [] });
  });

  it("shows requests waiting at each stage, none scheduled (a release is the merchant room's alarm), and past switches as released", async () => {
    const stages = await all<{ stage: string }>(
      "SELECT DISTINCT stage FROM plan_change_requests WHERE org_id = 'org_northwind' ORDER BY stage",
    );
    expect(stages.map((s) => s.stage)).toEqual(["cancelled", "engineering", "finance", "released", "returned", "sales"]);
    const released = await all<{ n: number }>(
      "SELECT count(*) AS n FROM plan_change_requests r JOIN merchants m ON m.id = r.merchant_id WHERE r.stage = 'released' AND r.to_plan_version_id <> m.plan_version_id",
    );
    expect(released[0]?.n).toBe(0);
    const harbor = await all<{ id: string }>("SELECT id FROM plan_change_requests WHERE org_id = 'org_harbor'");
    expect(harbor.length).toBeGreaterThan(0);
  });
});
