// Messages Tandem sends to customers and merchants (signing links, one-time codes, portal sign-in,
// ticket mail). Only the dev outbox writes here: in the local demo it stands in for phones and inboxes.
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
    /** Mail about a merchant (portal sign-in, tickets): whose it is. */
    merchantId: text("merchant_id"),
    /** The token a reply to this mail carries back (threads inbound replies), when the mail invites one. */
    replyToken: text("reply_token"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("message_outbox_to_idx").on(t.toAddress, t.createdAt)],
);
