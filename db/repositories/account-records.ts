// The records every change to an account leaves besides the change itself: the note, the activity
// item (the live feed), and, for ownership, the session rows and the lock epoch that fences writes.
// An account is a customer or a merchant; `AccountTables` says where each kind keeps these records,
// so rooms and the mutation path are written once (docs/decisions/015-merchant-rooms.md).
// Callers commit them together with the audit row through the account's audit stream.
import type { ActivityRowLike } from "../../core/domain/feed";
import type { Database } from "../client";
import type { Statement } from "./audit";

export type AccountKindName = "customer" | "merchant" | "ticket";

export interface AccountNote {
  id: string;
  orgId: string;
  accountId: string;
  /** Null for system notes. */
  authorId: string | null;
  authorName: string;
  kind: "manual" | "automatic" | "system";
  category: string;
  action: string;
  text: string;
  immutable: boolean;
  createdAt: number;
}

/** Activity rows are written whole, so the same object becomes the feed item. */
export interface AccountActivity extends ActivityRowLike {
  orgId: string;
  accountId: string;
}

export type OwnershipEnd = "released" | "expired" | "idle" | "taken-over" | "handed-off" | "signed-out";

export interface OwnershipStart {
  /** `own_<accountId>_<token>`: one per grant. */
  id: string;
  orgId: string;
  accountId: string;
  staffId: string;
  teamId: string | null;
  token: number;
  startedAt: number;
  startedBy: "request" | "takeover" | "handoff";
  waitedMs: number | null;
}

/** Who is in an account's room, as the room last reported it (sign-out finds a person's rooms here). */
export interface PresenceRow {
  accountId: string;
  staffId: string;
  staffName: string;
  state: "viewing" | "editing" | "away";
  device: "phone" | "tablet" | "desktop";
  isOwner: boolean;
  since: number;
}

/** What a room needs to know about its account once: its name, team (floor reports), org and stored epoch. */
export interface AccountFacts {
  accountId: string;
  name: string;
  teamId: string | null;
  orgId: string;
  lockEpoch: number;
}

/** Where one kind of account keeps its records: the seam between the rooms and the tables. */
export interface AccountTables {
  readonly kind: AccountKindName;
  /** The action of the automatic "viewed" note. */
  readonly viewAction: string;
  /** The audit stream the account's room writes; nothing else appends to it. */
  stream(accountId: string): string;
  /** The audit row's target columns for a change to this account. */
  auditTarget(accountId: string): { targetType: string; targetId: string; customerId: string | null };
  facts(db: Database, accountId: string): Promise<AccountFacts | null>;
  /** Fails the whole batch (CHECK) unless the account's lock_epoch still equals the writer's token. */
  fence(db: Database, accountId: string, epoch: number): Statement;
  /** lock_epoch follows the room's token; never moves back (a re-drained grant is a no-op). */
  raiseEpoch(db: Database, accountId: string, token: number): Statement;
  startOwnership(db: Database, row: OwnershipStart): Statement;
  endOwnership(db: Database, accountId: string, at: number, reason: OwnershipEnd): Statement;
  insertNote(db: Database, note: AccountNote): Statement;
  insertActivity(db: Database, row: AccountActivity): Statement;
  noteExists(db: Database, noteId: string): Promise<boolean>;
  recentActivity(db: Database, accountId: string, limit: number): Promise<ActivityRowLike[]>;
  /** Whether this person's "viewed" note for the account is newer than `since`. */
  viewedSince(db: Database, staffId: string, accountId: string, since: number): Promise<boolean>;
  presenceArrival(db: Database, row: PresenceRow): Statement;
  replacePresence(db: Database, accountId: string, rows: PresenceRow[]): Promise<void>;
  roomsWithStaff(db: Database, staffId: string): Promise<string[]>;
}

export interface AccountRecord {
  /** The change itself (may be empty when the note is the change). */
  statements?: Statement[];
  note?: AccountNote;
  activity?: AccountActivity;
}

export function accountRecordStatements(db: Database, tables: AccountTables, record: AccountRecord): Statement[] {
  return [
    ...(record.statements ?? []),
    ...(record.note ? [tables.insertNote(db, record.note)] : []),
    ...(record.activity ? [tables.insertActivity(db, record.activity)] : []),
  ];
}
