// The catalogues merchants are served from: plans (fees, discount rate, minimum, endpoints, model
// tier), versioned so a merchant stays on the version it signed; decision models and their versions
// (thresholds and notes) that approve leases and loans at a merchant's endpoints.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { orgs, staff } from "./org";

export const MODEL_TIERS = ["standard", "advanced", "custom"] as const;

export const plans = sqliteTable(
  "plans",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** Plans in the catalogue are never deleted; a retired one takes no new merchants. */
    status: text("status", { enum: ["active", "retired"] })
      .notNull()
      .default("active"),
    /** Display order, cheapest first. */
    rank: integer("rank").notNull(),
  },
  (t) => [uniqueIndex("plans_org_code_idx").on(t.orgId, t.code)],
);

/** Append-only: editing a plan adds a version; merchants point at the version they are on. */
export const planVersions = sqliteTable(
  "plan_versions",
  {
    id: text("id").primaryKey(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id),
    version: integer("version").notNull(),
    monthlyFeeCents: integer("monthly_fee_cents").notNull(),
    transactionFeeCents: integer("transaction_fee_cents").notNull(),
    /** Merchant discount rate in basis points of settled volume (275 = 2.75 %). */
    discountRateBps: integer("discount_rate_bps").notNull(),
    monthlyMinimumCents: integer("monthly_minimum_cents").notNull(),
    includedEndpoints: integer("included_endpoints").notNull(),
    modelTier: text("model_tier", { enum: MODEL_TIERS }).notNull(),
    notes: text("notes").notNull().default(""),
    createdBy: text("created_by").references(() => staff.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("plan_versions_plan_version_idx").on(t.planId, t.version)],
);

export const decisionModels = sqliteTable(
  "decision_models",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    name: text("name").notNull(),
    product: text("product", { enum: ["lease", "loan"] }).notNull(),
    tier: text("tier", { enum: MODEL_TIERS }).notNull(),
  },
  (t) => [index("decision_models_org_idx").on(t.orgId)],
);

export const decisionModelVersions = sqliteTable(
  "decision_model_versions",
  {
    id: text("id").primaryKey(),
    modelId: text("model_id")
      .notNull()
      .references(() => decisionModels.id),
    version: integer("version").notNull(),
    /** JSON thresholds (core/domain/decision-models.ts): minimum score, largest amount, longest term. */
    thresholds: text("thresholds").notNull(),
    notes: text("notes").notNull(),
    status: text("status", { enum: ["active", "retired"] })
      .notNull()
      .default("active"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("decision_model_versions_model_version_idx").on(t.modelId, t.version)],
);
