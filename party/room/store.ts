// The room's own durable state: the lock (re-read on every path that changes data), the records of
// its decisions not yet in the database, and a few facts about the account and its floors.
import { EMPTY_LOCK, type LockState } from "../../core/domain/lock";
import type { Database } from "../../db/client";
import type { AccountTables } from "../../db/repositories/account-records";
import type { LockRecord } from "./lock-records";

export interface RoomMeta {
  accountId: string;
  name: string;
  /** The team that serves the account (customers' floors); null for merchants. */
  teamId: string | null;
  orgId: string;
}

/** Kept under its own key: rooms that remembered the older, customer-only shape read their facts again once. */
const META_KEY = "account-meta";

export class RoomStore {
  constructor(private readonly storage: DurableObjectStorage) {}

  /** A room that never granted starts its tokens above the account's stored lock_epoch. */
  async lock(): Promise<LockState> {
    return (await this.storage.get<LockState>("lock")) ?? { ...EMPTY_LOCK, token: (await this.storage.get<number>("epochFloor")) ?? 0 };
  }

  /**
   * The lock and the records its decision implies, in one storage write: both survive, or neither.
   * `with`: other keys the same decision changed (the interactions it started or ended).
   */
  async saveLock(state: LockState, record: LockRecord | null = null, with_: Record<string, unknown> = {}): Promise<void> {
    if (!record) {
      await this.storage.put({ ...with_, lock: state });
      return;
    }
    const seq = ((await this.storage.get<number>("recordSeq")) ?? 0) + 1;
    await this.storage.put({ ...with_, lock: state, recordSeq: seq, [`record:${String(seq).padStart(12, "0")}`]: record });
  }

  /** Records not yet in the database, oldest first. */
  async pendingRecords(): Promise<[string, LockRecord][]> {
    return [...(await this.storage.list<LockRecord>({ prefix: "record:" }))];
  }

  async dropRecord(key: string): Promise<void> {
    await this.storage.delete(key);
  }

  async rememberMeta(meta: RoomMeta, lockEpoch?: number): Promise<void> {
    await this.storage.put(META_KEY, meta);
    if (lockEpoch !== undefined && (await this.storage.get("lock")) === undefined) await this.storage.put("epochFloor", lockEpoch);
  }

  /** Account facts for feed rows and floor reports; read from the database once. */
  async meta(db: Database, tables: AccountTables, accountId: string): Promise<RoomMeta | null> {
    const cached = await this.storage.get<RoomMeta>(META_KEY);
    if (cached) return cached;
    const row = await tables.facts(db, accountId);
    if (!row) return null;
    const { lockEpoch, ...meta } = row;
    await this.rememberMeta(meta, lockEpoch);
    return meta;
  }

  async floorTeams(): Promise<string[]> {
    return (await this.storage.get<string[]>("floorTeams")) ?? [];
  }

  async saveFloorTeams(teams: string[]): Promise<void> {
    await this.storage.put("floorTeams", teams);
  }
}
