// What a lock decision leaves in the system of record: the account's lock epoch, ownership session
// rows, feed items, audit rows and a takeover's note. Built when the room decides (every id fixed
// then), kept in the room's storage in the same write as the lock, and applied to the database
// afterwards, possibly more than once: applying is idempotent (see RoomRecords). The account's kind
// (its tables) decides where each record goes.
import type { LockEvent, ReleaseReason } from "../../core/domain/lock";
import { redactFreeText } from "../../core/domain/redaction";
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import {
  type AccountActivity,
  type AccountNote,
  type AccountTables,
  accountRecordStatements,
  type OwnershipStart,
} from "../../db/repositories/account-records";
import type { AuditEntry, Statement } from "../../db/repositories/audit";
import type { InteractionEnd } from "./interaction-ends";

type Step = { kind: "epoch"; token: number } | { kind: "start"; row: OwnershipStart } | { kind: "end"; at: number; reason: ReleaseReason };

/** A decision's records, JSON-safe (they wait in Durable Object storage until applied). */
export interface LockRecord {
  id: string;
  accountId: string;
  steps: Step[];
  notes: AccountNote[];
  activity: AccountActivity[];
  /** Every entry has its id: the first one's presence in the log says the record was applied. */
  audit: (AuditEntry & { id: string })[];
  /** Process-monitor interactions the decision ended (party/room/interactions.ts), classified when applied. */
  interactions?: InteractionEnd[];
}

const RELEASE_SUMMARY: Record<ReleaseReason, (name: string, by: string | null) => string> = {
  released: (name) => `${name} released ownership`,
  expired: (name) => `${name}'s ownership expired`,
  idle: (name) => `${name}'s ownership ended after inactivity`,
  "taken-over": (name, by) => `${by ?? "A lead"} took over from ${name}`,
  "handed-off": (name) => `${name} handed the account off`,
  "signed-out": (name) => `${name} signed out; ownership ended`,
};

/** The records of a decision's grants and releases; null when it has none (denials, renewals, warnings). */
export function lockRecord(
  events: LockEvent[],
  meta: { accountId: string; orgId: string },
  tables: Pick<AccountTables, "auditTarget">,
  now: number,
): LockRecord | null {
  const record: LockRecord = { id: newId("rec"), accountId: meta.accountId, steps: [], notes: [], activity: [], audit: [] };
  for (const event of events) {
    if (event.type !== "granted" && event.type !== "released") continue;
    if (event.type === "granted") {
      record.steps.push({ kind: "epoch", token: event.token });
      record.steps.push({
        kind: "start",
        row: {
          id: `own_${meta.accountId}_${event.token}`,
          orgId: meta.orgId,
          accountId: meta.accountId,
          staffId: event.owner.staffId,
          teamId: event.owner.teamId,
          token: event.token,
          startedAt: now,
          startedBy: event.reason,
          waitedMs: event.handoff ? now - event.handoff.requestedAt : null,
        },
      });
    } else {
      record.steps.push({ kind: "end", at: now, reason: event.reason });
    }
    const reasonNote = event.type === "granted" && event.reason === "takeover" && event.note ? redactFreeText(event.note, now) : null;
    const summary =
      event.type === "granted"
        ? event.reason === "takeover"
          ? `${event.owner.name} took over ownership: ${reasonNote ?? ""}`
          : event.reason === "handoff"
            ? `${event.owner.name} took ownership by handoff`
            : `${event.owner.name} took ownership`
        : RELEASE_SUMMARY[event.reason](event.previous.name, event.by?.name ?? null);
    const person = event.type === "granted" ? event.owner : (event.by ?? event.previous);
    record.activity.push({
      id: newId("act"),
      orgId: meta.orgId,
      accountId: meta.accountId,
      kind: "lock",
      summary,
      data: JSON.stringify(
        event.type === "granted"
          ? { event: "granted", reason: event.reason, token: event.token }
          : { event: "released", reason: event.reason },
      ),
      actorId: person.staffId,
      actorName: person.name,
      at: now,
    });
    record.audit.push({
      id: newId("aud"),
      orgId: meta.orgId,
      at: now,
      actorId: person.staffId,
      actorRole: person.role,
      action: event.type === "granted" ? (event.reason === "takeover" ? "lock.takeover" : "lock.grant") : "lock.release",
      ...tables.auditTarget(meta.accountId),
      outcome: "success",
      ip: null,
      userAgent: null,
      details: event.type === "granted" ? { token: event.token, reason: event.reason } : { reason: event.reason },
    });
    if (reasonNote !== null && event.type === "granted") {
      record.notes.push({
        id: newId("not"),
        orgId: meta.orgId,
        accountId: meta.accountId,
        authorId: event.owner.staffId,
        authorName: event.owner.name,
        kind: "manual",
        category: "general",
        action: "lock.takeover",
        text: reasonNote,
        immutable: true,
        createdAt: now,
      });
    }
  }
  return record.audit.length > 0 ? record : null;
}

/**
 * A record saved before accounts had kinds named its account `customerId` (and so did its rows):
 * read either, so records waiting in storage across that deploy still apply.
 */
function normalized(record: LockRecord): LockRecord {
  type Legacy = { accountId?: string; customerId?: string };
  const id = <T extends Legacy>(row: T) => {
    const { customerId, ...rest } = row;
    return { ...rest, accountId: row.accountId ?? customerId ?? "" } as T & { accountId: string };
  };
  const legacy = record as LockRecord & Legacy;
  if (legacy.accountId && !legacy.customerId) return record;
  return {
    ...record,
    accountId: legacy.accountId ?? legacy.customerId ?? "",
    steps: record.steps.map((step) => (step.kind === "start" ? { ...step, row: id(step.row) } : step)),
    notes: record.notes.map(id),
    activity: record.activity.map(id),
  };
}

/** The database statements of a record, in the order of its events (a takeover ends one session, then starts one). */
export function lockRecordStatements(db: Database, tables: AccountTables, stored: LockRecord): Statement[] {
  const record = normalized(stored);
  const steps = record.steps.map((step) => {
    if (step.kind === "epoch") return tables.raiseEpoch(db, record.accountId, step.token);
    if (step.kind === "start") return tables.startOwnership(db, step.row);
    return tables.endOwnership(db, record.accountId, step.at, step.reason);
  });
  return [
    ...steps,
    ...record.notes.flatMap((note) => accountRecordStatements(db, tables, { note })),
    ...record.activity.flatMap((activity) => accountRecordStatements(db, tables, { activity })),
  ];
}
