// Endpoint health for engineering and admins: every endpoint of the org with its figures, dead
// letters (inspect, replay), a signed test event through the whole inbound path, and retrying an
// outbound change that was given up on. Every action is audited in the caller's own stream.
import { Hono } from "hono";
import * as v from "valibot";
import { redactForRole } from "../../core/domain/event-redaction";
import { AppError } from "../../core/protocol/errors";
import type {
  DeadLetterDetail,
  DeadLetters,
  IntegrationHealth,
  OutboxRetried,
  Replayed,
  TestEventSent,
} from "../../core/protocol/integration-answers";
import type { InboundMessage } from "../../core/protocol/integration-events";
import { newId } from "../../db/crypto";
import { findIntegrationEndpoint, type IntegrationEndpointRow } from "../../db/repositories/integration-endpoints";
import { deadLettersOf, findEvent, type IntegrationEventRow, requeueDeadEvent } from "../../db/repositories/integration-events";
import { retryFailedOutbox } from "../../db/repositories/integration-outbox";
import { actorAudit, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { integrationHealth } from "../integrations/health";
import { integrationSecret } from "../integrations/secrets";
import { signedHeaders } from "../integrations/signing";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { customerRoom } from "../rooms";
import { integrationInboundRoutes } from "./integration-inbound";

const EndpointParam = v.object({ id: v.pipe(v.string(), v.regex(/^ie_[\w-]{1,60}$/, "is not an endpoint id")) });
const EventParam = v.object({ ...EndpointParam.entries, eventId: v.pipe(v.string(), v.regex(/^[\w.:-]{1,100}$/, "is not an event id")) });
const OutboxParam = v.object({ id: v.pipe(v.string(), v.regex(/^obx_\w{1,40}$/, "is not an outbox id")) });

/** The endpoint, when it is the caller's org's; another org's is not found. */
async function orgEndpoint(db: AppEnv["Variables"]["db"], orgId: string, id: string): Promise<IntegrationEndpointRow> {
  const endpoint = await findIntegrationEndpoint(db, id);
  if (!endpoint || endpoint.orgId !== orgId) throw new AppError("NOT_FOUND", "No such integration endpoint");
  return endpoint;
}

function deadLetter(row: IntegrationEventRow) {
  return {
    eventId: row.eventId,
    type: row.type,
    entityId: row.entityId,
    entityVersion: row.entityVersion,
    attempts: row.attempts,
    receivedAt: row.receivedAt,
    error: row.detail,
  };
}

export const integrationRoutes = new Hono<AppEnv>()
  .use(requirePermission("integration.manage"))
  .get("/health", async (c) => c.json<IntegrationHealth>(await integrationHealth(c.var.db, c.env, c.var.actor.orgId, Date.now())))
  .get("/endpoints/:id/dead-letters", validate("param", EndpointParam), async (c) => {
    const endpoint = await orgEndpoint(c.var.db, c.var.actor.orgId, c.req.valid("param").id);
    return c.json<DeadLetters>({ items: (await deadLettersOf(c.var.db, endpoint.id, 100)).map(deadLetter) });
  })
  .get("/endpoints/:id/dead-letters/:eventId", validate("param", EventParam), async (c) => {
    const { id, eventId } = c.req.valid("param");
    const endpoint = await orgEndpoint(c.var.db, c.var.actor.orgId, id);
    const row = await findEvent(c.var.db, { endpointId: endpoint.id, eventId });
    if (row?.status !== "dead") throw new AppError("NOT_FOUND", "No such dead letter");
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload);
    } catch {
      payload = row.payload;
    }
    // Personal data in the event follows the PII policy (engineering sees none of it).
    return c.json<DeadLetterDetail>({ ...deadLetter(row), payload: redactForRole(payload, c.var.actor.role) });
  })
  .post("/endpoints/:id/dead-letters/:eventId/replay", validate("param", EventParam), async (c) => {
    const { id, eventId } = c.req.valid("param");
    const endpoint = await orgEndpoint(c.var.db, c.var.actor.orgId, id);
    const key = { endpointId: endpoint.id, eventId };
    if (!(await requeueDeadEvent(c.var.db, key))) throw new AppError("NOT_FOUND", "No such dead letter");
    const row = await findEvent(c.var.db, key);
    const customerId = row?.customerId ?? null;
    const customerKey = customerId ?? `ext:${row?.entityId ?? eventId}`;
    await c.env.INTEGRATION_EVENTS.send({ ...key, orgId: endpoint.orgId, customerId, customerKey } satisfies InboundMessage);
    await recordAudit(
      c,
      actorAudit(c, {
        action: "integration.replay",
        targetType: "integration_event",
        targetId: eventId,
        details: { endpointId: endpoint.id },
      }),
    );
    return c.json<Replayed>({ eventId, status: "queued" });
  })
  .post("/endpoints/:id/test-event", validate("param", EndpointParam), async (c) => {
    const endpoint = await orgEndpoint(c.var.db, c.var.actor.orgId, c.req.valid("param").id);
    const secret = integrationSecret(c.env, endpoint.secretRef);
    if (!secret) throw new AppError("UNAVAILABLE", `${endpoint.secretRef} is not set: this endpoint cannot check signatures`);
    const eventId = `test_${newId("evt").slice(4)}`;
    const body = JSON.stringify({ id: eventId, type: "test.ping", occurredAt: Date.now(), data: { note: `sent by ${c.var.actor.name}` } });
    // Through the real inbound route, signed as the back end would sign: every check runs.
    const response = await integrationInboundRoutes.request(
      `/${endpoint.id}/events`,
      { method: "POST", headers: await signedHeaders(body, secret, Date.now()), body },
      c.env,
      c.executionCtx,
    );
    await recordAudit(
      c,
      actorAudit(c, {
        action: "integration.test_event",
        targetType: "integration_endpoint",
        targetId: endpoint.id,
        details: { eventId, status: response.status },
      }),
    );
    return c.json<TestEventSent>({ eventId, status: response.status }, 201);
  })
  .post("/outbox/:id/retry", validate("param", OutboxParam), async (c) => {
    const row = await retryFailedOutbox(c.var.db, c.var.actor.orgId, c.req.valid("param").id);
    if (!row) throw new AppError("NOT_FOUND", "No such failed outbound change");
    await c.env.INTEGRATION_OUTBOX.send({ outboxId: row.id });
    await recordAudit(
      c,
      actorAudit(c, {
        action: "integration.outbox_retry",
        targetType: "integration_outbox",
        targetId: row.id,
        details: { endpointId: row.endpointId, topic: row.topic },
      }),
    );
    c.executionCtx.waitUntil(
      customerRoom(c.env, row.customerId)
        .then((room) => room.syncChanged(row.recordId))
        .catch(() => undefined),
    );
    return c.json<OutboxRetried>({ id: row.id, status: "syncing" });
  });
