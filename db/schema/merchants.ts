// Merchants: partner stores where the retailer's lease/loan payment method runs at checkout, and
// vendors of the personal-shopper program. Each is an account worked live in its own room, so it
// has what a customer's account has: notes, an activity feed, ownership sessions and presence rows.
// PII classes of contact and settlement fields are those of core/domain/pii.ts (merchant-view.ts).
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { planVersions } from "./merchant-catalog";
import { ACTIVITY_KINDS } from "./notes";
import { orgs, regions, staff } from "./org";

export const MERCHANT_STATUSES = ["onboarding", "active", "paused", "closed"] as const;
export const MERCHANT_SEGMENTS = ["partner_store", "shopper_vendor"] as const;

export const merchants = sqliteTable(
  "merchants",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    regionId: text("region_id").references(() => regions.id),
    name: text("name").notNull(),
    legalName: text("legal_name").notNull(),
    segment: text("segment", { enum: MERCHANT_SEGMENTS }).notNull(),
    category: text("category").notNull(),
    status: text("status", { enum: MERCHANT_STATUSES }).notNull(),
    website: text("website"),
    addressLine1: text("address_line1"),
    city: text("city"),
    state: text("state"),
    postalCode: text("postal_code"),
    /** The plan version the merchant is on now (history: merchant_plan_periods). */
    planVersionId: text("plan_version_id")
      .notNull()
      .references(() => planVersions.id),
    /** The sales rep who looks after the merchant. */
    accountManagerId: text("account_manager_id").references(() => staff.id),
    // financial: where settlements are paid
    settlementBankName: text("settlement_bank_name"),
    settlementAccountNumber: text("settlement_account_number"),
    settlementRoutingNumber: text("settlement_routing_number"),
    /** Fencing token of the latest ownership grant; every write must carry it. */
    lockEpoch: integer("lock_epoch").notNull().default(0),
    onboardedAt: integer("onboarded_at").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("merchants_org_name_idx").on(t.orgId, t.name), index("merchants_org_status_idx").on(t.orgId, t.status)],
);

export const merchantContacts = sqliteTable(
  "merchant_contacts",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    kind: text("kind", { enum: ["primary", "billing", "technical"] }).notNull(),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
  },
  (t) => [index("merchant_contacts_merchant_idx").on(t.merchantId)],
);

export const merchantNotes = sqliteTable(
  "merchant_notes",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
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
    index("merchant_notes_merchant_created_idx").on(t.merchantId, t.createdAt),
    index("merchant_notes_author_idx").on(t.authorId, t.merchantId, t.createdAt),
  ],
);

export const merchantActivity = sqliteTable(
  "merchant_activity",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** The account feed's kinds (one mutation path writes both feeds); the loyalty kinds never occur here. */
    kind: text("kind", { enum: ACTIVITY_KINDS }).notNull(),
    summary: text("summary").notNull(),
    data: text("data").notNull().default("{}"),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    at: integer("at").notNull(),
  },
  (t) => [index("merchant_activity_merchant_at_idx").on(t.merchantId, t.at)],
);

/** Who owned which merchant account from when to when (kept apart from the customer floor's charts). */
export const merchantOwnerships = sqliteTable(
  "merchant_ownerships",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
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
  (t) => [index("merchant_ownerships_merchant_open_idx").on(t.merchantId, t.endedAt)],
);

/** Who is in each merchant's room right now, as the room last reported it (sign-out reads it). */
export const merchantPresence = sqliteTable(
  "merchant_presence",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    staffName: text("staff_name").notNull(),
    state: text("state", { enum: ["viewing", "editing", "away"] }).notNull(),
    device: text("device", { enum: ["phone", "tablet", "desktop"] }).notNull(),
    isOwner: integer("is_owner", { mode: "boolean" }).notNull().default(false),
    since: integer("since").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.staffId] }), index("merchant_presence_staff_idx").on(t.staffId)],
);
