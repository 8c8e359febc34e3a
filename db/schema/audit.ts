// The append-only audit log (hash-chained per stream, keyed), its signed checkpoints, the
// unauthenticated-noise log kept apart from it, and the guards that make batches all-or-nothing.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const auditLog = sqliteTable(
  "audit_log",
  {
    /** Global order of commits (SQLite assigns it); rows are only ever appended. Not part of any chain. */
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    /**
     * The chain this row belongs to: `cus:<customerId>` (written only by that customer's room),
     * `mer:<merchantId>` (written only by that merchant's room),
     * `stf:<staffId>` (what a signed-in person did outside a room), `mu:<merchantUserId>` (a merchant
     * portal user's sign-ins and refusals), `legacy` (rows from before streams).
     * Writers of different streams never contend.
     */
    stream: text("stream").notNull().default("legacy"),
    /** Position in the stream, from 1, without gaps. */
    streamSeq: integer("stream_seq").notNull(),
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
    /** HMAC-SHA256 under the key `key_id` names; null for legacy rows (plain SHA-256 over the global seq). */
    keyId: text("key_id"),
    hash: text("hash").notNull(),
  },
  (t) => [
    uniqueIndex("audit_stream_seq_idx").on(t.stream, t.streamSeq),
    index("audit_org_at_idx").on(t.orgId, t.at),
    index("audit_customer_at_idx").on(t.customerId, t.at),
    index("audit_actor_action_at_idx").on(t.actorId, t.action, t.at),
  ],
);

/**
 * Signed checkpoints per org: the head of every stream that moved since the previous checkpoint,
 * chained and keyed, so a cut or rewritten tail no longer matches what was checkpointed. The latest
 * checkpoint is also kept outside the database (the org's AuditAnchor Durable Object).
 */
export const auditCheckpoints = sqliteTable(
  "audit_checkpoints",
  {
    orgId: text("org_id").notNull(),
    seq: integer("seq").notNull(),
    at: integer("at").notNull(),
    /** audit_log.seq high-water mark this checkpoint covers. */
    throughSeq: integer("through_seq").notNull(),
    /** JSON: [[stream, streamSeq, hash], ...] for every stream that moved. */
    heads: text("heads").notNull(),
    prevHash: text("prev_hash").notNull(),
    keyId: text("key_id").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.seq] })],
);

/**
 * Refusals nobody signed in for (unknown emails, sign-in callbacks without a flow): kept apart from
 * the audit chains and capped per address, so a flood neither grows the audit log nor slows a note.
 */
export const securityEvents = sqliteTable(
  "security_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    kind: text("kind").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: text("details").notNull().default("{}"),
  },
  (t) => [index("security_events_ip_at_idx").on(t.ip, t.at), index("security_events_at_idx").on(t.at)],
);

/**
 * One row per reveal of a masked field. The row's CHECK fails (and its whole batch rolls back) when the
 * person already had their quota in the window: the count and the insert are one atomic statement, so
 * reveals fired at several rooms at once cannot pass the limit together.
 */
export const piiReveals = sqliteTable(
  "pii_reveals",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    staffId: text("staff_id").notNull(),
    customerId: text("customer_id").notNull(),
    field: text("field").notNull(),
    at: integer("at").notNull(),
    withinQuota: integer("within_quota").notNull(),
  },
  (t) => [index("pii_reveals_staff_at_idx").on(t.staffId, t.at), check("pii_reveals_quota_check", sql`${t.withinQuota} = 1`)],
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
