// The hash-chained audit log: every row carries the previous row's hash and its own.
// Appends race on the `seq` primary key: a writer that lost the race rebuilds and retries,
// so the chain never forks and the audit row commits in the same batch as the change.
import { desc, sql } from "drizzle-orm";
import { type Database, errorText } from "../client";
import { auditLog } from "../schema";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  orgId: string | null;
  at: number;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  customerId: string | null;
  outcome: "success" | "failure" | "denied";
  ip: string | null;
  userAgent: string | null;
  details?: Record<string, unknown>;
}

export type AuditRow = typeof auditLog.$inferSelect;
type Statement = Parameters<Database["batch"]>[0][number];

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** What the hash covers: every column but the hash itself, in a fixed order. */
export function auditHashInput(row: Omit<AuditRow, "hash">): string {
  return JSON.stringify([
    row.seq,
    row.id,
    row.orgId,
    row.at,
    row.actorId,
    row.actorRole,
    row.action,
    row.targetType,
    row.targetId,
    row.customerId,
    row.outcome,
    row.ip,
    row.userAgent,
    row.details,
    row.prevHash,
  ]);
}

export async function chainHead(db: Database): Promise<{ seq: number; hash: string }> {
  const [head] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

export async function buildAuditRows(entries: AuditEntry[], head: { seq: number; hash: string }): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let prev = head;
  for (const entry of entries) {
    const seq = prev.seq + 1;
    const base = {
      seq,
      id: `aud_${seq}_${crypto.randomUUID().slice(0, 8)}`,
      orgId: entry.orgId,
      at: entry.at,
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      customerId: entry.customerId,
      outcome: entry.outcome,
      ip: entry.ip,
      userAgent: entry.userAgent,
      details: JSON.stringify(entry.details ?? {}),
      prevHash: prev.hash,
    };
    const hash = await sha256Hex(auditHashInput(base));
    rows.push({ ...base, hash });
    prev = { seq, hash };
  }
  return rows;
}

function isSeqConflict(error: unknown): boolean {
  const text = errorText(error);
  return /UNIQUE constraint failed: audit_log\.(seq|id)|PRIMARY KEY/i.test(text);
}

/**
 * Runs `statements` and appends `entries` to the audit chain in one atomic batch.
 * `statements` is rebuilt on every attempt, so it may depend on fresh reads.
 */
export async function commitWithAudit(
  db: Database,
  entries: AuditEntry[],
  statements: () => Statement[] = () => [],
  attempts = 8,
): Promise<AuditRow[]> {
  for (let attempt = 1; ; attempt++) {
    const rows = await buildAuditRows(entries, await chainHead(db));
    const batch: Statement[] = [...statements(), ...rows.map((row) => db.insert(auditLog).values(row))];
    const [first, ...rest] = batch;
    try {
      if (first) await db.batch([first, ...rest]);
      return rows;
    } catch (error) {
      if (attempt >= attempts || !isSeqConflict(error)) throw error;
    }
  }
}

/** Highest seq SQLite ever issued for audit_log (survives deletes). */
export async function lastIssuedAuditSeq(db: Database): Promise<number> {
  const rows = await db.all<{ seq: number }>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  return rows[0]?.seq ?? 0;
}

export function appendAudit(db: Database, entry: AuditEntry): Promise<AuditRow[]> {
  return commitWithAudit(db, [entry]);
}

export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

/**
 * Walks the chain in order; returns the first row whose hash or link does not hold.
 * `lastIssuedSeq` (SQLite's AUTOINCREMENT high-water mark) exposes rows cut from the end.
 */
export async function verifyAuditChain(rows: AsyncIterable<AuditRow> | Iterable<AuditRow>, lastIssuedSeq?: number): Promise<ChainVerdict> {
  let prev = { seq: 0, hash: GENESIS_HASH };
  let n = 0;
  for await (const row of rows) {
    n++;
    if (row.seq !== prev.seq + 1) return { ok: false, rows: n, brokenAt: row.seq, reason: `missing row(s) before seq ${row.seq}` };
    if (row.prevHash !== prev.hash) return { ok: false, rows: n, brokenAt: row.seq, reason: "link to the previous row does not match" };
    const { hash, ...rest } = row;
    if ((await sha256Hex(auditHashInput(rest))) !== hash)
      return { ok: false, rows: n, brokenAt: row.seq, reason: "row content does not match its hash" };
    prev = { seq: row.seq, hash };
  }
  if (lastIssuedSeq !== undefined && lastIssuedSeq > prev.seq) {
    return { ok: false, rows: n, brokenAt: prev.seq + 1, reason: `rows ${prev.seq + 1}..${lastIssuedSeq} were removed from the end` };
  }
  return { ok: true, rows: n };
}
