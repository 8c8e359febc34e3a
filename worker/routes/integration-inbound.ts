// Where back ends send events. Public (the HMAC is the credential; servers send no Origin, and a
// browser cannot sign), mounted before the app's own body limit so an oversized request is counted
// against its endpoint too.
// - POST /api/integrations/:endpointId/events: one event. 202 queued, 200 a repeat, else its refusal.
// - POST /api/integrations/:endpointId/events/batch: `{ "events": [...] }`, up to 100 in one signed
//   request (a back end with a backlog: one signature, one ledger round trip and one queue send for
//   all of them). 200 with each event's own answer in order; a refused event changes nothing and
//   does not hold back the others. Only what is wrong with the whole request refuses it whole.
// The checks are worker/integrations/intake.ts; every refusal is typed and counted for the health
// page; an accepted event is in the ledger and on the queue.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as v from "valibot";
import { type AppError, describeIssues } from "../../core/protocol/errors";
import {
  type BatchEventResult,
  type EventAccepted,
  type EventBatchAccepted,
  MAX_BATCH_EVENTS,
} from "../../core/protocol/integration-answers";
import type { InboundEvent, InboundMessage } from "../../core/protocol/integration-events";
import { createDatabase, type Database } from "../../db/client";
import { acceptEvents } from "../../db/repositories/integration-events";
import { countRefusal, countRefusals, type Refused } from "../../db/repositories/integration-health";
import type { AppEnv } from "../env";
import { cachedEndpoint } from "../integrations/endpoint-cache";
import {
  acceptedOrRefused,
  byteLength,
  enqueue,
  envelopeOf,
  isEndpointId,
  notQueued,
  Refusal,
  senderOf,
  signedBody,
  toAccept,
} from "../integrations/intake";
import { errorResponse } from "../middleware/errors";

/** A single event is small; this is the app's own request limit, counted per endpoint here. */
export const MAX_EVENT_BYTES = 64 * 1024;
/** A batch: each of its events within the one-event limit, the whole within this. */
export const MAX_BATCH_BYTES = 1024 * 1024;

const BatchSchema = v.strictObject({
  events: v.pipe(
    v.array(v.unknown()),
    v.minLength(1, "carries no events"),
    v.maxLength(MAX_BATCH_EVENTS, `carries more than ${MAX_BATCH_EVENTS} events`),
  ),
});

async function acceptOne(c: Context<AppEnv>, db: Database, now: number) {
  const sender = await senderOf(c.env, db, c.req.param("endpointId") ?? "", now);
  const { body, raw } = await signedBody(c.req.raw, sender, now);
  const event = envelopeOf(sender, raw);
  const [acceptance] = await acceptEvents(db, [toAccept(sender, event, body, now)]);
  if (!acceptance) throw new Error("no acceptance for the event");
  const taken = acceptedOrRefused(sender, event, body, acceptance);
  if (taken instanceof Refusal) throw taken;
  if (taken === "duplicate") {
    await countRefusal(db, sender.endpoint.id, "duplicate", `event ${event.id} again`, now);
    return { status: 200 as const, body: { accepted: true, eventId: event.id, status: "duplicate" } satisfies EventAccepted };
  }
  if ((await enqueue(c.env, db, [taken])).size > 0) throw notQueued();
  return { status: 202 as const, body: { accepted: true, eventId: event.id, status: "queued" } satisfies EventAccepted };
}

/** The event id an item carries, when it has a readable one (for the answer to a refused item). */
const idOf = (item: unknown): string | null =>
  typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string"
    ? (item as { id: string }).id.slice(0, 100)
    : null;

async function acceptBatch(c: Context<AppEnv>, db: Database, now: number): Promise<EventBatchAccepted> {
  const sender = await senderOf(c.env, db, c.req.param("endpointId") ?? "", now);
  const { raw } = await signedBody(c.req.raw, sender, now);
  const batch = v.safeParse(BatchSchema, raw);
  if (!batch.success)
    throw new Refusal("malformed", "VALIDATION", 'A batch is { "events": [...] } with 1 to 100 events', describeIssues(batch.issues));

  const results: BatchEventResult[] = new Array(batch.output.events.length);
  const refuse = (index: number, eventId: string | null, error: Refusal) => {
    results[index] = {
      index,
      eventId,
      status: "refused",
      error: { code: error.code, reason: error.reason, message: error.message, details: error.details },
    };
  };
  // Each event's own envelope and permission; the ones that pass go to the ledger together.
  const valid: { index: number; event: InboundEvent; payload: string }[] = [];
  for (const [index, item] of batch.output.events.entries()) {
    try {
      const payload = JSON.stringify(item);
      if (byteLength(payload) > MAX_EVENT_BYTES)
        throw new Refusal("oversized", "PAYLOAD_TOO_LARGE", `An event is limited to ${MAX_EVENT_BYTES / 1024} KB`);
      valid.push({ index, event: envelopeOf(sender, item), payload });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refuse(index, idOf(item), error);
    }
  }
  const acceptances = await acceptEvents(
    db,
    valid.map(({ event, payload }) => toAccept(sender, event, payload, now)),
  );
  const messages: InboundMessage[] = [];
  for (const [i, { index, event, payload }] of valid.entries()) {
    const acceptance = acceptances[i];
    if (!acceptance) throw new Error("no acceptance for the event");
    const taken = acceptedOrRefused(sender, event, payload, acceptance);
    if (taken instanceof Refusal) refuse(index, event.id, taken);
    else if (taken === "duplicate") results[index] = { index, eventId: event.id, status: "duplicate" };
    else {
      results[index] = { index, eventId: event.id, status: "queued" };
      messages.push(taken);
    }
  }
  const missed = await enqueue(c.env, db, messages);
  for (const result of results)
    if (result.status === "queued" && missed.has(result.eventId)) refuse(result.index, result.eventId, notQueued());

  await countBatch(db, sender.endpoint.id, results, now);
  return {
    queued: results.filter((r) => r.status === "queued").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    refused: results.filter((r) => r.status === "refused").length,
    results,
  };
}

/** The batch's refusals and repeats for the health page, one row per reason, in one round trip. */
async function countBatch(db: Database, endpointId: string, results: readonly BatchEventResult[], now: number): Promise<void> {
  const byReason = new Map<string, Refused & { count: number }>();
  for (const result of results) {
    if (result.status === "queued") continue;
    const { reason, message } =
      result.status === "refused" ? result.error : { reason: "duplicate", message: `event ${result.eventId} again` };
    const counted = byReason.get(reason);
    if (counted) counted.count++;
    else byReason.set(reason, { reason, message, count: 1 });
  }
  try {
    await countRefusals(db, endpointId, [...byReason.values()], now);
  } catch (caught) {
    console.error(JSON.stringify({ level: "error", msg: "refusals not counted", error: String(caught) }));
  }
}

/** Counts the refusal against its endpoint ("" when the path named none Tandem knows) and answers it. */
async function refused(db: Database, endpointId: string, error: Refusal, now: number): Promise<AppError> {
  const known = error.reason !== "unknown_endpoint";
  try {
    await countRefusal(db, known ? endpointId : "", error.reason, error.message, now);
  } catch (caught) {
    console.error(JSON.stringify({ level: "error", msg: "refusal not counted", error: String(caught) }));
  }
  return error;
}

/** The body limit of a route, its refusal counted against the endpoint the path names (when Tandem knows it). */
const limited = (maxSize: number, what: string) =>
  bodyLimit({
    maxSize,
    onError: async (c) => {
      const error = new Refusal("oversized", "PAYLOAD_TOO_LARGE", `${what} is limited to ${maxSize / 1024} KB`);
      const db = createDatabase(c.env);
      const endpointId = c.req.param("endpointId") ?? "";
      const known = isEndpointId(endpointId) && (await cachedEndpoint(db, endpointId, Date.now()));
      return errorResponse(c, await refused(db, known ? endpointId : "", error, Date.now()));
    },
  });

/** Runs a route's acceptance; a refusal of the whole request is counted and answered. */
async function answering(c: Context<AppEnv>, accept: (db: Database, now: number) => Promise<Response>): Promise<Response> {
  const db = createDatabase(c.env);
  const now = Date.now();
  try {
    return await accept(db, now);
  } catch (error) {
    if (error instanceof Refusal) return errorResponse(c, await refused(db, c.req.param("endpointId") ?? "", error, now));
    throw error;
  }
}

export const integrationInboundRoutes = new Hono<AppEnv>()
  .post("/:endpointId/events", limited(MAX_EVENT_BYTES, "An event"), (c) =>
    answering(c, async (db, now) => {
      const answer = await acceptOne(c, db, now);
      return c.json<EventAccepted>(answer.body, answer.status);
    }),
  )
  .post("/:endpointId/events/batch", limited(MAX_BATCH_BYTES, "A batch"), (c) =>
    answering(c, async (db, now) => c.json<EventBatchAccepted>(await acceptBatch(c, db, now), 200)),
  );
