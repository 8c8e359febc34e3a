// POST /api/integrations/:endpointId/events: where back ends send events. Public (the HMAC is the
// credential; servers send no Origin, and a browser cannot sign), mounted before the app's own body
// limit so an oversized request is counted against its endpoint too. Checks, in order: a known
// active endpoint, its secret, the body's size, the timestamp's window, the signature, the
// envelope, that this kind of back end may send this event, the customer in the endpoint's org,
// the sender's event id (a repeat is acknowledged, not queued again), the entity's version. Every
// refusal is typed and counted for the health page; an accepted event is in the ledger and on the queue.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import * as v from "valibot";
import { mayReceive } from "../../core/domain/integrations";
import { AppError, describeIssues } from "../../core/protocol/errors";
import type { EventAccepted } from "../../core/protocol/integration-answers";
import { ENTITY_OF, eventCustomer, InboundEventSchema, type InboundMessage } from "../../core/protocol/integration-events";
import { createDatabase, type Database } from "../../db/client";
import { acceptEvent, forgetEvent } from "../../db/repositories/integration-events";
import { countRefusal } from "../../db/repositories/integration-health";
import type { AppEnv } from "../env";
import { connectorFor } from "../integrations/connectors";
import { cachedEndpoint } from "../integrations/endpoint-cache";
import { integrationSecret } from "../integrations/secrets";
import { checkSigned } from "../integrations/signing";
import { errorResponse } from "../middleware/errors";

/** A single event is small; this is the app's own request limit, counted per endpoint here. */
export const MAX_EVENT_BYTES = 64 * 1024;
const ENDPOINT_ID = /^ie_[\w-]{1,60}$/;

class Refusal extends AppError {
  constructor(
    readonly reason: string,
    code: ConstructorParameters<typeof AppError>[0],
    message: string,
    details?: unknown,
  ) {
    super(code, message, { reason, ...(details === undefined ? {} : { issues: details }) });
  }
}

async function accept(c: { env: Env; req: { raw: Request; param: (name: string) => string } }, db: Database, now: number) {
  const endpointId = c.req.param("endpointId");
  const endpoint = ENDPOINT_ID.test(endpointId) ? await cachedEndpoint(db, endpointId, now) : null;
  if (!endpoint) throw new Refusal("unknown_endpoint", "NOT_FOUND", "No such integration endpoint");
  if (endpoint.status !== "active") throw new Refusal("disabled_endpoint", "FORBIDDEN", "This integration endpoint is disabled");
  const secret = integrationSecret(c.env, endpoint.secretRef);
  const connector = secret ? connectorFor(endpoint, c.env, secret) : null;
  if (!secret || !connector) throw new Refusal("not_configured", "UNAVAILABLE", "This endpoint's secret or connector is not configured");
  const body = await c.req.raw.text();
  const unsigned = await checkSigned(c.req.raw.headers, body, secret, now);
  if (unsigned === "missing_timestamp")
    throw new Refusal(unsigned, "UNAUTHENTICATED", "Sign the request: Tandem-Timestamp is missing or not Unix seconds");
  if (unsigned === "stale_timestamp")
    throw new Refusal(unsigned, "UNAUTHENTICATED", "The request's timestamp is outside the 5-minute window");
  if (unsigned === "bad_signature") throw new Refusal(unsigned, "UNAUTHENTICATED", "The signature does not match");
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new Refusal("malformed", "VALIDATION", "The body is not JSON");
  }
  const parsed = v.safeParse(InboundEventSchema, connector.toEnvelope(raw));
  if (!parsed.success)
    throw new Refusal("malformed", "VALIDATION", "The event does not match Tandem's envelope", describeIssues(parsed.issues));
  const event = parsed.output;
  const product = event.type === "payment.posted" ? event.data.product : undefined;
  if (!mayReceive(endpoint.kind, event.type, product))
    throw new Refusal(
      "type_not_allowed",
      "FORBIDDEN",
      `A ${endpoint.kind.replace("_", " ")} may not send ${event.type}${product ? ` for a ${product}` : ""}`,
    );

  // The checks that need the database and the ledger's row, in one round trip: the customer in the
  // endpoint's org only (another org's is "not found"; only a customer snapshot may open an
  // account), no older version than Tandem has, and not an event id this endpoint sent before.
  const key = { endpointId: endpoint.id, eventId: event.id };
  const entity = event.type === "test.ping" ? null : event.entity;
  const acceptance = await acceptEvent(
    db,
    {
      ...key,
      orgId: endpoint.orgId,
      type: event.type,
      entityId: entity?.id ?? null,
      entityVersion: entity?.version ?? null,
      payload: body,
      receivedAt: now,
    },
    event.type === "test.ping"
      ? null
      : { customer: eventCustomer(event), entityType: ENTITY_OF[event.type], mayOpenAccount: event.type === "customer.upserted" },
  );
  if (!acceptance.accepted && acceptance.why === "unknown_customer")
    throw new Refusal("unknown_customer", "NOT_FOUND", "No such customer in this org");
  if (!acceptance.accepted && acceptance.why === "stale_version")
    throw new Refusal("stale_version", "CONFLICT", `Tandem already has version ${acceptance.version} of ${entity?.id}`);
  if (!acceptance.accepted) {
    await countRefusal(db, endpoint.id, "duplicate", `event ${event.id} again`, now);
    return { status: 200 as const, body: { accepted: true, eventId: event.id, status: "duplicate" } satisfies EventAccepted };
  }
  const customerId = acceptance.customerId;
  try {
    const customerKey = event.type === "test.ping" ? `ping:${event.id}` : (customerId ?? `ext:${event.entity.id}`);
    await c.env.INTEGRATION_EVENTS.send({ ...key, orgId: endpoint.orgId, customerId, customerKey, payload: body } satisfies InboundMessage);
  } catch (error) {
    // Not on the queue: forget it, so the sender's retry is accepted afresh rather than called a repeat.
    await forgetEvent(db, key);
    console.error(JSON.stringify({ level: "error", msg: "inbound event not queued", endpointId: endpoint.id, error: String(error) }));
    throw new Refusal("queue_unavailable", "UNAVAILABLE", "The event could not be queued; send it again");
  }
  return { status: 202 as const, body: { accepted: true, eventId: event.id, status: "queued" } satisfies EventAccepted };
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

export const integrationInboundRoutes = new Hono<AppEnv>().post(
  "/:endpointId/events",
  bodyLimit({
    maxSize: MAX_EVENT_BYTES,
    onError: async (c) => {
      const error = new Refusal("oversized", "PAYLOAD_TOO_LARGE", `An event is limited to ${MAX_EVENT_BYTES / 1024} KB`);
      const db = createDatabase(c.env);
      const endpointId = c.req.param("endpointId") ?? "";
      const known = ENDPOINT_ID.test(endpointId) && (await cachedEndpoint(db, endpointId, Date.now()));
      return errorResponse(c, await refused(db, known ? endpointId : "", error, Date.now()));
    },
  }),
  async (c) => {
    const db = createDatabase(c.env);
    const now = Date.now();
    try {
      const answer = await accept(c, db, now);
      return c.json<EventAccepted>(answer.body, answer.status);
    } catch (error) {
      if (error instanceof Refusal) return errorResponse(c, await refused(db, c.req.param("endpointId"), error, now));
      throw error;
    }
  },
);
