// Plan-change requests (seed 004): sales opens one, engineering checks the decision models of the
// endpoints list, finance deposits or withdraws the money, sales checks and sets the release time,
// and the merchant's room applies it at that time. Every step is an event with its note.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { planVersions } from "./merchant-catalog";
import { merchants } from "./merchants";
import { orgs, staff } from "./org";

export const PLAN_CHANGE_STAGES = ["engineering", "finance", "sales", "scheduled", "released", "returned", "cancelled"] as const;

export const planChangeRequests = sqliteTable(
  "plan_change_requests",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    fromPlanVersionId: text("from_plan_version_id")
      .notNull()
      .references(() => planVersions.id),
    toPlanVersionId: text("to_plan_version_id")
      .notNull()
      .references(() => planVersions.id),
    /** Why the merchant asked, in sales' words. */
    reason: text("reason").notNull(),
    /** JSON list of endpoint changes (core/domain/plan-change.ts EndpointChange). */
    endpointChanges: text("endpoint_changes").notNull().default("[]"),
    moneyDirection: text("money_direction", { enum: ["deposit", "withdraw"] }),
    moneyCents: integer("money_cents").notNull().default(0),
    stage: text("stage", { enum: PLAN_CHANGE_STAGES }).notNull(),
    /** When the stage began: the board shows each request's age in it. */
    stageSince: integer("stage_since").notNull(),
    releaseAt: integer("release_at"),
    returnedReason: text("returned_reason"),
    /** Finance's posting, reversed if the request is sent back or cancelled after it. */
    ledgerTransactionId: text("ledger_transaction_id"),
    openedBy: text("opened_by")
      .notNull()
      .references(() => staff.id),
    openedAt: integer("opened_at").notNull(),
    /** A request a merchant user made from the portal: who (opened_by is then their account manager). */
    requestedByUserId: text("requested_by_user_id"),
    requestedByName: text("requested_by_name"),
    releasedAt: integer("released_at"),
    /** Raised by every step; a step carries the version it saw (see plan_change_fences). */
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("plan_change_requests_org_stage_idx").on(t.orgId, t.stage),
    index("plan_change_requests_merchant_idx").on(t.merchantId, t.openedAt),
  ],
);

export const planChangeEvents = sqliteTable(
  "plan_change_events",
  {
    id: text("id").primaryKey(),
    requestId: text("request_id")
      .notNull()
      .references(() => planChangeRequests.id),
    at: integer("at").notNull(),
    /** Null when the system acted (the release). */
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    role: text("role").notNull(),
    action: text("action", { enum: ["open", "approve", "schedule", "send_back", "resubmit", "cancel", "release"] }).notNull(),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    note: text("note").notNull(),
  },
  (t) => [index("plan_change_events_request_idx").on(t.requestId, t.at)],
);

/**
 * One row per request, rewritten as a guard by every step: its CHECK fails (and the whole batch
 * rolls back) unless the request is still at the version the step was decided on, so two people
 * approving the same stage at once cannot both win.
 */
export const planChangeFences = sqliteTable(
  "plan_change_fences",
  {
    requestId: text("request_id").primaryKey(),
    current: integer("current").notNull(),
  },
  (t) => [check("plan_change_fences_current_check", sql`${t.current} = 1`)],
);
