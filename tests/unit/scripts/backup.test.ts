// `npm run db:export` then `npm run db:import` on libSQL files, as an operator runs them: every row
// of every base table comes back (awkward text included), the audit chain still verifies, and the
// full-text name search works on the restored database though the backup carries no index.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planSearch } from "../../../core/domain/search";
import { createDatabase, type Database } from "../../../db/client";
import { migrateLibsql } from "../../../db/migrate";
import { commitWithAudit, DEV_AUDIT_KEY, hmacSigner } from "../../../db/repositories/audit";
import { verifyStoredAuditLog } from "../../../db/repositories/audit-chain";
import { searchCustomers } from "../../../db/repositories/customers";
import { customers } from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { BASE_TABLES_SQL, FULL_TEXT_INDEXES, runScript } from "../support/run-script";

const dir = mkdtempSync(join(tmpdir(), "tandem-backup-"));
const sourceUrl = `file:${join(dir, "source.db")}`;
const restoredUrl = `file:${join(dir, "restored.db")}`;
const backup = join(dir, "backup.sql");
/** Quotes, a statement end, a comment opener, a line break and letters beyond ASCII: all must survive. */
const AWKWARD = "Zoë O'Brien; -- \"the\" 'other'\nline 😀";

let source: Database;
let restored: Database;

async function tableRows(db: Database): Promise<Record<string, string[]>> {
  const tables = await db.all<{ name: string }>(sql.raw(BASE_TABLES_SQL));
  const out: Record<string, string[]> = {};
  for (const { name } of tables) out[name] = (await db.all(sql.raw(`SELECT * FROM "${name}"`))).map((row) => JSON.stringify(row)).sort();
  return out;
}

beforeAll(async () => {
  source = createDatabase({ LIBSQL_URL: sourceUrl });
  await migrateLibsql(source);
  await seedDatabase(source, { customers: 40, anchor: TEST_ANCHOR });
  await source.update(customers).set({ fullName: AWKWARD }).where(eq(customers.id, "cus_0002"));
  const entry = (i: number) => ({
    orgId: "org_northwind",
    at: TEST_ANCHOR + i,
    actorId: "stf_ana",
    actorRole: "rep",
    action: "note.add",
    targetType: "customer",
    targetId: "cus_0001",
    customerId: "cus_0001",
    outcome: "success" as const,
    ip: null,
    userAgent: null,
    details: { text: AWKWARD },
  });
  await commitWithAudit(source, await hmacSigner(DEV_AUDIT_KEY), [entry(1), entry(2), entry(3)]);

  const exported = await runScript("scripts/db-export.ts", ["--url", sourceUrl, "--out", backup]);
  expect(exported.code, exported.out).toBe(0);
  const imported = await runScript("scripts/db-import.ts", ["--url", restoredUrl, "--in", backup]);
  expect(imported.code, imported.out).toBe(0);
  restored = createDatabase({ LIBSQL_URL: restoredUrl });
}, 60_000);

describe("a backup and its restore", () => {
  it("brings back every row of every base table", async () => {
    const before = await tableRows(source);
    expect(before.customers?.length).toBeGreaterThanOrEqual(40);
    expect(before.audit_log?.length).toBe(3);
    expect(await tableRows(restored)).toEqual(before);
  });

  it("carries no full-text index, only the statements that rebuild each", () => {
    const script = readFileSync(backup, "utf8");
    for (const index of FULL_TEXT_INDEXES)
      expect(script).not.toMatch(new RegExp(`INSERT INTO "${index}(_data|_idx|_docsize|_config)?" \\(`));
    expect(script.trimEnd().split("\n").slice(-2)).toEqual([
      `INSERT INTO "customers_fts"("customers_fts") VALUES('rebuild');`,
      `INSERT INTO "faq_index"("faq_index") VALUES('rebuild');`,
    ]);
  });

  it("finds customers by name on the restored database, its index consistent with the rows", async () => {
    const page = { limit: 10, offset: 0 };
    const maya = await searchCustomers(restored, "org_northwind", planSearch("Maya Johnson"), page);
    expect(maya.hits.map((h) => h.id)).toContain("cus_0001");
    const zoe = await searchCustomers(restored, "org_northwind", planSearch("Zoë O'Brien"), page);
    expect(zoe.hits.map((h) => h.id)).toEqual(["cus_0002"]);
    await restored.run(sql.raw(`INSERT INTO customers_fts(customers_fts) VALUES('integrity-check')`));
  });

  it("keeps the audit log verifiable", async () => {
    expect(await verifyStoredAuditLog(restored, [await hmacSigner(DEV_AUDIT_KEY)])).toMatchObject({ ok: true, rows: 3 });
  });

  it("refuses to import into a database that has data, and changes nothing", async () => {
    const before = await tableRows(restored);
    const again = await runScript("scripts/db-import.ts", ["--url", restoredUrl, "--in", backup]);
    expect(again.code).toBe(1);
    expect(again.out).toContain("has data");
    expect(await tableRows(restored)).toEqual(before);
  }, 30_000);

  it("refuses a backup taken at another migration", async () => {
    const older = join(dir, "older.sql");
    // The backup's header lists the migrations it was taken at: drop the newest, as an older Tandem would have written it.
    const text = readFileSync(backup, "utf8");
    const header =
      text
        .match(/^-- migrations: (.*)$/m)?.[1]
        ?.trim()
        .split(" ") ?? [];
    const [newest, previous] = [header.at(-1), header.at(-2)];
    if (!newest || !previous) throw new Error("the backup names no migrations");
    writeFileSync(older, text.replace(` ${newest}\n`, "\n"));
    const refused = await runScript("scripts/db-import.ts", ["--url", `file:${join(dir, "fresh.db")}`, "--in", older]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`taken at migration ${previous}`);
  }, 30_000);
});
