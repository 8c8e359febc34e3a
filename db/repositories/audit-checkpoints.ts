// Signed checkpoints of the audit log, per org: the head of every stream that moved since the last
// checkpoint, chained to the previous checkpoint and keyed. A tail cut or rewritten after a checkpoint
// no longer matches it; the latest checkpoint is also anchored outside the database.
import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { auditCheckpoints } from "../schema";
import { type AuditSigner, GENESIS_HASH } from "./audit";

export type CheckpointRow = typeof auditCheckpoints.$inferSelect;
/** [stream, streamSeq, hash] */
export type CheckpointHead = [string, number, string];

export function checkpointHashInput(row: Omit<CheckpointRow, "hash" | "keyId">): string {
  return JSON.stringify([row.orgId, row.seq, row.at, row.throughSeq, row.heads, row.prevHash]);
}

export async function latestCheckpoint(db: Database, orgId: string): Promise<CheckpointRow | null> {
  const [row] = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.orgId, orgId))
    .orderBy(desc(auditCheckpoints.seq))
    .limit(1);
  return row ?? null;
}

/** The head of every stream of the org with rows committed after `afterSeq` (global commit order). */
async function movedHeads(db: Database, orgId: string, afterSeq: number): Promise<{ heads: CheckpointHead[]; throughSeq: number }> {
  const rows = await db.all<{ stream: string; streamSeq: number; hash: string; seq: number }>(sql`
    SELECT a.stream AS stream, a.stream_seq AS streamSeq, a.hash AS hash, a.seq AS seq
    FROM audit_log a
    JOIN (SELECT stream, max(stream_seq) AS top FROM audit_log WHERE seq > ${afterSeq} AND org_id = ${orgId} GROUP BY stream) moved
      ON moved.stream = a.stream AND moved.top = a.stream_seq
    ORDER BY a.stream`);
  return {
    heads: rows.map((r) => [r.stream, r.streamSeq, r.hash]),
    throughSeq: rows.reduce((max, r) => Math.max(max, r.seq), afterSeq),
  };
}

/**
 * Writes the org's next checkpoint if any stream moved since the last one; answers it (or the last
 * one when nothing moved). One writer per org (its AuditAnchor) calls this, so seqs never collide.
 */
export async function writeCheckpoint(db: Database, signer: AuditSigner, orgId: string, now: number): Promise<CheckpointRow | null> {
  const last = await latestCheckpoint(db, orgId);
  const { heads, throughSeq } = await movedHeads(db, orgId, last?.throughSeq ?? 0);
  if (heads.length === 0) return last;
  const base = {
    orgId,
    seq: (last?.seq ?? 0) + 1,
    at: now,
    throughSeq,
    heads: JSON.stringify(heads),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const row: CheckpointRow = { ...base, keyId: signer.keyId, hash: await signer.sign(checkpointHashInput(base)) };
  await db.insert(auditCheckpoints).values(row);
  return row;
}

export async function checkpointsOf(db: Database, orgId?: string): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(auditCheckpoints)
    .where(orgId ? eq(auditCheckpoints.orgId, orgId) : undefined)
    .orderBy(auditCheckpoints.orgId, auditCheckpoints.seq);
}

/** Orgs with audit rows newer than their last checkpoint (what a scheduled checkpoint run visits). */
export async function orgsWithUncheckpointedRows(db: Database): Promise<string[]> {
  const rows = await db.all<{ orgId: string }>(sql`
    SELECT DISTINCT a.org_id AS orgId FROM audit_log a
    WHERE a.org_id IS NOT NULL AND a.stream <> 'legacy'
      AND a.seq > coalesce((SELECT max(c.through_seq) FROM audit_checkpoints c WHERE c.org_id = a.org_id), 0)`);
  return rows.map((r) => r.orgId);
}
