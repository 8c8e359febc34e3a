// Agreements sent to clients for e-signature, and the signature records they produce.
// The signing link's token is never stored: only its SHA-256, so a database reader cannot sign.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orders } from "./orders";
import { orgs, staff } from "./org";

export const agreements = sqliteTable(
  "agreements",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    /** SHA-256 (hex) of the signing link's token. */
    tokenHash: text("token_hash").notNull(),
    product: text("product", { enum: ["lease", "loan"] }).notNull(),
    /** The agreement exactly as shown to the client (core/domain/agreements.ts documentText). */
    document: text("document").notNull(),
    documentSha256: text("document_sha256").notNull(),
    status: text("status", { enum: ["pending", "signed", "revoked"] })
      .notNull()
      .default("pending"),
    expiresAt: integer("expires_at").notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => staff.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("agreements_token_hash_idx").on(t.tokenHash), index("agreements_order_idx").on(t.orderId, t.createdAt)],
);

/** What the client did: when, from where, with which name, on exactly which document. Append-only. */
export const agreementSignatures = sqliteTable(
  "agreement_signatures",
  {
    id: text("id").primaryKey(),
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    signedName: text("signed_name").notNull(),
    consentText: text("consent_text").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    documentSha256: text("document_sha256").notNull(),
    signedAt: integer("signed_at").notNull(),
  },
  // One signature per agreement: a second one fails the batch even if two requests raced.
  (t) => [uniqueIndex("agreement_signatures_agreement_idx").on(t.agreementId)],
);

/**
 * One-time codes that prove the signer holds the phone or email on file: sent by the public signing
 * page, stored hashed, valid 10 minutes, 5 tries; a verified code is spent by the signature.
 */
export const agreementCodes = sqliteTable(
  "agreement_codes",
  {
    id: text("id").primaryKey(),
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id),
    /** SHA-256 of `<agreementId>:<code>`. */
    codeHash: text("code_hash").notNull(),
    channel: text("channel", { enum: ["sms", "email"] }).notNull(),
    sentAt: integer("sent_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    verifiedAt: integer("verified_at"),
    usedAt: integer("used_at"),
  },
  (t) => [index("agreement_codes_agreement_idx").on(t.agreementId, t.sentAt)],
);
