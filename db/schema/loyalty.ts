// The loyalty program: tier systems and their tiers, each customer's membership and tier history,
// campaigns, incentives and rewards.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs } from "./org";
import { stores } from "./stores";

export const tierSystems = sqliteTable("tier_systems", {
  id: text("id").primaryKey(),
  orgId: text("org_id")
    .notNull()
    .references(() => orgs.id),
  name: text("name").notNull(),
  /** own: the retailer's program; third_party: run by a partner (named in `provider`). */
  kind: text("kind", { enum: ["own", "third_party"] }).notNull(),
  provider: text("provider"),
  /** What the program counts, e.g. "points". */
  currency: text("currency").notNull().default("points"),
  /** Tiers are held for this many months after entry, then renewed or lowered. */
  termMonths: integer("term_months").notNull(),
});

export const tiers = sqliteTable(
  "tiers",
  {
    id: text("id").primaryKey(),
    systemId: text("system_id")
      .notNull()
      .references(() => tierSystems.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    rank: integer("rank").notNull(),
    threshold: integer("threshold").notNull(),
    benefit: text("benefit").notNull(),
  },
  (t) => [index("tiers_system_rank_idx").on(t.systemId, t.rank)],
);

export const loyaltyMemberships = sqliteTable("loyalty_memberships", {
  customerId: text("customer_id")
    .primaryKey()
    .references(() => customers.id),
  orgId: text("org_id").notNull(),
  systemId: text("system_id")
    .notNull()
    .references(() => tierSystems.id),
  memberSince: integer("member_since").notNull(),
  /** Points that count toward tiers in the current period (the balance on the customer is spendable points). */
  qualifyingPoints: integer("qualifying_points").notNull().default(0),
});

export const tierHistory = sqliteTable(
  "tier_history",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    systemId: text("system_id")
      .notNull()
      .references(() => tierSystems.id),
    tierId: text("tier_id")
      .notNull()
      .references(() => tiers.id),
    enteredAt: integer("entered_at").notNull(),
    expiresAt: integer("expires_at"),
    /** Null while current. */
    leftAt: integer("left_at"),
    reason: text("reason", { enum: ["enrolled", "earned", "renewed", "lowered"] }).notNull(),
  },
  (t) => [index("tier_history_customer_idx").on(t.customerId, t.enteredAt)],
);

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    name: text("name").notNull(),
    channel: text("channel", { enum: ["email", "push", "sms", "in_store"] }).notNull(),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    audience: text("audience").notNull(),
    goal: text("goal").notNull(),
    summary: text("summary").notNull(),
    ownerName: text("owner_name").notNull(),
  },
  (t) => [index("campaigns_org_idx").on(t.orgId, t.startsAt)],
);

export const campaignMembers = sqliteTable(
  "campaign_members",
  {
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    enrolledAt: integer("enrolled_at").notNull(),
    status: text("status", { enum: ["targeted", "engaged", "converted", "opted_out"] }).notNull(),
    touches: integer("touches").notNull().default(0),
    lastTouchAt: integer("last_touch_at"),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.campaignId] }), index("campaign_members_campaign_idx").on(t.campaignId)],
);

export const incentives = sqliteTable("incentives", {
  id: text("id").primaryKey(),
  orgId: text("org_id")
    .notNull()
    .references(() => orgs.id),
  campaignId: text("campaign_id").references(() => campaigns.id),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["bonus_points", "multiplier", "discount", "free_item"] }).notNull(),
  /** What it is worth, as the customer was told: "2x points", "$10 off". */
  value: text("value").notNull(),
  /** What earns it: "3 visits in 30 days". */
  requirement: text("requirement").notNull(),
  startsAt: integer("starts_at").notNull(),
  endsAt: integer("ends_at").notNull(),
});

export const customerIncentives = sqliteTable(
  "customer_incentives",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    incentiveId: text("incentive_id")
      .notNull()
      .references(() => incentives.id),
    offeredAt: integer("offered_at").notNull(),
    status: text("status", { enum: ["offered", "activated", "completed", "expired"] }).notNull(),
    progress: integer("progress").notNull().default(0),
    target: integer("target").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("customer_incentives_customer_idx").on(t.customerId, t.offeredAt)],
);

export const rewards = sqliteTable(
  "rewards",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["discount", "free_item", "gift_card", "points"] }).notNull(),
    valueCents: integer("value_cents"),
    pointsCost: integer("points_cost").notNull().default(0),
    status: text("status", { enum: ["earned", "redeemed", "expired"] }).notNull(),
    earnedAt: integer("earned_at").notNull(),
    redeemedAt: integer("redeemed_at"),
    expiresAt: integer("expires_at").notNull(),
    campaignId: text("campaign_id").references(() => campaigns.id),
    /** Where it was redeemed. */
    storeId: text("store_id").references(() => stores.id),
  },
  (t) => [index("rewards_customer_idx").on(t.customerId, t.earnedAt)],
);
