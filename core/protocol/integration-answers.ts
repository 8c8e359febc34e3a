// Answers of the integration routes: the inbound endpoint's acknowledgement to a back end, the
// endpoint health page (engineering and admins), dead letters and retries. (What reps see of a
// sync: sync-answers.ts, apart so the customer screen loads only that.)
import * as v from "valibot";
import { INTEGRATION_KINDS } from "../domain/integrations";
import { ErrorCodeSchema } from "./errors";

/** POST /api/integrations/:endpointId/events: queued (202), or a repeat of an event already taken (200). */
export const EventAcceptedSchema = v.object({
  accepted: v.literal(true),
  eventId: v.string(),
  status: v.picklist(["queued", "duplicate"]),
});
export type EventAccepted = v.InferOutput<typeof EventAcceptedSchema>;

/** Most events one batch request may carry (`POST /api/integrations/:endpointId/events/batch`). */
export const MAX_BATCH_EVENTS = 100;

/** One event of a batch: taken like a lone event (queued, or a repeat), or refused with its own typed error. */
export const BatchEventResultSchema = v.variant("status", [
  v.object({ index: v.number(), eventId: v.string(), status: v.literal("queued") }),
  v.object({ index: v.number(), eventId: v.string(), status: v.literal("duplicate") }),
  v.object({
    index: v.number(),
    /** Null when the event did not carry a readable id. */
    eventId: v.nullable(v.string()),
    status: v.literal("refused"),
    error: v.object({ code: ErrorCodeSchema, reason: v.string(), message: v.string(), details: v.optional(v.unknown()) }),
  }),
]);
export type BatchEventResult = v.InferOutput<typeof BatchEventResultSchema>;

/**
 * POST /api/integrations/:endpointId/events/batch: 200 with each event's own answer, in the
 * request's order. A refused event changed nothing; send it again once fixed (UNAVAILABLE: as is).
 */
export const EventBatchAcceptedSchema = v.object({
  queued: v.number(),
  duplicates: v.number(),
  refused: v.number(),
  results: v.array(BatchEventResultSchema),
});
export type EventBatchAccepted = v.InferOutput<typeof EventBatchAcceptedSchema>;

const Rate = v.nullable(v.number());

export const EndpointHealthSchema = v.object({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(INTEGRATION_KINDS),
  connector: v.string(),
  status: v.picklist(["active", "disabled"]),
  /** Whether its Worker secret is set (never the secret). */
  secretSet: v.boolean(),
  inbound: v.object({
    accepted: v.number(),
    applied: v.number(),
    waiting: v.number(),
    dead: v.number(),
    /** Dropped as repeats: the same event id again, or the same entity version again. */
    duplicates: v.number(),
    /** Older than what the account has: recorded, not applied. */
    stale: v.number(),
    refused: v.number(),
    refusals: v.array(v.object({ reason: v.string(), count: v.number() })),
    deliveryRate: Rate,
    errorRate: Rate,
    lagP95Ms: v.nullable(v.number()),
  }),
  outbound: v.object({ sent: v.number(), waiting: v.number(), failed: v.number() }),
  lastError: v.nullable(v.object({ at: v.number(), message: v.string() })),
});
export type EndpointHealth = v.InferOutput<typeof EndpointHealthSchema>;

/** GET /api/integrations/health */
export const IntegrationHealthSchema = v.object({
  windowHours: v.number(),
  endpoints: v.array(EndpointHealthSchema),
  /** Requests to endpoint ids nobody has (all orgs: the path named no org). */
  unknownEndpointRequests: v.number(),
  failedOutbound: v.array(
    v.object({
      id: v.string(),
      endpointId: v.string(),
      endpointName: v.string(),
      topic: v.string(),
      recordType: v.string(),
      recordId: v.string(),
      attempts: v.number(),
      lastError: v.nullable(v.string()),
      createdAt: v.number(),
    }),
  ),
});
export type IntegrationHealth = v.InferOutput<typeof IntegrationHealthSchema>;

export const DeadLetterSchema = v.object({
  eventId: v.string(),
  type: v.string(),
  entityId: v.nullable(v.string()),
  entityVersion: v.nullable(v.number()),
  attempts: v.number(),
  receivedAt: v.number(),
  error: v.nullable(v.string()),
});

/** GET /api/integrations/endpoints/:id/dead-letters */
export const DeadLettersSchema = v.object({ items: v.array(DeadLetterSchema) });
export type DeadLetters = v.InferOutput<typeof DeadLettersSchema>;

/** GET /api/integrations/endpoints/:id/dead-letters/:eventId: the event as the back end sent it. */
export const DeadLetterDetailSchema = v.object({ ...DeadLetterSchema.entries, payload: v.unknown() });
export type DeadLetterDetail = v.InferOutput<typeof DeadLetterDetailSchema>;

/** POST .../dead-letters/:eventId/replay */
export const ReplayedSchema = v.object({ eventId: v.string(), status: v.literal("queued") });
export type Replayed = v.InferOutput<typeof ReplayedSchema>;

/** POST /api/integrations/endpoints/:id/test-event: a signed ping through the whole inbound path. */
export const TestEventSentSchema = v.object({ eventId: v.string(), status: v.number() });
export type TestEventSent = v.InferOutput<typeof TestEventSentSchema>;

/** POST /api/integrations/outbox/:id/retry */
export const OutboxRetriedSchema = v.object({ id: v.string(), status: v.literal("syncing") });
export type OutboxRetried = v.InferOutput<typeof OutboxRetriedSchema>;
