// The room's side of the system of record: its audit stream (the room is its only writer), and the
// records of lock decisions waiting in storage until the database has them. A decision is saved with
// its records in one storage write; draining applies them in order, idempotently, and retries on an
// alarm when the database is away. Writes wait for the drain, so their fence sees the latest grant.
import type { Database } from "../../db/client";
import type { AccountTables } from "../../db/repositories/account-records";
import { type AuditSigner, AuditStream, auditIdExists } from "../../db/repositories/audit";
import { finishedInteractionStatements } from "../../db/repositories/monitor-records";
import { finishInteractions } from "./interaction-ends";
import { type LockRecord, lockRecordStatements } from "./lock-records";
import type { RoomStore } from "./store";

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 30_000;

export class RoomRecords {
  private stream: AuditStream | null = null;
  private draining: Promise<void> | null = null;
  private failures = 0;
  /** After a wake-up or a failure, a record may already be in the database: look before applying. */
  private mayBeApplied = true;

  constructor(
    private readonly store: RoomStore,
    private readonly db: () => Database,
    private readonly signer: () => Promise<AuditSigner>,
    private readonly tables: AccountTables,
    private readonly accountId: string,
    private readonly onApplied: (record: LockRecord) => void,
    private readonly wakeAt: (at: number) => Promise<void>,
  ) {}

  /** The account's audit stream; every audited write of this room goes through it, one at a time. */
  async audit(): Promise<AuditStream> {
    this.stream ??= new AuditStream(this.db, await this.signer(), this.tables.stream(this.accountId), { shared: true });
    return this.stream;
  }

  /** Applies every waiting record, oldest first; rejects (leaving the rest waiting) if the database fails. */
  drain(): Promise<void> {
    this.draining ??= this.drainAll().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Drains; on failure, books an alarm to try again with backoff (never rejects). */
  drainOrRetry(): Promise<void> {
    return this.drain().catch((error: unknown) => this.scheduleRetry(error));
  }

  async hasPending(): Promise<boolean> {
    return (await this.store.pendingRecords()).length > 0;
  }

  private async scheduleRetry(error: unknown): Promise<void> {
    const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(this.failures, 10));
    console.error(
      JSON.stringify({ level: "warn", msg: "room records not yet applied", room: this.accountId, retryInMs: delay, error: String(error) }),
    );
    await this.wakeAt(Date.now() + delay);
  }

  private async drainAll(): Promise<void> {
    for (;;) {
      const pending = await this.store.pendingRecords();
      if (pending.length === 0) return;
      for (const [key, record] of pending) {
        try {
          await this.apply(record);
        } catch (error) {
          this.failures++;
          this.mayBeApplied = true;
          throw error;
        }
        this.failures = 0;
        await this.store.dropRecord(key);
        this.onApplied(record);
      }
      this.mayBeApplied = false;
    }
  }

  private async apply(record: LockRecord): Promise<void> {
    const db = this.db();
    const [first] = record.audit;
    // Audit rows commit in the same batch as the rest: one of them present means all of it is.
    if (this.mayBeApplied && first && (await auditIdExists(db, first.id))) return;
    // Interactions the decision ended are classified against the processes in effect when they started.
    const finished = await finishInteractions(db, record.interactions ?? []);
    await (await this.audit()).commit(record.audit, () => [
      ...lockRecordStatements(db, this.tables, record),
      ...finished.flatMap((f) => finishedInteractionStatements(db, f)),
    ]);
  }
}
