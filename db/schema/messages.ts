// Messages Tandem sends to customers (signing links, one-time codes). Only the dev outbox writes
// here: in the local demo it stands in for the customer's phone and inbox.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const messageOutbox = sqliteTable(
  "message_outbox",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id"),
    channel: text("channel", { enum: ["sms", "email"] }).notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    purpose: text("purpose").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("message_outbox_to_idx").on(t.toAddress, t.createdAt)],
);
