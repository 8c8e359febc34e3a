// The checks an inbound request and each event in it pass, shared by the one-event route and the
// batch route (worker/routes/integration-inbound.ts). Request-wide, in order: a known active
// endpoint, its secret and connector, the timestamp's window, the signature, JSON. Per event: the
// envelope, that this kind of back end may send this event, then (in the ledger's one round trip
// for the whole request) the customer in the endpoint's org, the sender's event id, the entity's
// version. A refusal is typed and names its reason, which the health page counts.
import * as v from "valibot";
import { mayReceive } from "../../core/domain/integrations";
import { AppError, describeIssues } from "../../core/protocol/errors";
import {
  ENTITY_OF,
  eventCustomer,
  type InboundEvent,
  InboundEventSchema,
  type InboundMessage,
} from "../../core/protocol/integration-events";
import type { Database } from "../../db/client";
import type { IntegrationEndpointRow } from "../../db/repositories/integration-endpoints";
import { type Acceptance, type EventToAccept, forgetEvents } from "../../db/repositories/integration-events";
import { connectorFor } from "./connectors";
import type { Connector } from "./connectors/connector";
import { cachedEndpoint } from "./endpoint-cache";
import { integrationSecret } from "./secrets";
import { checkSigned } from "./signing";

const ENDPOINT_ID = /^ie_[\w-]{1,60}$/;

export class Refusal extends AppError {
  constructor(
    readonly reason: string,
    code: ConstructorParameters<typeof AppError>[0],
    message: string,
    details?: unknown,
  ) {
    super(code, message, { reason, ...(details === undefined ? {} : { issues: details }) });
  }
}

export const isEndpointId = (id: string) => ENDPOINT_ID.test(id);

export interface Sender {
  endpoint: IntegrationEndpointRow;
  connector: Connector;
  secret: string;
}

/** The endpoint a request names, with its connector; refused when unknown, disabled or not configured. */
export async function senderOf(env: Env, db: Database, endpointId: string, now: number): Promise<Sender> {
  const endpoint = isEndpointId(endpointId) ? await cachedEndpoint(db, endpointId, now) : null;
  if (!endpoint) throw new Refusal("unknown_endpoint", "NOT_FOUND", "No such integration endpoint");
  if (endpoint.status !== "active") throw new Refusal("disabled_endpoint", "FORBIDDEN", "This integration endpoint is disabled");
  const secret = integrationSecret(env, endpoint.secretRef);
  const connector = secret ? connectorFor(endpoint, env, secret) : null;
  if (!secret || !connector) throw new Refusal("not_configured", "UNAVAILABLE", "This endpoint's secret or connector is not configured");
  return { endpoint, connector, secret };
}

/** The request's body as JSON, once its timestamp and signature check out with the endpoint's secret. */
export async function signedBody(request: Request, sender: Sender, now: number): Promise<{ body: string; raw: unknown }> {
  const body = await request.text();
  const unsigned = await checkSigned(request.headers, body, sender.secret, now);
  if (unsigned === "missing_timestamp")
    throw new Refusal(unsigned, "UNAUTHENTICATED", "Sign the request: Tandem-Timestamp is missing or not Unix seconds");
  if (unsigned === "stale_timestamp")
    throw new Refusal(unsigned, "UNAUTHENTICATED", "The request's timestamp is outside the 5-minute window");
  if (unsigned === "bad_signature") throw new Refusal(unsigned, "UNAUTHENTICATED", "The signature does not match");
  try {
    return { body, raw: JSON.parse(body) };
  } catch {
    throw new Refusal("malformed", "VALIDATION", "The body is not JSON");
  }
}

/** One event in the back end's format as Tandem's envelope, if it is one this kind of back end may send. */
export function envelopeOf(sender: Sender, raw: unknown): InboundEvent {
  const parsed = v.safeParse(InboundEventSchema, sender.connector.toEnvelope(raw));
  if (!parsed.success)
    throw new Refusal("malformed", "VALIDATION", "The event does not match Tandem's envelope", describeIssues(parsed.issues));
  const event = parsed.output;
  const product = event.type === "payment.posted" ? event.data.product : undefined;
  if (!mayReceive(sender.endpoint.kind, event.type, product))
    throw new Refusal(
      "type_not_allowed",
      "FORBIDDEN",
      `A ${sender.endpoint.kind.replace("_", " ")} may not send ${event.type}${product ? ` for a ${product}` : ""}`,
    );
  return event;
}

/** What the ledger's acceptance checks for an event: its row, and the customer and entity it is about. */
export function toAccept(sender: Sender, event: InboundEvent, payload: string, now: number): EventToAccept {
  const entity = event.type === "test.ping" ? null : event.entity;
  return {
    row: {
      endpointId: sender.endpoint.id,
      eventId: event.id,
      orgId: sender.endpoint.orgId,
      type: event.type,
      entityId: entity?.id ?? null,
      entityVersion: entity?.version ?? null,
      payload,
      receivedAt: now,
    },
    // Only a customer snapshot may open an account; another org's customer is "not found".
    about:
      event.type === "test.ping"
        ? null
        : { customer: eventCustomer(event), entityType: ENTITY_OF[event.type], mayOpenAccount: event.type === "customer.upserted" },
  };
}

/** The ledger's answer: the queue's message for an accepted event, "duplicate" for a repeat, else the refusal. */
export function acceptedOrRefused(
  sender: Sender,
  event: InboundEvent,
  payload: string,
  acceptance: Acceptance,
): InboundMessage | "duplicate" | Refusal {
  if (!acceptance.accepted && acceptance.why === "unknown_customer")
    return new Refusal("unknown_customer", "NOT_FOUND", "No such customer in this org");
  if (!acceptance.accepted && acceptance.why === "stale_version")
    return new Refusal(
      "stale_version",
      "CONFLICT",
      `Tandem already has version ${acceptance.version} of ${event.type === "test.ping" ? event.id : event.entity.id}`,
    );
  if (!acceptance.accepted) return "duplicate";
  const customerId = acceptance.customerId;
  const customerKey = event.type === "test.ping" ? `ping:${event.id}` : (customerId ?? `ext:${event.entity.id}`);
  return { endpointId: sender.endpoint.id, eventId: event.id, orgId: sender.endpoint.orgId, customerId, customerKey, payload };
}

/**
 * Cloudflare Queues takes at most 100 messages and 256 KB in one `sendBatch` (each message's body
 * plus some overhead); the messages go in chunks well under both.
 */
const QUEUE_BATCH_MESSAGES = 100;
const QUEUE_BATCH_BYTES = 200_000;

const utf8 = new TextEncoder();

/** A text's size in bytes (UTF-8), as Workers count request bodies and queue messages. */
export const byteLength = (text: string) => utf8.encode(text).byteLength;

function queueChunks(messages: readonly InboundMessage[]): InboundMessage[][] {
  const chunks: InboundMessage[][] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = byteLength(JSON.stringify(message)) + 100;
    const last = chunks.at(-1);
    if (last && last.length < QUEUE_BATCH_MESSAGES && bytes + size <= QUEUE_BATCH_BYTES) {
      last.push(message);
      bytes += size;
    } else {
      chunks.push([message]);
      bytes = size;
    }
  }
  return chunks;
}

/**
 * Puts accepted events on the inbound queue. Those the queue would not take are forgotten from the
 * ledger (so the sender's retry is accepted afresh rather than called a repeat) and answered: the
 * set of event ids that did not get on.
 */
export async function enqueue(env: Env, db: Database, messages: readonly InboundMessage[]): Promise<Set<string>> {
  const missed = new Set<string>();
  for (const chunk of queueChunks(messages)) {
    try {
      if (chunk.length === 1 && chunk[0]) await env.INTEGRATION_EVENTS.send(chunk[0]);
      else await env.INTEGRATION_EVENTS.sendBatch(chunk.map((body) => ({ body })));
    } catch (error) {
      await forgetEvents(db, chunk);
      for (const message of chunk) missed.add(message.eventId);
      console.error(
        JSON.stringify({
          level: "error",
          msg: "inbound events not queued",
          endpointId: chunk[0]?.endpointId,
          count: chunk.length,
          error: String(error),
        }),
      );
    }
  }
  return missed;
}

export const notQueued = () => new Refusal("queue_unavailable", "UNAVAILABLE", "The event could not be queued; send it again");
