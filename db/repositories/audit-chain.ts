// Verifies the stored audit log end to end: every stream's chain (links, keyed hashes, no gaps),
// every org's checkpoint chain, that each checkpointed head is still there unchanged, and, given an
// anchor kept outside the database, that no checkpoint was cut. Names each problem and where.
import { and, asc, eq, gt, or } from "drizzle-orm";
import type { Database } from "../client";
import { sha256Hex } from "../crypto";
import { auditLog } from "../schema";
import { type AuditRow, type AuditSigner, auditHashInput, GENESIS_HASH, lastIssuedAuditSeq, legacyHashInput } from "./audit";
import { type CheckpointHead, type CheckpointRow, checkpointHashInput, checkpointsOf } from "./audit-checkpoints";

export type ProblemKind =
  | "edited" // a row's content no longer matches its keyed hash
  | "unknown-key" // a row or checkpoint signed with a key the verifier was not given
  | "broken-link" // a row's prev_hash is not the previous row's hash
  | "gap" // rows missing inside a stream
  | "truncated" // a stream ends before a head a checkpoint recorded
  | "rewritten" // a checkpointed row is there but differs from what the checkpoint recorded
  | "checkpoint-forged" // a checkpoint's signature or link does not hold
  | "checkpoints-cut" // the anchor outside the database knows a newer checkpoint than the table has
  | "missing" // a global seq with no row: a row was deleted (commits never leave holes)
  | "cut-from-end"; // rows removed from the end of the log (SQLite's high-water mark is higher)

export interface Problem {
  kind: ProblemKind;
  /** The row's global seq (for "missing" and "cut-from-end", the first one gone). */
  seq?: number;
  stream?: string;
  /** The row's place in its stream (for "gap" and "truncated", the first one gone). */
  streamSeq?: number;
  orgId?: string;
  message: string;
}

export interface Verdict {
  ok: boolean;
  rows: number;
  streams: number;
  checkpoints: number;
  problems: Problem[];
}

/** The latest checkpoint of an org as kept outside the database. */
export interface Anchor {
  orgId: string;
  seq: number;
  hash: string;
}

/** Rows in (stream, stream_seq) order, page by page. */
export async function* storedAuditRows(db: Database, orgId?: string, pageSize = 1_000): AsyncGenerator<AuditRow> {
  let after: { stream: string; streamSeq: number } | null = null;
  for (;;) {
    const page: AuditRow[] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          orgId === undefined ? undefined : eq(auditLog.orgId, orgId),
          after === null
            ? undefined
            : or(gt(auditLog.stream, after.stream), and(eq(auditLog.stream, after.stream), gt(auditLog.streamSeq, after.streamSeq))),
        ),
      )
      .orderBy(asc(auditLog.stream), asc(auditLog.streamSeq))
      .limit(pageSize);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = { stream: last.stream, streamSeq: last.streamSeq };
  }
}

async function rowHashHolds(row: AuditRow, signers: Map<string, AuditSigner>): Promise<boolean | "unknown-key"> {
  if (row.keyId === null) return (await sha256Hex(legacyHashInput(row))) === row.hash;
  const signer = signers.get(row.keyId);
  if (!signer) return "unknown-key";
  const { seq: _seq, hash, keyId: _keyId, ...rest } = row;
  return (await signer.sign(auditHashInput(rest))) === hash;
}

/** Checks each org's checkpoint chain; answers the checkpointed heads per stream. */
async function verifyCheckpoints(
  checkpoints: CheckpointRow[],
  signers: Map<string, AuditSigner>,
  anchors: Anchor[],
  problems: Problem[],
): Promise<Map<string, { streamSeq: number; hash: string; checkpoint: number }[]>> {
  const expected = new Map<string, { streamSeq: number; hash: string; checkpoint: number }[]>();
  const lastByOrg = new Map<string, CheckpointRow>();
  for (const cp of checkpoints) {
    const prev = lastByOrg.get(cp.orgId);
    const signer = signers.get(cp.keyId);
    const { hash, keyId: _k, ...rest } = cp;
    if (!signer)
      problems.push({
        kind: "unknown-key",
        orgId: cp.orgId,
        message: `checkpoint ${cp.seq} of ${cp.orgId} is signed with key ${cp.keyId}, which was not given`,
      });
    else if ((await signer.sign(checkpointHashInput(rest))) !== hash)
      problems.push({
        kind: "checkpoint-forged",
        orgId: cp.orgId,
        message: `checkpoint ${cp.seq} of ${cp.orgId} does not match its signature`,
      });
    if (cp.seq !== (prev?.seq ?? 0) + 1 || cp.prevHash !== (prev?.hash ?? GENESIS_HASH))
      problems.push({
        kind: "checkpoint-forged",
        orgId: cp.orgId,
        message: `checkpoint ${cp.seq} of ${cp.orgId} does not follow checkpoint ${prev?.seq ?? 0}`,
      });
    lastByOrg.set(cp.orgId, cp);
    for (const [stream, streamSeq, headHash] of JSON.parse(cp.heads) as CheckpointHead[]) {
      const list = expected.get(stream) ?? [];
      list.push({ streamSeq, hash: headHash, checkpoint: cp.seq });
      expected.set(stream, list);
    }
  }
  for (const anchor of anchors) {
    const last = lastByOrg.get(anchor.orgId);
    if (!last || last.seq < anchor.seq)
      problems.push({
        kind: "checkpoints-cut",
        orgId: anchor.orgId,
        message: `the anchor holds checkpoint ${anchor.seq} of ${anchor.orgId}, the table ends at ${last?.seq ?? 0}: checkpoints were removed`,
      });
    else if (last.seq === anchor.seq && last.hash !== anchor.hash)
      problems.push({
        kind: "checkpoints-cut",
        orgId: anchor.orgId,
        message: `checkpoint ${anchor.seq} of ${anchor.orgId} differs from the anchor`,
      });
  }
  return expected;
}

/** Walks every stream and checkpoint; a problem list naming each break (empty when all holds). */
export async function verifyAuditLog(input: {
  rows: AsyncIterable<AuditRow> | Iterable<AuditRow>;
  checkpoints: CheckpointRow[];
  signers: AuditSigner[];
  anchors?: Anchor[];
  lastIssuedSeq?: number;
}): Promise<Verdict> {
  const signers = new Map(input.signers.map((s) => [s.keyId, s]));
  const problems: Problem[] = [];
  const expected = await verifyCheckpoints(input.checkpoints, signers, input.anchors ?? [], problems);
  const seenStreams = new Set<string>();
  let n = 0;
  let maxSeq = 0;
  let stream: string | null = null;
  // Commits never leave holes in the global seq (a rolled-back batch gives its seq back), so with the
  // high-water mark known, every seq from 1 to it must be seen: a hole is a deleted row.
  const seen = input.lastIssuedSeq !== undefined ? new Uint8Array(input.lastIssuedSeq + 1) : null;
  let prev = { streamSeq: 0, hash: GENESIS_HASH };
  const closeStream = (name: string, last: { streamSeq: number }) => {
    for (const head of expected.get(name) ?? [])
      if (head.streamSeq > last.streamSeq)
        problems.push({
          kind: "truncated",
          stream: name,
          streamSeq: last.streamSeq + 1,
          message: `stream ${name} ends at row ${last.streamSeq}, but checkpoint ${head.checkpoint} recorded row ${head.streamSeq}: rows were cut from its end`,
        });
  };
  for await (const row of input.rows) {
    n++;
    maxSeq = Math.max(maxSeq, row.seq);
    if (row.stream !== stream) {
      if (stream !== null) closeStream(stream, prev);
      stream = row.stream;
      seenStreams.add(stream);
      prev = { streamSeq: 0, hash: GENESIS_HASH };
    }
    if (seen && row.seq > 0 && row.seq < seen.length) seen[row.seq] = 1;
    const at = { seq: row.seq, stream: row.stream, streamSeq: row.streamSeq };
    if (row.streamSeq !== prev.streamSeq + 1)
      problems.push({
        kind: "gap",
        stream: row.stream,
        streamSeq: prev.streamSeq + 1,
        message: `stream ${row.stream}: rows ${prev.streamSeq + 1}..${row.streamSeq - 1} are missing`,
      });
    else if (row.prevHash !== prev.hash)
      problems.push({
        kind: "broken-link",
        ...at,
        message: `stream ${row.stream} row ${row.streamSeq} does not link to the row before it`,
      });
    const holds = await rowHashHolds(row, signers);
    if (holds === "unknown-key")
      problems.push({
        kind: "unknown-key",
        ...at,
        message: `stream ${row.stream} row ${row.streamSeq} is signed with key ${row.keyId}, which was not given`,
      });
    else if (!holds)
      problems.push({
        kind: "edited",
        ...at,
        message: `stream ${row.stream} row ${row.streamSeq} (seq ${row.seq}) does not match its hash: it was edited`,
      });
    for (const head of expected.get(row.stream) ?? [])
      if (head.streamSeq === row.streamSeq && head.hash !== row.hash)
        problems.push({
          kind: "rewritten",
          ...at,
          message: `stream ${row.stream} row ${row.streamSeq} differs from what checkpoint ${head.checkpoint} recorded: the tail was rewritten`,
        });
    prev = { streamSeq: row.streamSeq, hash: row.hash };
  }
  if (stream !== null) closeStream(stream, prev);
  for (const name of expected.keys()) if (!seenStreams.has(name)) closeStream(name, { streamSeq: 0 });
  if (seen) {
    for (let seq = 1; seq <= Math.min(maxSeq, seen.length - 1); seq++)
      if (!seen[seq]) problems.push({ kind: "missing", seq, message: `the row with seq ${seq} was deleted` });
    if (input.lastIssuedSeq !== undefined && input.lastIssuedSeq > maxSeq)
      problems.push({
        kind: "cut-from-end",
        seq: maxSeq + 1,
        message: `rows with seq ${maxSeq + 1}..${input.lastIssuedSeq} were removed from the end of the log`,
      });
  }
  return { ok: problems.length === 0, rows: n, streams: seenStreams.size, checkpoints: input.checkpoints.length, problems };
}

/**
 * The whole log, or one org's streams and checkpoints. The high-water mark is read first, so rows
 * appended while we walk are not mistaken for cuts (it is global, so one org's walk leaves it out).
 */
export async function verifyStoredAuditLog(db: Database, signers: AuditSigner[], anchors: Anchor[] = [], orgId?: string): Promise<Verdict> {
  const lastIssuedSeq = orgId === undefined ? await lastIssuedAuditSeq(db) : undefined;
  const checkpoints = await checkpointsOf(db, orgId);
  return verifyAuditLog({ rows: storedAuditRows(db, orgId), checkpoints, signers, anchors, lastIssuedSeq });
}

export function describeVerdict(verdict: Verdict): string {
  const counts = `${verdict.rows} row(s) in ${verdict.streams} stream(s), ${verdict.checkpoints} checkpoint(s)`;
  if (verdict.ok) return `audit log intact: ${counts} verified`;
  return [
    `audit log BROKEN: ${verdict.problems.length} problem(s) in ${counts}`,
    ...verdict.problems.map((p) => `  ${p.kind}: ${p.message}`),
  ].join("\n");
}
