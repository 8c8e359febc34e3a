// Customers (the consumers reps serve) with normalised search columns and PII-classed fields.
// PII classes of each column are declared in core/domain/pii.ts; the comments repeat them.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { orgs, staff, teams } from "./org";

export const customers = sqliteTable(
  "customers",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** Team that serves this customer by default (call lists, floor board). */
    teamId: text("team_id").references(() => teams.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** Indexed by the customers_fts FTS5 table. */
    fullName: text("full_name").notNull(),
    status: text("status", { enum: ["active", "past_due", "collections", "closed"] })
      .notNull()
      .default("active"),
    // contact
    phone: text("phone").notNull(),
    /** E.164 digits without "+", e.g. 15550102233: the search column. */
    phoneDigits: text("phone_digits").notNull(),
    email: text("email"),
    emailLower: text("email_lower"),
    addressLine1: text("address_line1"),
    city: text("city"),
    state: text("state"),
    postalCode: text("postal_code"),
    // identity
    dateOfBirth: text("date_of_birth"),
    ssn: text("ssn"),
    identityVerified: integer("identity_verified", { mode: "boolean" }).notNull().default(false),
    // financial
    bankName: text("bank_name"),
    bankAccountNumber: text("bank_account_number"),
    bankRoutingNumber: text("bank_routing_number"),
    monthlyIncomeCents: integer("monthly_income_cents"),
    /** Card on file as the legacy back office holds it; never leaves the server unmasked. */
    cardOnFileNumber: text("card_on_file_number"),
    // identifiers
    loyaltyNumber: text("loyalty_number"),
    externalId: text("external_id"),
    // preferences and attributes
    preferredContactTime: text("preferred_contact_time"),
    preferredChannel: text("preferred_channel", { enum: ["phone", "sms", "email"] }),
    language: text("language").notNull().default("en"),
    smsOptIn: integer("sms_opt_in", { mode: "boolean" }).notNull().default(false),
    emailOptIn: integer("email_opt_in", { mode: "boolean" }).notNull().default(false),
    tier: text("tier", { enum: ["bronze", "silver", "gold", "platinum"] })
      .notNull()
      .default("bronze"),
    loyaltyPoints: integer("loyalty_points").notNull().default(0),
    tags: text("tags").notNull().default("[]"),
    /** Fencing token of the latest ownership grant; every write must carry it. */
    lockEpoch: integer("lock_epoch").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    index("customers_org_phone_idx").on(t.orgId, t.phoneDigits),
    index("customers_org_email_idx").on(t.orgId, t.emailLower),
    index("customers_org_loyalty_idx").on(t.orgId, t.loyaltyNumber),
    index("customers_org_external_idx").on(t.orgId, t.externalId),
    index("customers_team_status_idx").on(t.teamId, t.status),
  ],
);

/** Who is in each customer's room right now, as the room last reported it. */
export const roomPresence = sqliteTable(
  "room_presence",
  {
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    staffName: text("staff_name").notNull(),
    state: text("state", { enum: ["viewing", "editing", "away"] }).notNull(),
    device: text("device", { enum: ["phone", "tablet", "desktop"] }).notNull(),
    isOwner: integer("is_owner", { mode: "boolean" }).notNull().default(false),
    since: integer("since").notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.staffId] }), index("room_presence_staff_idx").on(t.staffId)],
);

export const callbacks = sqliteTable(
  "callbacks",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    assignedTo: text("assigned_to").references(() => staff.id),
    dueAt: integer("due_at").notNull(),
    reason: text("reason").notNull(),
    doneAt: integer("done_at"),
    /** Who completed it; the outcome is their note (`doneNoteId`). */
    doneBy: text("done_by"),
    doneNoteId: text("done_note_id"),
    createdBy: text("created_by"),
    createdAt: integer("created_at"),
    /** When the Cron Trigger told the floor and the rep it fell due; cleared by a reschedule. */
    notifiedAt: integer("notified_at"),
  },
  (t) => [
    index("callbacks_assignee_due_idx").on(t.assignedTo, t.dueAt),
    index("callbacks_customer_idx").on(t.customerId),
    index("callbacks_due_unnotified_idx").on(t.dueAt).where(sql`${t.doneAt} IS NULL AND ${t.notifiedAt} IS NULL`),
  ],
);
