// Orders from the retailer's site, partner checkouts and personal shopping, with their items
// and the one-time virtual cards used to place them by hand.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs } from "./org";

export const ORDER_STATUSES = [
  "submitted",
  "in_review",
  "approved",
  "awaiting_signature",
  "funded",
  "ordered",
  "shipped",
  "delivered",
  "returned",
  "cancelled",
] as const;

export const orders = sqliteTable(
  "orders",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    number: text("number").notNull(),
    channel: text("channel", {
      enum: ["own_site", "partner_checkout", "personal_shopper", "phone"],
    }).notNull(),
    merchant: text("merchant").notNull(),
    /** The partner merchant whose checkout took the order (its portal shows it), when it is one of ours. */
    merchantId: text("merchant_id"),
    status: text("status", { enum: ORDER_STATUSES }).notNull(),
    financing: text("financing", { enum: ["lease", "loan"] }),
    totalCents: integer("total_cents").notNull(),
    needsAttention: integer("needs_attention", { mode: "boolean" }).notNull().default(false),
    attentionReason: text("attention_reason"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("orders_org_number_idx").on(t.orgId, t.number),
    index("orders_customer_created_idx").on(t.customerId, t.createdAt),
    index("orders_org_attention_idx").on(t.orgId, t.needsAttention, t.updatedAt),
    index("orders_org_status_idx").on(t.orgId, t.status, t.updatedAt),
    index("orders_merchant_created_idx").on(t.merchantId, t.createdAt),
  ],
);

export const orderItems = sqliteTable(
  "order_items",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    title: text("title").notNull(),
    category: text("category").notNull(),
    priceCents: integer("price_cents").notNull(),
    quantity: integer("quantity").notNull(),
    vendorName: text("vendor_name"),
    vendorUrl: text("vendor_url"),
    /** What the client asked for beyond the link (size, colour): personal-shopper intake. */
    notes: text("notes"),
    eligibility: text("eligibility", { enum: ["lease", "loan", "both", "none"] }).notNull(),
    reviewStatus: text("review_status", { enum: ["pending", "approved", "rejected"] })
      .notNull()
      .default("pending"),
    reviewedBy: text("reviewed_by"),
    reviewedAt: integer("reviewed_at"),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);

export const virtualCards = sqliteTable(
  "virtual_cards",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    /** The issuer's reference; the full card number is never stored. */
    issuerToken: text("issuer_token").notNull(),
    last4: text("last4").notNull(),
    limitCents: integer("limit_cents").notNull(),
    merchant: text("merchant").notNull(),
    status: text("status", { enum: ["issued", "used", "expired", "cancelled"] }).notNull(),
    expiresAt: integer("expires_at").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("virtual_cards_order_idx").on(t.orderId), index("virtual_cards_customer_idx").on(t.customerId)],
);
