// How a customer engages: purchases (loyalty transactions), check-ins and achievements, the devices
// they use (digital properties), their tags, and the org's RFM quintile cut points.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs } from "./org";
import { stores } from "./stores";

export const loyaltyTransactions = sqliteTable(
  "loyalty_transactions",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    storeId: text("store_id").references(() => stores.id),
    at: integer("at").notNull(),
    channel: text("channel", { enum: ["in_store", "online", "app"] }).notNull(),
    items: integer("items").notNull(),
    subtotalCents: integer("subtotal_cents").notNull(),
    discountCents: integer("discount_cents").notNull().default(0),
    taxCents: integer("tax_cents").notNull().default(0),
    totalCents: integer("total_cents").notNull(),
    pointsEarned: integer("points_earned").notNull().default(0),
    /** The customer's tier key when it happened. */
    tierKey: text("tier_key").notNull(),
    promoCode: text("promo_code"),
  },
  (t) => [index("loyalty_transactions_customer_idx").on(t.customerId, t.at), index("loyalty_transactions_org_at_idx").on(t.orgId, t.at)],
);

export const engagementEvents = sqliteTable(
  "engagement_events",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    kind: text("kind", { enum: ["checkin", "achievement"] }).notNull(),
    /** A check-in's store or geofence. */
    storeId: text("store_id").references(() => stores.id),
    /** An achievement's name, or how a check-in happened ("geofence", "app", "QR at the till"). */
    name: text("name").notNull(),
    points: integer("points").notNull().default(0),
    at: integer("at").notNull(),
  },
  (t) => [index("engagement_events_customer_idx").on(t.customerId, t.at)],
);

export const customerDevices = sqliteTable(
  "customer_devices",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    /** identity PII: the install's persistent identifier (core/domain/pii.ts `deviceId`). */
    deviceId: text("device_id").notNull(),
    platform: text("platform", { enum: ["ios", "android", "web"] }).notNull(),
    model: text("model").notNull(),
    osVersion: text("os_version").notNull(),
    appVersion: text("app_version"),
    /** Screen resolution in pixels, "1170x2532". */
    screen: text("screen").notNull(),
    notifications: integer("notifications", { mode: "boolean" }).notNull(),
    firstSeenAt: integer("first_seen_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [index("customer_devices_customer_idx").on(t.customerId, t.lastSeenAt)],
);

export const customerTags = sqliteTable(
  "customer_tags",
  {
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    orgId: text("org_id").notNull(),
    /** Normalised (core/domain/tag-rules.ts `normalizeTag`): what search matches. */
    tag: text("tag").notNull(),
    /** As written by the rep or the rule. */
    label: text("label").notNull(),
    source: text("source", { enum: ["rule", "manual"] }).notNull(),
    /** The rule in words, for automatic tags. */
    rule: text("rule"),
    appliedAt: integer("applied_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.source, t.tag] }), index("customer_tags_org_tag_idx").on(t.orgId, t.tag, t.customerId)],
);

/** The org's RFM quintile cut points, recomputed when older than an hour (db/repositories/metrics.ts). */
export const rfmCutoffs = sqliteTable("rfm_cutoffs", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => orgs.id),
  computedAt: integer("computed_at").notNull(),
  population: integer("population").notNull(),
  recencyDays: text("recency_days").notNull(),
  frequency: text("frequency").notNull(),
  monetaryCents: text("monetary_cents").notNull(),
});
