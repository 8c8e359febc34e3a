// Tandem over back ends it does not own: the org's integration endpoints (one per back end, its
// secret kept as a Worker secret named here, never the value), the ledger of events they sent in,
// the versions of the entities those events carry, the outbox of changes going back out, and the
// refusals counted per endpoint for the health page. Named integration_* so they are not confused
// with merchants' checkout endpoints.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { orgs } from "./org";

export const INTEGRATION_KINDS = ["order_platform", "lease_system", "loan_system", "card_issuer", "messaging"] as const;

export const integrationEndpoints = sqliteTable(
  "integration_endpoints",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    kind: text("kind", { enum: INTEGRATION_KINDS }).notNull(),
    name: text("name").notNull(),
    /** Which connector speaks to this back end (worker/integrations/connectors). */
    connector: text("connector").notNull(),
    /** Where outbound messages go; null when the back end takes none. */
    outboundUrl: text("outbound_url"),
    /** Name of the Worker secret holding the shared HMAC key (INTEGRATION_SECRET_...). */
    secretRef: text("secret_ref").notNull(),
    status: text("status", { enum: ["active", "disabled"] })
      .notNull()
      .default("active"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("integration_endpoints_org_idx").on(t.orgId)],
);

/** Every accepted inbound event, keyed by the sender's event id: idempotency, replay and health. */
export const integrationEvents = sqliteTable(
  "integration_events",
  {
    endpointId: text("endpoint_id").notNull(),
    eventId: text("event_id").notNull(),
    orgId: text("org_id").notNull(),
    type: text("type").notNull(),
    entityId: text("entity_id"),
    entityVersion: integer("entity_version"),
    /** The customer it changes (null for a customer the event creates, and for test events). */
    customerId: text("customer_id"),
    payload: text("payload").notNull(),
    /** queued -> applied | skipped (an older or equal version: a recorded no-op) | dead (kept failing). */
    status: text("status", { enum: ["queued", "applied", "skipped", "dead"] }).notNull(),
    detail: text("detail"),
    attempts: integer("attempts").notNull().default(0),
    receivedAt: integer("received_at").notNull(),
    appliedAt: integer("applied_at"),
  },
  (t) => [
    primaryKey({ columns: [t.endpointId, t.eventId] }),
    index("integration_events_endpoint_received_idx").on(t.endpointId, t.receivedAt),
    index("integration_events_status_idx").on(t.endpointId, t.status, t.receivedAt),
    index("integration_events_waiting_idx").on(t.status, t.receivedAt),
  ],
);

/** The newest version applied of each entity a back end owns, and Tandem's id for it. */
export const integrationEntities = sqliteTable(
  "integration_entities",
  {
    orgId: text("org_id").notNull(),
    entityType: text("entity_type", { enum: ["customer", "order", "lease", "loan", "payment"] }).notNull(),
    externalId: text("external_id").notNull(),
    localId: text("local_id").notNull(),
    customerId: text("customer_id").notNull(),
    version: integer("version").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.entityType, t.externalId] }),
    uniqueIndex("integration_entities_local_idx").on(t.entityType, t.localId),
  ],
);

/**
 * The check a batch planned from integration entities read before the room (the inbound consumer
 * reads a whole queue batch's in one round trip) starts with: 1 here when every one of them is still
 * as read, else 0, which fails the whole batch (CHECK); the room then reads them again and replans.
 */
export const integrationEntityChecks = sqliteTable(
  "integration_entity_checks",
  {
    customerId: text("customer_id").primaryKey(),
    matches: integer("matches").notNull(),
  },
  (t) => [check("integration_entity_checks_matches_check", sql`${t.matches} = 1`)],
);

/** Changes a back end must know, written in the same batch as the change, sent through a queue. */
export const integrationOutbox = sqliteTable(
  "integration_outbox",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    customerId: text("customer_id").notNull(),
    endpointId: text("endpoint_id").notNull(),
    topic: text("topic").notNull(),
    recordType: text("record_type").notNull(),
    recordId: text("record_id").notNull(),
    payload: text("payload").notNull(),
    /** pending (waiting or retrying) -> sending (claimed) -> synced | failed (gave up; retry by hand). */
    status: text("status", { enum: ["pending", "sending", "synced", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** Handed to the queue at; null until then (a room that stopped before sending leaves it null). */
    enqueuedAt: integer("enqueued_at"),
    /** A sender holds the row until then; another sender skips it meanwhile. */
    claimedUntil: integer("claimed_until"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [
    index("integration_outbox_customer_idx").on(t.customerId, t.status),
    index("integration_outbox_status_idx").on(t.status, t.createdAt),
    index("integration_outbox_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

/** Refused or dropped inbound requests, counted per endpoint, reason and minute (bounded, unlike rows per request). */
export const integrationRefusals = sqliteTable(
  "integration_refusals",
  {
    /** "" when the path named no endpoint Tandem knows. */
    endpointId: text("endpoint_id").notNull(),
    reason: text("reason").notNull(),
    minute: integer("minute").notNull(),
    count: integer("count").notNull(),
    lastAt: integer("last_at").notNull(),
    lastMessage: text("last_message").notNull(),
  },
  (t) => [primaryKey({ columns: [t.endpointId, t.reason, t.minute] }), index("integration_refusals_minute_idx").on(t.minute)],
);
