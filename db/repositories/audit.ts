// The append-only audit log: one hash chain per stream (a customer's room, or one person's actions
// outside rooms), each row keyed with HMAC-SHA256, so writers of different streams never contend
// and nobody without the key can edit a row and recompute the tail. The audit row commits in the
// same batch as the change it records.
import { and, count, desc, eq, gt, sql } from "drizzle-orm";
import { type Database, errorText } from "../client";
import { hmacSha256Hex, importHmacKey, newId, sha256Hex } from "../crypto";
import { auditLog } from "../schema";
import { batchAll, type Statement, sharedBatchesOf } from "../shared-batches";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  /** Stable id for records that may be written twice (a room re-draining after a crash); new otherwise. */
  id?: string;
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

export type { Statement };
export type AuditRow = typeof auditLog.$inferSelect;
export type AuditRowInsert = Omit<AuditRow, "seq">;
export interface StreamHead {
  streamSeq: number;
  hash: string;
}

/** Signs audit rows and checkpoints. `keyId` is stored on each row so a verifier knows which key. */
export interface AuditSigner {
  keyId: string;
  sign(text: string): Promise<string>;
}

/** Used when no AUDIT_HMAC_KEY is configured and the Worker runs in dev mode (never in production). */
export const DEV_AUDIT_KEY = "tandem-dev-audit-key (not secret: local demo and tests only)";

export async function hmacSigner(secret: string): Promise<AuditSigner> {
  const key = await importHmacKey(secret);
  // The id names the key without revealing it: a prefix of the hash of a high-entropy secret.
  const keyId = secret === DEV_AUDIT_KEY ? "dev" : `k-${(await sha256Hex(`tandem-audit-key-id:${secret}`)).slice(0, 12)}`;
  return { keyId, sign: (text) => hmacSha256Hex(key, text) };
}

const signers = new Map<string, Promise<AuditSigner>>();

/**
 * The signer for a deployment: `AUDIT_HMAC_KEY` (a Worker secret). Without one, only dev mode may run,
 * on the published dev key; anywhere else every audited write fails loudly rather than sign with it.
 */
export function auditSignerFor(config: { AUDIT_HMAC_KEY?: string; AUTH_MODE?: string }): Promise<AuditSigner> {
  const secret = config.AUDIT_HMAC_KEY || (config.AUTH_MODE === "dev" ? DEV_AUDIT_KEY : null);
  if (!secret) return Promise.reject(new Error("AUDIT_HMAC_KEY is not set: audited writes are refused until it is"));
  let signer = signers.get(secret);
  if (!signer) {
    signer = hmacSigner(secret);
    signers.set(secret, signer);
  }
  return signer;
}

/** The stream for what a signed-in person did outside a customer's room. */
export const staffStream = (staffId: string) => `stf:${staffId}`;
/** The stream a customer's room writes; nothing else appends to it. */
export const customerStream = (customerId: string) => `cus:${customerId}`;
/** The stream a merchant's room writes; nothing else appends to it. */
export const merchantStream = (merchantId: string) => `mer:${merchantId}`;
/** The stream a ticket's room writes; nothing else appends to it. */
export const ticketStream = (ticketId: string) => `tkt:${ticketId}`;
/** What a merchant portal user did (sign-ins, refusals, requests): their own stream. */
export const merchantUserStream = (merchantUserId: string) => `mu:${merchantUserId}`;

/** What a keyed row's hash covers: every column but the global seq and the hash, in a fixed order. */
export function auditHashInput(row: Omit<AuditRowInsert, "hash" | "keyId">): string {
  return JSON.stringify([
    row.id,
    row.stream,
    row.streamSeq,
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

/** What a legacy row's plain SHA-256 covered (rows written before streams; chained by global seq). */
export function legacyHashInput(row: AuditRow): string {
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

export async function streamHead(db: Database, stream: string): Promise<StreamHead> {
  const [head] = await db
    .select({ streamSeq: auditLog.streamSeq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.stream, stream))
    .orderBy(desc(auditLog.streamSeq))
    .limit(1);
  return head ?? { streamSeq: 0, hash: GENESIS_HASH };
}

export async function buildAuditRows(
  entries: AuditEntry[],
  stream: string,
  head: StreamHead,
  signer: AuditSigner,
): Promise<AuditRowInsert[]> {
  const rows: AuditRowInsert[] = [];
  let prev = head;
  for (const entry of entries) {
    const base = {
      id: entry.id ?? newId("aud"),
      stream,
      streamSeq: prev.streamSeq + 1,
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
    const hash = await signer.sign(auditHashInput(base));
    rows.push({ ...base, keyId: signer.keyId, hash });
    prev = { streamSeq: base.streamSeq, hash };
  }
  return rows;
}

/** Another writer appended to the same stream first (or an id was reused). */
export function isStreamConflict(error: unknown): boolean {
  return /UNIQUE constraint failed: audit_log\.(stream|id)/i.test(errorText(error));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries of one append when other writers keep taking the stream's next place. */
const STREAM_ATTEMPTS = 10;

/**
 * One stream's writer. Remembers the head it last wrote, so a single writer (a room) pays no read
 * per append; on a conflict (another writer, or a commit whose answer was lost) it reads the head
 * again and retries after a jittered pause. Appends through one instance run one at a time.
 */
export class AuditStream {
  private head: StreamHead | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `database` is asked on every attempt, so a writer that swaps its connection is followed. A
   * `shared` stream's batches may ride with other writers' (db/shared-batches.ts): rooms, whose
   * requests outlive their commits; a request of the Worker may be cut off while it leads a round.
   */
  constructor(
    private readonly database: () => Database,
    private readonly signer: AuditSigner,
    readonly stream: string,
    private readonly options: { shared?: boolean } = {},
  ) {}

  /** Runs `statements` (rebuilt per attempt) and appends `entries`, all in one atomic batch. */
  commit(entries: AuditEntry[], statements: () => Statement[] = () => []): Promise<AuditRowInsert[]> {
    const run = this.queue.then(() => this.commitNow(entries, statements));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async commitNow(entries: AuditEntry[], statements: () => Statement[]): Promise<AuditRowInsert[]> {
    for (let attempt = 1; ; attempt++) {
      const db = this.database();
      this.head ??= await streamHead(db, this.stream);
      const rows = await buildAuditRows(entries, this.stream, this.head, this.signer);
      const batch: Statement[] = [...statements(), ...rows.map((row) => db.insert(auditLog).values(row))];
      try {
        if (this.options.shared) await sharedBatchesOf(db).run(batch);
        else await batchAll(db, batch);
        const last = rows.at(-1);
        if (last) this.head = { streamSeq: last.streamSeq, hash: last.hash };
        return rows;
      } catch (error) {
        // Whatever happened, the head we hold may be wrong now: read it again next time.
        this.head = null;
        if (attempt >= STREAM_ATTEMPTS || !isStreamConflict(error)) throw error;
        await pause(Math.random() * Math.min(200, 2 ** attempt * 5));
      }
    }
  }
}

/** For writers outside rooms: append to `entries[0]`'s person's stream (or `stream`), retrying on conflict. */
export function commitWithAudit(
  db: Database,
  signer: AuditSigner,
  entries: AuditEntry[],
  statements: () => Statement[] = () => [],
  stream?: string,
): Promise<AuditRowInsert[]> {
  const first = entries[0];
  const target = stream ?? (first?.actorId ? staffStream(first.actorId) : `org:${first?.orgId ?? "none"}`);
  return new AuditStream(() => db, signer, target).commit(entries, statements);
}

export function appendAudit(db: Database, signer: AuditSigner, entry: AuditEntry, stream?: string): Promise<AuditRowInsert[]> {
  return commitWithAudit(db, signer, [entry], () => [], stream);
}

/** Whether rows with these ids are already in the log (a re-drained record was applied before). */
export async function auditIdExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.id, id)).limit(1);
  return !!row;
}

/** The newest committed row's global seq (exports page below it so rows appended meanwhile do not shift). */
export async function maxAuditSeq(db: Database): Promise<number> {
  const [row] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row?.seq ?? 0;
}

/** How many times a person did `action` since `since` (rate limits that are also records). */
export async function actionsSince(db: Database, actorId: string, action: string, since: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action), gt(auditLog.at, since)));
  return row?.n ?? 0;
}

/** Highest seq SQLite ever issued for audit_log (survives deletes). */
export async function lastIssuedAuditSeq(db: Database): Promise<number> {
  const rows = await db.all<{ seq: number }>(sql`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`);
  return rows[0]?.seq ?? 0;
}
