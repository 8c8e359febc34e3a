// Promo codes with their limiters, each customer's claims and failed claims, and the lockout that
// repeated failures bring (core/domain/promo-limits.ts, promo-lockout.ts).
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { campaigns } from "./loyalty";
import { orgs } from "./org";
import { stores } from "./stores";

export const promoCodes = sqliteTable(
  "promo_codes",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** Upper case, as customers type it (matching ignores case). */
    code: text("code").notNull(),
    description: text("description").notNull(),
    campaignId: text("campaign_id").references(() => campaigns.id),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    /** JSON array of tier keys allowed to claim it; null: everyone. */
    eligibleTiers: text("eligible_tiers"),
    /** JSON array of limiters (core/domain/promo-limits.ts `Limiter`). */
    limiters: text("limiters").notNull().default("[]"),
    timeZone: text("time_zone").notNull().default("America/New_York"),
  },
  (t) => [uniqueIndex("promo_codes_org_code_idx").on(t.orgId, t.code)],
);

export const promoClaims = sqliteTable(
  "promo_claims",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    promoCodeId: text("promo_code_id")
      .notNull()
      .references(() => promoCodes.id),
    code: text("code").notNull(),
    claimedAt: integer("claimed_at").notNull(),
    channel: text("channel", { enum: ["app", "web", "in_store"] }).notNull(),
    storeId: text("store_id").references(() => stores.id),
  },
  (t) => [
    // Search: customers who claimed a code (prefix), within one org.
    index("promo_claims_org_code_idx").on(t.orgId, t.code, t.customerId),
    index("promo_claims_customer_idx").on(t.customerId, t.claimedAt),
  ],
);

export const promoClaimErrors = sqliteTable(
  "promo_claim_errors",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    /** What the customer typed, redacted like any free text (core/domain/redaction.ts). */
    codeTyped: text("code_typed").notNull(),
    promoCodeId: text("promo_code_id").references(() => promoCodes.id),
    reason: text("reason", { enum: ["expired", "not_eligible", "limit_reached", "invalid", "locked_out"] }).notNull(),
    limiter: text("limiter", { enum: ["once_per_customer", "per_day", "window"] }),
    at: integer("at").notNull(),
    channel: text("channel", { enum: ["app", "web", "in_store"] }).notNull(),
  },
  (t) => [index("promo_claim_errors_customer_idx").on(t.customerId, t.at)],
);

/** One row per customer who ever failed a claim: the lockout state of core/domain/promo-lockout.ts. */
export const promoLockouts = sqliteTable("promo_lockouts", {
  customerId: text("customer_id")
    .primaryKey()
    .references(() => customers.id),
  orgId: text("org_id").notNull(),
  /** JSON array of failed-claim times counting toward a lockout. */
  failures: text("failures").notNull().default("[]"),
  lockedAt: integer("locked_at"),
  lockedUntil: integer("locked_until"),
  resetAt: integer("reset_at"),
  resetById: text("reset_by_id"),
  resetByName: text("reset_by_name"),
});
