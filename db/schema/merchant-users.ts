// The merchant portal's people and their sign-in: merchant users (invited from the merchant's
// profile), their sessions (a cookie of their own, never the staff cookie) and the one-time codes
// and links that sign them in. Secrets are stored as SHA-256 only.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { merchants } from "./merchants";
import { orgs } from "./org";

export const merchantUsers = sqliteTable(
  "merchant_users",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** Lower-case; one portal user per address across every org. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["owner", "staff"] }).notNull(),
    /** invited until the first sign-in; disabled users cannot sign in and their sessions end. */
    status: text("status", { enum: ["invited", "active", "disabled"] }).notNull(),
    /** The staff member who invited them (null for the seeded owners). */
    invitedBy: text("invited_by"),
    lastSignInAt: integer("last_sign_in_at"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("merchant_users_email_idx").on(t.email), index("merchant_users_merchant_idx").on(t.merchantId)],
);

export const merchantSessions = sqliteTable(
  "merchant_sessions",
  {
    /** SHA-256 of the cookie's random token. */
    id: text("id").primaryKey(),
    merchantUserId: text("merchant_user_id")
      .notNull()
      .references(() => merchantUsers.id),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("merchant_sessions_user_idx").on(t.merchantUserId)],
);

/** One-time sign-in secrets sent by email: a six-digit code, or a link's token (both single use). */
export const merchantSignInCodes = sqliteTable(
  "merchant_sign_in_codes",
  {
    id: text("id").primaryKey(),
    merchantUserId: text("merchant_user_id")
      .notNull()
      .references(() => merchantUsers.id),
    kind: text("kind", { enum: ["code", "link"] }).notNull(),
    secretHash: text("secret_hash").notNull(),
    sentAt: integer("sent_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    usedAt: integer("used_at"),
  },
  (t) => [
    index("merchant_sign_in_codes_user_idx").on(t.merchantUserId, t.sentAt),
    uniqueIndex("merchant_sign_in_codes_secret_idx").on(t.secretHash),
  ],
);

/** Failed sign-in tries, per user and per address, for the brute-force limit (a sliding window). */
export const merchantSignInFailures = sqliteTable(
  "merchant_sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    merchantUserId: text("merchant_user_id"),
    ip: text("ip"),
  },
  (t) => [index("merchant_sign_in_failures_user_idx").on(t.merchantUserId, t.at), index("merchant_sign_in_failures_ip_idx").on(t.ip, t.at)],
);
