// The append-only, hash-chained audit log and the fence that guards writes by lock epoch.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const auditLog = sqliteTable(
  "audit_log",
  {
    /** Position in the chain; rows are only ever appended. */
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    orgId: text("org_id"),
    at: integer("at").notNull(),
    actorId: text("actor_id"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    customerId: text("customer_id"),
    outcome: text("outcome", { enum: ["success", "failure", "denied"] }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: text("details").notNull().default("{}"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_org_at_idx").on(t.orgId, t.at),
    index("audit_customer_at_idx").on(t.customerId, t.at),
    index("audit_actor_action_at_idx").on(t.actorId, t.action, t.at),
  ],
);

/**
 * One row per customer, rewritten as the first statement of every guarded batch: its CHECK
 * fails (and the whole batch rolls back) unless the customer's lock_epoch equals the token
 * the write carries.
 */
export const writeFences = sqliteTable(
  "write_fences",
  {
    customerId: text("customer_id").primaryKey(),
    epochMatches: integer("epoch_matches").notNull(),
  },
  (t) => [check("write_fences_epoch_check", sql`${t.epochMatches} = 1`)],
);
