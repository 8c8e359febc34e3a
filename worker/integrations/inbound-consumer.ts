// The inbound queue's consumer: each message names an accepted event in the ledger; the event goes
// to its customer's room as the system actor (`integration.apply`), so ownership, notes, audit and
// live screens work as for any change. Events of one customer are applied one after another, other
// customers' side by side. A refusal that will not get better (a malformed snapshot) is a dead
// letter at once; anything else is retried with backoff (a payment may arrive before its loan), and
// after the queue's last try it moves to the dead-letter queue.
import * as v from "valibot";
import { retryDelaySeconds } from "../../core/domain/integrations";
import { systemActor } from "../../core/domain/system-actor";
import { InboundEventSchema, type InboundMessage, InboundMessageSchema } from "../../core/protocol/integration-events";
import { createDatabase, type Database } from "../../db/client";
import { claimCustomerId, customerByExternalId, customerIdTaken } from "../../db/repositories/integration-entities";
import { findEvent, markEventApplied, markEventAttempt, markEventDead, markEventSkipped } from "../../db/repositories/integration-events";
import { customerRoom } from "../rooms";
import { connectorFor } from "./connectors";
import { cachedEndpoint } from "./endpoint-cache";
import { integrationSecret } from "./secrets";

/** Refusals no retry can fix: the event itself is wrong, or names a record of another customer. */
const PERMANENT = new Set(["VALIDATION", "FORBIDDEN", "CONFLICT"]);

type Outcome = { done: true } | { done: false; error: string; permanent: boolean };

/** A fresh id in the block back ends' new customers get (cus_8xxxxxxx), free in every org. */
async function freshCustomerId(db: Database): Promise<string> {
  for (;;) {
    const id = `cus_8${String(crypto.getRandomValues(new Uint32Array(1))[0] ?? 0)
      .padStart(10, "0")
      .slice(-7)}`;
    if (!(await customerIdTaken(db, id))) return id;
  }
}

/** The event and its ledger facts: from the message when it carries them, else from the ledger. */
async function eventOf(db: Database, message: InboundMessage) {
  if (message.payload !== undefined) return { ...message, payload: message.payload };
  const row = await findEvent(db, message);
  // Applied, skipped or dead already (a repeat delivery), or forgotten: nothing to do.
  return row?.status === "queued" ? row : null;
}

async function applyEvent(env: Env, db: Database, message: InboundMessage): Promise<Outcome> {
  const key = { endpointId: message.endpointId, eventId: message.eventId };
  // A repeat of an applied event is harmless: the room finds its version applied and writes nothing.
  const row = await eventOf(db, message);
  if (!row) return { done: true };
  const endpoint = await cachedEndpoint(db, row.endpointId, Date.now());
  const secret = endpoint ? integrationSecret(env, endpoint.secretRef) : null;
  const connector = endpoint && secret ? connectorFor(endpoint, env, secret) : null;
  if (!endpoint || !connector) return { done: false, error: "the endpoint is gone or not configured", permanent: true };
  const parsed = v.safeParse(InboundEventSchema, connector.toEnvelope(JSON.parse(row.payload)));
  if (!parsed.success) return { done: false, error: "the stored event no longer matches the envelope", permanent: true };
  const event = parsed.output;
  const now = Date.now();
  if (event.type === "test.ping") {
    await db.batch([markEventApplied(db, key, null, now)]);
    return { done: true };
  }
  let customerId = row.customerId;
  if (!customerId && event.type === "customer.upserted")
    customerId =
      (await customerByExternalId(db, row.orgId, event.entity.id)) ??
      (await claimCustomerId(db, row.orgId, event.entity.id, await freshCustomerId(db), now));
  if (!customerId) return { done: false, error: "NOT_FOUND: no such customer", permanent: false };
  const room = await customerRoom(env, customerId);
  const actor = systemActor(row.orgId, `integration_${endpoint.kind}`, endpoint.name);
  const command = { type: "integration.apply" as const, endpointId: endpoint.id, endpointName: endpoint.name, eventId: row.eventId, event };
  const result = await room.mutate(actor, command, { ip: null, userAgent: `Tandem integrations (${endpoint.connector})` });
  if (result.ok) {
    const skipped = result.reply.skipped;
    if (typeof skipped === "string") await markEventSkipped(db, key, skipped, now);
    return { done: true };
  }
  return { done: false, error: `${result.error.code}: ${result.error.message}`, permanent: PERMANENT.has(result.error.code) };
}

async function handle(env: Env, db: Database, message: Message<unknown>, body: InboundMessage): Promise<void> {
  const key = { endpointId: body.endpointId, eventId: body.eventId };
  let outcome: Outcome;
  try {
    outcome = await applyEvent(env, db, body);
  } catch (error) {
    outcome = { done: false, error: String(error).slice(0, 300), permanent: false };
  }
  if (outcome.done) return message.ack();
  try {
    const attempts = await markEventAttempt(db, key, outcome.error);
    if (outcome.permanent) {
      await markEventDead(db, key, outcome.error);
      return message.ack();
    }
    message.retry({ delaySeconds: retryDelaySeconds(attempts) });
  } catch {
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  }
}

export async function consumeInbound(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDatabase(env);
  const lines = new Map<string, { message: Message<unknown>; body: InboundMessage }[]>();
  for (const message of batch.messages) {
    const parsed = v.safeParse(InboundMessageSchema, message.body);
    if (!parsed.success) {
      console.error(JSON.stringify({ level: "warn", msg: "not an inbound event message; dropped", id: message.id }));
      message.ack();
      continue;
    }
    const line = lines.get(parsed.output.customerKey) ?? [];
    line.push({ message, body: parsed.output });
    lines.set(parsed.output.customerKey, line);
  }
  await Promise.all(
    [...lines.values()].map(async (line) => {
      for (const { message, body } of line) await handle(env, db, message, body);
    }),
  );
}
