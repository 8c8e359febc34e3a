// A merchant's endpoints (its checkout and webhook integrations), the keys they authenticate with
// (only a SHA-256 of each is stored; a rotated key is kept, revoked, so its use is recognised and
// refused), and the delivery log engineering troubleshoots from.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { decisionModelVersions } from "./merchant-catalog";
import { merchants } from "./merchants";
import { orgs } from "./org";

export const ENDPOINT_KINDS = ["checkout", "order_webhook", "settlement_webhook"] as const;
export const ENDPOINT_STATUSES = ["active", "disabled", "pending_key", "removed"] as const;

export const merchantEndpoints = sqliteTable(
  "merchant_endpoints",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    kind: text("kind", { enum: ENDPOINT_KINDS }).notNull(),
    name: text("name").notNull(),
    url: text("url").notNull(),
    status: text("status", { enum: ENDPOINT_STATUSES }).notNull(),
    /** The decision model version that approves leases and loans arriving here. */
    modelVersionId: text("model_version_id")
      .notNull()
      .references(() => decisionModelVersions.id),
    /** JSON thresholds replacing the model's for this merchant (custom-tier plans only), or null. */
    customThresholds: text("custom_thresholds"),
    createdAt: integer("created_at").notNull(),
    removedAt: integer("removed_at"),
  },
  (t) => [index("merchant_endpoints_merchant_idx").on(t.merchantId)],
);

export const endpointKeys = sqliteTable(
  "endpoint_keys",
  {
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => merchantEndpoints.id),
    /** SHA-256 of the key: the key itself is shown once and never stored. */
    keyHash: text("key_hash").notNull(),
    /** The key's first characters, so people can tell keys apart. */
    prefix: text("prefix").notNull(),
    createdAt: integer("created_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (t) => [uniqueIndex("endpoint_keys_hash_idx").on(t.keyHash), index("endpoint_keys_endpoint_idx").on(t.endpointId)],
);

export const endpointDeliveries = sqliteTable(
  "endpoint_deliveries",
  {
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => merchantEndpoints.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    at: integer("at").notNull(),
    event: text("event").notNull(),
    statusCode: integer("status_code").notNull(),
    ok: integer("ok", { mode: "boolean" }).notNull(),
    latencyMs: integer("latency_ms").notNull(),
    /** What went wrong, for troubleshooting (never a key, never personal data). */
    error: text("error"),
    test: integer("test", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("endpoint_deliveries_endpoint_at_idx").on(t.endpointId, t.at),
    index("endpoint_deliveries_merchant_at_idx").on(t.merchantId, t.at),
  ],
);
