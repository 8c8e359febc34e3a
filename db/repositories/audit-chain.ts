// Reads the stored audit chain in order, page by page, and verifies it end to end.
import { asc, gt } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog } from "../schema";
import { type AuditRow, type ChainVerdict, lastIssuedAuditSeq, verifyAuditChain } from "./audit";

export async function* storedAuditRows(db: Database, pageSize = 1_000): AsyncGenerator<AuditRow> {
  // No lower bound on the first page: a row moved to seq <= 0 must be read, not skipped.
  let after: number | null = null;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(after === null ? undefined : gt(auditLog.seq, after))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

/** The high-water mark is read first, so rows appended while we walk are not mistaken for cuts. */
export async function verifyStoredChain(db: Database, pageSize?: number): Promise<ChainVerdict> {
  const lastIssued = await lastIssuedAuditSeq(db);
  return verifyAuditChain(storedAuditRows(db, pageSize), lastIssued);
}

export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.ok
    ? `audit chain intact: ${verdict.rows} row(s) verified`
    : `audit chain BROKEN at seq ${verdict.brokenAt}: ${verdict.reason} (${verdict.rows} row(s) read)`;
}
