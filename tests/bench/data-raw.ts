// Baseline: raw SQLite through @libsql/client on a file, no drizzle, no product schema: a bare
// table of as many rows, a point lookup by primary key, an indexed prefix query, single inserts.
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { type Summary, summarize } from "./stats";

export interface RawResult {
  loadMs: number;
  lookup: Summary;
  prefix: Summary;
  insertsPerSecond: number;
  /** The same rows, 100 per batch (one commit each). */
  batchedInsertsPerSecond: number;
}

const phoneOf = (i: number) => `1${String((i * 7_919 + 1_234_567) % 10_000_000_000).padStart(10, "0")}`;

export async function rawLibsqlBaseline(
  dir: string,
  rows: number,
  samples: { lookups: number; inserts: number },
  random: () => number,
): Promise<RawResult> {
  const client = createClient({ url: `file:${join(dir, "raw.db")}` });
  try {
    const started = performance.now();
    await client.executeMultiple(`
      CREATE TABLE bench_customers (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, phone_digits TEXT NOT NULL, full_name TEXT NOT NULL);
      CREATE TABLE bench_feed (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX bench_feed_customer_at ON bench_feed (customer_id, at);
      BEGIN;
      WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${rows})
      INSERT INTO bench_customers SELECT printf('cus_%07d', i), 'org_northwind', '1' || printf('%010d', (i * 7919 + 1234567) % 10000000000), 'Person ' || i FROM seq;
      COMMIT;
      CREATE INDEX bench_customers_org_phone ON bench_customers (org_id, phone_digits);
    `);
    const loadMs = performance.now() - started;
    const pick = () => 1 + Math.floor(random() * rows);
    const time = async (count: number, fn: () => Promise<unknown>) => {
      for (let i = 0; i < 30; i++) await fn();
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        await fn();
        out.push(performance.now() - t0);
      }
      return summarize(out);
    };
    const lookup = await time(samples.lookups, () =>
      client.execute({ sql: "SELECT * FROM bench_customers WHERE id = ?", args: [`cus_${String(pick()).padStart(7, "0")}`] }),
    );
    const prefix = await time(samples.lookups, () => {
      const start = phoneOf(pick()).slice(0, 7);
      const end = start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + 1);
      return client.execute({
        sql: "SELECT id, full_name, phone_digits FROM bench_customers WHERE org_id = ? AND phone_digits >= ? AND phone_digits < ? ORDER BY phone_digits, id LIMIT 21",
        args: ["org_northwind", start, end],
      });
    });
    const insertStart = performance.now();
    for (let i = 0; i < samples.inserts; i++) {
      await client.execute({
        sql: "INSERT INTO bench_feed (id, customer_id, kind, summary, data, at) VALUES (?, ?, ?, ?, ?, ?)",
        args: [`act_raw_${i}`, `cus_${String(pick()).padStart(7, "0")}`, "note", "Bench feed insert", "{}", Date.now()],
      });
    }
    const insertsPerSecond = samples.inserts / ((performance.now() - insertStart) / 1000);
    const batchStart = performance.now();
    for (let i = 0; i < samples.inserts; i += 100) {
      const rows = Array.from({ length: Math.min(100, samples.inserts - i) }, (_, k) => ({
        sql: "INSERT INTO bench_feed (id, customer_id, kind, summary, data, at) VALUES (?, ?, ?, ?, ?, ?)",
        args: [`act_rawb_${i + k}`, `cus_${String(pick()).padStart(7, "0")}`, "note", "Bench feed insert", "{}", Date.now()],
      }));
      await client.batch(rows, "write");
    }
    const batchedInsertsPerSecond = samples.inserts / ((performance.now() - batchStart) / 1000);
    return { loadMs, lookup, prefix, insertsPerSecond, batchedInsertsPerSecond };
  } finally {
    client.close();
  }
}
