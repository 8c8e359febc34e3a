// Tampering with the audit log outside the application (triggers dropped, one row changed or
// removed, triggers restored) never goes unnoticed: the verifier names the row, 1,000 times of 1,000.
import { asc, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { type AuditEntry, commitWithAudit } from "../../../db/repositories/audit";
import { verifyStoredChain } from "../../../db/repositories/audit-chain";
import { auditLog } from "../../../db/schema";
import { openTestDatabase } from "../support/libsql";

const ROWS = 120;
const TRIALS = 1_000;
const COLUMNS = [
  "id",
  "org_id",
  "at",
  "actor_id",
  "actor_role",
  "action",
  "target_type",
  "target_id",
  "customer_id",
  "outcome",
  "ip",
  "user_agent",
  "details",
  "prev_hash",
  "hash",
  "seq",
] as const;
type Column = (typeof COLUMNS)[number];
type Raw = Record<Column, string | number | null>;

/** Small seeded generator: the run is reproducible, and a failure names its trial. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function changed(column: Column, value: string | number | null): string | number | null {
  if (column === "seq") return -Number(value);
  if (column === "at") return Number(value) + 1;
  if (column === "outcome") return value === "success" ? "denied" : "success";
  if (column === "prev_hash" || column === "hash") {
    const text = String(value);
    return `${text.slice(0, -1)}${text.endsWith("0") ? "1" : "0"}`;
  }
  if (column === "details") return JSON.stringify({ ...JSON.parse(String(value)), forged: true });
  return value === null ? "forged" : `${value}x`;
}

const q = (v: string | number | null) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`);

describe("audit:verify against tampering", () => {
  let db: Database;
  let triggers: { name: string; sql: string }[];

  async function bypassingTriggers(statement: string): Promise<void> {
    for (const t of triggers) await db.run(sql.raw(`DROP TRIGGER ${t.name}`));
    await db.run(sql.raw(statement));
    for (const t of triggers) await db.run(sql.raw(t.sql));
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    const rng = mulberry32(7);
    for (let i = 0; i < ROWS; i += 10) {
      const entries: AuditEntry[] = Array.from({ length: 10 }, (_, k) => ({
        orgId: rng() < 0.1 ? null : "org_northwind",
        at: 1_800_000_000_000 + (i + k) * 1_000,
        actorId: rng() < 0.2 ? null : "stf_ana",
        actorRole: rng() < 0.2 ? null : "rep",
        action: ["note.add", "profile.update", "customer.view", "auth.sign_in"][(i + k) % 4] ?? "note.add",
        targetType: "customer",
        targetId: rng() < 0.3 ? null : `cus_${String(i + k + 1).padStart(4, "0")}`,
        customerId: rng() < 0.3 ? null : `cus_${String(i + k + 1).padStart(4, "0")}`,
        outcome: rng() < 0.2 ? "denied" : "success",
        ip: rng() < 0.5 ? null : "203.0.113.7",
        userAgent: rng() < 0.5 ? null : "Mozilla/5.0",
        details: rng() < 0.5 ? {} : { fields: ["email"] },
      }));
      await commitWithAudit(db, entries);
    }
    triggers = await db.all<{ name: string; sql: string }>(
      sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`,
    );
    expect(triggers.map((t) => t.name).sort()).toEqual(["audit_log_no_delete", "audit_log_no_update"]);
  });

  it("starts from an intact chain", async () => {
    expect(await verifyStoredChain(db)).toEqual({ ok: true, rows: ROWS });
  });

  it(`finds one changed or deleted row ${TRIALS} times out of ${TRIALS}`, { timeout: 240_000 }, async () => {
    const rng = mulberry32(20_261_102);
    const originals = (await db.select().from(auditLog).orderBy(asc(auditLog.seq))).length;
    expect(originals).toBe(ROWS);
    let found = 0;
    const kinds = { changed: 0, deleted: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const seq = 1 + Math.floor(rng() * ROWS);
      const [row] = await db.all<Raw>(sql`SELECT * FROM audit_log WHERE seq = ${seq}`);
      if (!row) throw new Error(`trial ${trial}: row ${seq} missing before tampering`);
      const remove = rng() < 0.3;
      const column = COLUMNS[Math.floor(rng() * COLUMNS.length)] ?? "action";
      let expected: number;
      if (remove) {
        await bypassingTriggers(`DELETE FROM audit_log WHERE seq = ${seq}`);
        // A cut in the middle shows at the next row; a cut at the end against SQLite's high-water mark.
        expected = seq === ROWS ? seq : seq + 1;
        kinds.deleted++;
      } else {
        await bypassingTriggers(`UPDATE audit_log SET ${column} = ${q(changed(column, row[column]))} WHERE seq = ${seq}`);
        expected = column === "seq" ? -seq : seq;
        kinds.changed++;
      }
      const verdict = await verifyStoredChain(db, 50);
      if (!verdict.ok && verdict.brokenAt === expected) found++;
      else
        throw new Error(
          `trial ${trial}: ${remove ? "deleting" : `changing ${column} of`} row ${seq} went unnoticed: ${JSON.stringify(verdict)}`,
        );
      // Put the original back (again past the triggers) so every trial starts from an intact chain.
      const columns = COLUMNS.join(", ");
      const values = COLUMNS.map((c) => q(row[c])).join(", ");
      await bypassingTriggers(`DELETE FROM audit_log WHERE seq IN (${seq}, ${-seq})`);
      await db.run(sql.raw(`INSERT INTO audit_log (${columns}) VALUES (${values})`));
    }
    expect(found).toBe(TRIALS);
    expect(kinds.changed).toBeGreaterThan(500);
    expect(kinds.deleted).toBeGreaterThan(200);
    expect(await verifyStoredChain(db)).toEqual({ ok: true, rows: ROWS });
  });
});
