// Tampering with the audit log outside the application never goes unnoticed, and the verifier says
// which row and how: one changed or deleted row (1,000 trials), a row edited with its stream's tail
// recomputed without the key, a tail rewritten with the key, a tail cut (high-water mark reset too),
// and checkpoints cut (caught by the anchor kept outside the database).
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { sha256Hex } from "../../../db/crypto";
import { type AuditEntry, type AuditRow, auditHashInput, commitWithAudit, hmacSigner } from "../../../db/repositories/audit";
import { type Anchor, type Problem, verifyStoredAuditLog } from "../../../db/repositories/audit-chain";
import { writeCheckpoint } from "../../../db/repositories/audit-checkpoints";
import { openTestDatabase } from "../support/libsql";

const KEY = "tamper-test-key";
const ORG = "org_northwind";
const STREAMS = ["cus:cus_0001", "cus:cus_0002", "cus:cus_0003", "stf:stf_ana", "stf:stf_ben"];
const ROWS = 120;
const TRIALS = 1_000;
const COLUMNS = [
  "id",
  "stream",
  "stream_seq",
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
  "key_id",
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
  if (column === "at" || column === "stream_seq") return Number(value) + 1000;
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
  const signer = () => hmacSigner(KEY);

  /** Runs statements the way someone with raw database access would: triggers dropped, then restored. */
  async function bypassingTriggers(...statements: string[]): Promise<void> {
    const dropped = triggers.filter((t) => statements.some((s) => s.includes(t.name.replace(/_no_(update|delete)$/, ""))));
    await db.batch([
      ...dropped.map((t) => db.run(sql.raw(`DROP TRIGGER ${t.name}`))),
      ...statements.map((statement) => db.run(sql.raw(statement))),
      ...dropped.map((t) => db.run(sql.raw(t.sql))),
    ] as unknown as Parameters<Database["batch"]>[0]);
  }
  const rowsOf = (stream: string) =>
    db.all<AuditRow>(sql`SELECT id, seq, stream, stream_seq AS streamSeq, hash, prev_hash AS prevHash,
    org_id AS orgId, at, actor_id AS actorId, actor_role AS actorRole, action, target_type AS targetType, target_id AS targetId,
    customer_id AS customerId, outcome, ip, user_agent AS userAgent, details, key_id AS keyId FROM audit_log WHERE stream = ${stream} ORDER BY stream_seq`);
  const verify = async (anchors: Anchor[] = []) => verifyStoredAuditLog(db, [await signer()], anchors);
  /** A problem reported at this row: by its global seq, or by its place in its stream. */
  const at = (row: { seq: number; stream: string; streamSeq: number }) => (p: Problem) =>
    p.seq === row.seq || (p.stream === row.stream && p.streamSeq === row.streamSeq);

  beforeAll(async () => {
    db = await openTestDatabase();
    const rng = mulberry32(7);
    for (let i = 0; i < ROWS; i += 5) {
      const stream = STREAMS[Math.floor(rng() * STREAMS.length)] ?? "stf:stf_ana";
      const entries: AuditEntry[] = Array.from({ length: 5 }, (_, k) => ({
        orgId: ORG,
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
      await commitWithAudit(db, await signer(), entries, () => [], stream);
    }
    triggers = await db.all<{ name: string; sql: string }>(
      sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_log', 'audit_checkpoints')`,
    );
    expect(triggers.map((t) => t.name).sort()).toEqual([
      "audit_checkpoints_no_delete",
      "audit_checkpoints_no_update",
      "audit_log_no_delete",
      "audit_log_no_update",
    ]);
  });

  it("starts from an intact log in five streams", async () => {
    expect(await verify()).toMatchObject({ ok: true, rows: ROWS, streams: 5, problems: [] });
  });

  it(`finds one changed or deleted row ${TRIALS} times out of ${TRIALS}, and names it`, { timeout: 240_000 }, async () => {
    const rng = mulberry32(20_261_102);
    const kinds = { changed: 0, deleted: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const seq = 1 + Math.floor(rng() * ROWS);
      const [row] = await db.all<Raw>(sql`SELECT * FROM audit_log WHERE seq = ${seq}`);
      if (!row) throw new Error(`trial ${trial}: row ${seq} missing before tampering`);
      const target = { seq, stream: String(row.stream), streamSeq: Number(row.stream_seq) };
      const remove = rng() < 0.3;
      const column = COLUMNS[Math.floor(rng() * COLUMNS.length)] ?? "action";
      if (remove) {
        await bypassingTriggers(`DELETE FROM audit_log WHERE seq = ${seq}`);
        kinds.deleted++;
      } else {
        await bypassingTriggers(`UPDATE audit_log SET ${column} = ${q(changed(column, row[column]))} WHERE seq = ${seq}`);
        kinds.changed++;
      }
      const verdict = await verify();
      if (verdict.ok || !verdict.problems.some(at(target)))
        throw new Error(
          `trial ${trial}: ${remove ? "deleting" : `changing ${column} of`} row ${seq} went unnoticed: ${JSON.stringify(verdict)}`,
        );
      // Put the original back (again past the triggers) so every trial starts from an intact log.
      const columns = COLUMNS.join(", ");
      const values = COLUMNS.map((c) => q(row[c])).join(", ");
      await bypassingTriggers(
        `DELETE FROM audit_log WHERE seq IN (${seq}, ${-seq})`,
        `INSERT INTO audit_log (${columns}) VALUES (${values})`,
      );
    }
    expect(kinds.changed).toBeGreaterThan(500);
    expect(kinds.deleted).toBeGreaterThan(200);
    expect(await verify()).toMatchObject({ ok: true, rows: ROWS });
  });

  it("catches a row edited and its stream's tail recomputed without the key (plain SHA-256, or a guessed key)", async () => {
    const stream = "stf:stf_ana";
    const rows = await rowsOf(stream);
    const victim = rows[2];
    if (!victim) throw new Error("need rows");
    for (const forge of [(text: string) => sha256Hex(text), async (text: string) => (await hmacSigner("guessed-key")).sign(text)]) {
      let prevHash = rows[1]?.hash ?? "";
      const statements: string[] = [];
      for (const row of rows.slice(2)) {
        const edited = { ...row, prevHash, action: row.id === victim.id ? "note.delete" : row.action };
        const hash = await forge(auditHashInput(edited));
        statements.push(
          `UPDATE audit_log SET action = ${q(edited.action)}, prev_hash = ${q(prevHash)}, hash = ${q(hash)} WHERE id = ${q(row.id)}`,
        );
        prevHash = hash;
      }
      const originals = rows
        .slice(2)
        .map(
          (r) => `UPDATE audit_log SET action = ${q(r.action)}, prev_hash = ${q(r.prevHash)}, hash = ${q(r.hash)} WHERE id = ${q(r.id)}`,
        );
      await bypassingTriggers(...statements);
      const verdict = await verify();
      expect(verdict.ok).toBe(false);
      // Every recomputed row fails its keyed hash; the links all hold, so nothing else is reported.
      expect(verdict.problems.map((p) => [p.kind, p.streamSeq])).toEqual(rows.slice(2).map((r) => ["edited", r.streamSeq]));
      await bypassingTriggers(...originals);
    }
    expect((await verify()).ok).toBe(true);
  });

  it("catches a tail rewritten WITH the key once a checkpoint recorded it, and a tail cut with the high-water mark reset", async () => {
    const checkpoint = await writeCheckpoint(db, await signer(), ORG, 1_800_000_500_000);
    expect(checkpoint?.seq).toBe(1);
    const stream = "cus:cus_0002";
    const rows = await rowsOf(stream);
    const last = rows.at(-1);
    if (!last || rows.length < 4) throw new Error("need a longer stream");

    // An insider with the key rewrites the last two rows consistently: links and hashes all hold.
    const key = await signer();
    let prevHash = rows.at(-3)?.hash ?? "";
    const rewrite: string[] = [];
    for (const row of rows.slice(-2)) {
      const edited = { ...row, prevHash, outcome: "success" as const, details: "{}" };
      const hash = await key.sign(auditHashInput(edited));
      rewrite.push(
        `UPDATE audit_log SET outcome = 'success', details = '{}', prev_hash = ${q(prevHash)}, hash = ${q(hash)} WHERE id = ${q(row.id)}`,
      );
      prevHash = hash;
    }
    const restore = rows
      .slice(-2)
      .map(
        (r) =>
          `UPDATE audit_log SET outcome = ${q(r.outcome)}, details = ${q(r.details)}, prev_hash = ${q(r.prevHash)}, hash = ${q(r.hash)} WHERE id = ${q(r.id)}`,
      );
    await bypassingTriggers(...rewrite);
    const rewritten = await verify();
    expect(rewritten.problems).toEqual([expect.objectContaining({ kind: "rewritten", stream, streamSeq: last.streamSeq })]);
    await bypassingTriggers(...restore);

    // The globally newest rows cut, and SQLite's high-water mark set back so no hole shows.
    const maxSeq = Math.max(...(await db.all<{ seq: number }>(sql`SELECT seq FROM audit_log`)).map((r) => r.seq));
    const [newest] = await db.all<Raw>(sql`SELECT * FROM audit_log WHERE seq = ${maxSeq}`);
    if (!newest) throw new Error("no newest row");
    await bypassingTriggers(
      `DELETE FROM audit_log WHERE seq = ${maxSeq}`,
      `UPDATE sqlite_sequence SET seq = ${maxSeq - 1} WHERE name = 'audit_log'`,
    );
    const cut = await verify();
    expect(cut.problems).toEqual([expect.objectContaining({ kind: "truncated", stream: newest.stream, streamSeq: newest.stream_seq })]);
    const columns = COLUMNS.join(", ");
    await bypassingTriggers(`INSERT INTO audit_log (${columns}) VALUES (${COLUMNS.map((c) => q(newest[c])).join(", ")})`);
    expect((await verify()).ok).toBe(true);
  });

  it("catches checkpoints cut from the table only with the anchor kept outside the database", async () => {
    await commitWithAudit(db, await signer(), [
      {
        orgId: ORG,
        at: 1_800_000_900_000,
        actorId: "stf_ben",
        actorRole: "rep",
        action: "note.add",
        targetType: "customer",
        targetId: null,
        customerId: null,
        outcome: "success",
        ip: null,
        userAgent: null,
      },
    ]);
    const latest = await writeCheckpoint(db, await signer(), ORG, 1_800_000_900_001);
    if (!latest) throw new Error("no checkpoint");
    const anchor: Anchor = { orgId: ORG, seq: latest.seq, hash: latest.hash };
    expect(await verify([anchor])).toMatchObject({ ok: true });

    await bypassingTriggers(`DELETE FROM audit_checkpoints WHERE org_id = '${ORG}' AND seq = ${latest.seq}`);
    // The table alone still looks whole: the cut is only visible against the anchor.
    expect((await verify()).ok).toBe(true);
    expect((await verify([anchor])).problems).toEqual([expect.objectContaining({ kind: "checkpoints-cut", orgId: ORG })]);
  });
});
