// The outbox queue's consumer: each message names an outbox row. The row is claimed (so two
// deliveries of one message, or a message and the sweep, never send at once), sent through its
// endpoint's connector with the row id as the idempotency key, and marked synced, retried with
// backoff, or failed after OUTBOX_MAX_ATTEMPTS (then only an engineer's retry sends it again).
// Screens showing the item hear of its new sync state through the customer's room.
import * as v from "valibot";
import { OUTBOX_MAX_ATTEMPTS, type OutboundTopic, retryDelaySeconds } from "../../core/domain/integrations";
import { OutboxMessageSchema } from "../../core/protocol/integration-events";
import { createDatabase, type Database } from "../../db/client";
import { findIntegrationEndpoint } from "../../db/repositories/integration-endpoints";
import { claimOutbox, markSendFailed, markSynced, type OutboxRow } from "../../db/repositories/integration-outbox";
import { customerRoom } from "../rooms";
import { connectorFor } from "./connectors";
import { type Delivery, deliver } from "./connectors/connector";
import { integrationSecret } from "./secrets";

async function send(env: Env, db: Database, row: OutboxRow): Promise<Delivery> {
  const endpoint = await findIntegrationEndpoint(db, row.endpointId);
  if (endpoint?.status !== "active") return { ok: false, retryable: false, error: "the endpoint is gone or disabled" };
  const secret = integrationSecret(env, endpoint.secretRef);
  const connector = secret ? connectorFor(endpoint, env, secret) : null;
  if (!connector)
    return { ok: false, retryable: false, error: `${endpoint.secretRef} or connector ${endpoint.connector} is not configured` };
  const data = JSON.parse(row.payload) as Record<string, unknown>;
  return deliver(connector, { id: row.id, topic: row.topic as OutboundTopic, occurredAt: row.createdAt, data });
}

/** Open screens of the customer redraw the item's badge. Best effort: the state is in the database either way. */
async function tellRoom(env: Env, row: OutboxRow): Promise<void> {
  try {
    await (await customerRoom(env, row.customerId)).syncChanged(row.recordId);
  } catch (error) {
    console.error(JSON.stringify({ level: "warn", msg: "sync state not broadcast", outboxId: row.id, error: String(error) }));
  }
}

async function handle(env: Env, db: Database, message: Message<unknown>): Promise<void> {
  const parsed = v.safeParse(OutboxMessageSchema, message.body);
  if (!parsed.success) return message.ack();
  const row = await claimOutbox(db, parsed.output.outboxId, Date.now());
  // Synced, failed, or being sent by another delivery of it right now.
  if (!row) return message.ack();
  let delivery: Delivery;
  try {
    delivery = await send(env, db, row);
  } catch (error) {
    delivery = { ok: false, retryable: true, error: String(error).slice(0, 200) };
  }
  if (delivery.ok) {
    await markSynced(db, row.id, Date.now());
    await tellRoom(env, row);
    return message.ack();
  }
  const final = !delivery.retryable || row.attempts >= OUTBOX_MAX_ATTEMPTS;
  await markSendFailed(db, row.id, delivery.error, final);
  if (final) {
    await tellRoom(env, row);
    return message.ack();
  }
  message.retry({ delaySeconds: retryDelaySeconds(row.attempts) });
}

export async function consumeOutbox(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDatabase(env);
  await Promise.all(
    batch.messages.map((message) =>
      handle(env, db, message).catch((error: unknown) => {
        console.error(JSON.stringify({ level: "error", msg: "outbox send failed", error: String(error) }));
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }),
    ),
  );
}
