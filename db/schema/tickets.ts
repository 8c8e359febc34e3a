// Tickets: a merchant's (or a consumer customer's) request to the service desk. Each ticket is an
// account worked live in its own room (party/ticket-room.ts, docs/decisions/015-merchant-rooms.md),
// so it has what an account has: notes (here the ticket's messages: public replies, internal notes
// and what the client wrote), an activity feed (its history), ownership sessions and presence rows.
// Messages and history are append-only (triggers in the migration's hand-written tail).
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TEAMS } from "../../core/domain/tickets";
import { customers } from "./customers";
import { merchants } from "./merchants";
import { ACTIVITY_KINDS } from "./notes";
import { orgs, staff } from "./org";

export const TICKET_VISIBILITIES = ["public", "internal", "client"] as const;

export const tickets = sqliteTable(
  "tickets",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** The merchant the ticket concerns, or null when it concerns a consumer customer. */
    merchantId: text("merchant_id").references(() => merchants.id),
    customerId: text("customer_id").references(() => customers.id),
    subject: text("subject").notNull(),
    priority: text("priority", { enum: TICKET_PRIORITIES }).notNull(),
    status: text("status", { enum: TICKET_STATUSES }).notNull(),
    team: text("team", { enum: TICKET_TEAMS }).notNull(),
    assigneeId: text("assignee_id").references(() => staff.id),
    /** When the SLA lapses; moved forward by the time spent waiting on the client (core/domain/tickets.ts). */
    slaDueAt: integer("sla_due_at").notNull(),
    /** Set while waiting on the client: the clock is paused since then. */
    slaPausedAt: integer("sla_paused_at"),
    escalated: integer("escalated", { mode: "boolean" }).notNull().default(false),
    escalatedAt: integer("escalated_at"),
    /** In the reply address and subject of every email about the ticket; threads inbound replies. */
    replyToken: text("reply_token").notNull(),
    /** Where public replies are emailed, and the name the client signs with. */
    contactEmail: text("contact_email").notNull(),
    contactName: text("contact_name").notNull(),
    channel: text("channel", { enum: ["portal", "email", "console"] }).notNull(),
    rating: integer("rating"),
    ratedAt: integer("rated_at"),
    lockEpoch: integer("lock_epoch").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    resolvedAt: integer("resolved_at"),
  },
  (t) => [
    // The queue: a team's open tickets by SLA due (keyset on sla_due_at, id).
    index("tickets_queue_idx").on(t.orgId, t.team, t.slaDueAt, t.id).where(sql`status IN ('new', 'open', 'waiting_on_client')`),
    index("tickets_org_due_idx").on(t.orgId, t.slaDueAt, t.id),
    // The cron's safety net: lapsed clocks not escalated yet, across orgs (worker/jobs/ticket-lapses.ts).
    index("tickets_lapse_idx").on(t.slaDueAt).where(sql`status IN ('new', 'open') AND escalated = 0 AND sla_paused_at IS NULL`),
    index("tickets_merchant_idx").on(t.merchantId, t.createdAt),
    index("tickets_customer_idx").on(t.customerId, t.createdAt),
    uniqueIndex("tickets_reply_token_idx").on(t.replyToken),
  ],
);

/** The ticket's conversation and notes: public replies, internal notes (every action's note), the client's messages. */
export const ticketMessages = sqliteTable(
  "ticket_messages",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id),
    visibility: text("visibility", { enum: TICKET_VISIBILITIES }).notNull(),
    authorId: text("author_id").references(() => staff.id),
    authorName: text("author_name").notNull(),
    kind: text("kind", { enum: ["manual", "automatic", "system"] }).notNull(),
    category: text("category").notNull().default("general"),
    action: text("action").notNull(),
    text: text("text").notNull(),
    immutable: integer("immutable", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("ticket_messages_ticket_created_idx").on(t.ticketId, t.createdAt),
    index("ticket_messages_author_idx").on(t.authorId, t.ticketId, t.createdAt),
  ],
);

/** The ticket's history (its room's live feed). */
export const ticketActivity = sqliteTable(
  "ticket_activity",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id),
    kind: text("kind", { enum: ACTIVITY_KINDS }).notNull(),
    summary: text("summary").notNull(),
    data: text("data").notNull().default("{}"),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    at: integer("at").notNull(),
  },
  (t) => [index("ticket_activity_ticket_at_idx").on(t.ticketId, t.at)],
);

export const ticketOwnerships = sqliteTable(
  "ticket_ownerships",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    teamId: text("team_id"),
    token: integer("token").notNull(),
    startedAt: integer("started_at").notNull(),
    endedAt: integer("ended_at"),
    startedBy: text("started_by", { enum: ["request", "takeover", "handoff"] }).notNull(),
    endReason: text("end_reason", { enum: ["released", "expired", "idle", "taken-over", "handed-off", "signed-out"] }),
    waitedMs: integer("waited_ms"),
  },
  (t) => [index("ticket_ownerships_ticket_open_idx").on(t.ticketId, t.endedAt)],
);

export const ticketPresence = sqliteTable(
  "ticket_presence",
  {
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    staffName: text("staff_name").notNull(),
    state: text("state", { enum: ["viewing", "editing", "away"] }).notNull(),
    device: text("device", { enum: ["phone", "tablet", "desktop"] }).notNull(),
    isOwner: integer("is_owner", { mode: "boolean" }).notNull().default(false),
    since: integer("since").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.staffId] }), index("ticket_presence_staff_idx").on(t.staffId)],
);

/** Inbound email webhook deliveries already taken (replay protection beyond the timestamp window). */
export const inboundEmails = sqliteTable("inbound_emails", {
  signature: text("signature").primaryKey(),
  ticketId: text("ticket_id"),
  receivedAt: integer("received_at").notNull(),
});
