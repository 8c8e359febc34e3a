// The contract between an account room's mutation path and each command it runs (customers' here,
// merchants' in party/merchant-commands/). A handler decides what to write; the room checks
// permission and ownership, then commits the handler's statements, the note, the activity item and
// the audit row in ONE batch (guarded by the lock epoch when ownership is required) and broadcasts.
import type { Actor } from "../../core/domain/actor";
import type { CustomerRecord } from "../../core/domain/customer-view";
import type { OutboundTopic } from "../../core/domain/integrations";
import type { Permission } from "../../core/domain/permissions";
import type { JsonValue } from "../../core/protocol/commands";
import type { AppError } from "../../core/protocol/errors";
import type { ActivityKind, RecordKind } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import type { Statement } from "../../db/repositories/audit";
import type { EntitiesRead } from "../../db/repositories/integration-entities";

/** What the repositories' statement builders return: one statement of a batch, not yet run. */
export type { Statement };

/** What every handler gets, whatever the account. */
export interface BaseContext {
  db: Database;
  actor: Actor;
  now: number;
  /** The org's time zone (IANA), and today's date there: every "today" and due date is the org's. */
  timeZone: string;
  today: string;
  /** A fresh unique id with the given prefix, e.g. id("not") -> "not_3f9c...". */
  id: (prefix: string) => string;
  /** Where the request came from, for audit rows. */
  origin: { ip: string | null; userAgent: string | null };
  /**
   * In a group of commands (party/mutation-group.ts `runMutationGroup`): back-end records as the group
   * sees them, read ahead in one round trip and moved by the group's earlier plans (whose batch may
   * not have committed yet). Planners read these first; a record not here is read from the database.
   */
  staged?: StagedEntities;
}

/** Back-end records by `entityKey(entityType, externalId)`: Tandem's record and version, or null for none yet. */
export type StagedEntities = EntitiesRead;

export interface CommandContext extends BaseContext {
  /** The customer row as stored, read just before planning. */
  customer: CustomerRecord;
}

export interface CommandPlan {
  /** The change itself (may be empty when the note is the change). */
  statements: Statement[];
  /** The rep's note: every change carries one. `kind` defaults to "manual". */
  note: { text: string; category: string; action: string; kind?: "manual" | "system"; id?: string };
  /** The feed item every open screen receives. */
  activity: { kind: ActivityKind; summary: string; data?: Record<string, unknown> };
  /** The audit row; who/when/where/outcome are filled in by the room. */
  audit: { action: string; targetType: string; targetId: string | null; details?: Record<string, unknown> };
  /** Returned to the caller only (e.g. a one-time card number); never broadcast, never logged. */
  reply?: { [key: string]: JsonValue };
  /** The account's own row changed: viewers get it again (`customer-updated`, `merchant-updated`) masked for their role. */
  accountChanged?: boolean;
  /**
   * Statements that fail the whole batch when a limit is reached (a CHECK named `constraint`); the
   * refusal is then `error`. They run first, in the same transaction, so checking and counting are one.
   */
  guards?: { statement: Statement; constraint: string; error: AppError }[];
  /** Other records changed: viewers get `record-changed` frames to reload them. */
  recordsChanged?: { record: RecordKind; id: string }[];
  /**
   * Work queues moved (a callback scheduled, moved or done): the floors of these teams tell their
   * call lists and dashboards, naming the people whose own lists changed (accounts whose kind has floors).
   */
  queues?: { queue: "callbacks"; teamIds: string[]; staffIds: string[] };
  /**
   * Changes the org's back ends must hear of: one outbox row per endpoint that takes the topic
   * (core/domain/integrations.ts `outboundKinds`), written in this same batch, sent after it.
   */
  outbound?: OutboundChange[];
}

export interface OutboundChange {
  topic: OutboundTopic;
  /** The item the rep sees it on (its sync state): a payment, a promise, the customer, an order, a loan. */
  record: { type: "payment" | "promise" | "customer" | "order" | "loan"; id: string };
  /** The lease or loan it concerns: decides the back end (lease or loan system), and its id there. */
  product?: { type: "lease" | "loan"; id: string };
  /** What the back end is told, besides the customer and product ids the room adds. */
  payload: { [key: string]: JsonValue };
}

/** Nothing to do, and nothing written: an event whose entity already has this version or a newer one. */
export interface SkipPlan {
  skip: "duplicate" | "stale";
}

export interface CommandHandler<C, Ctx extends BaseContext = CommandContext> {
  /** "system": only the system actor may run it (core/domain/system-actor.ts), never staff. */
  permission: Permission | "system";
  /** Changing the account's data needs ownership and a current fencing token (`lockToken`). */
  requiresOwnership: boolean;
  plan(ctx: Ctx, command: C): Promise<CommandPlan | SkipPlan>;
  /**
   * The account a command may create (a customer a back end names for the first time), when the
   * room's customer does not exist yet; null (or absent) answers "no such customer" as usual.
   */
  newCustomer?: (command: C, ids: { customerId: string; orgId: string }, now: number) => CustomerRecord | null;
}
