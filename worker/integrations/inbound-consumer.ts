// The inbound queue's consumer: each message names an accepted event in the ledger; the event goes
// to its customer's room as the system actor (`integration.apply`), so ownership, notes, audit and
// live screens work as for any change. The records every event of the batch names are read in one
// round trip first; then customers side by side, each customer's events in order: consecutive
// events of one endpoint for one customer go to the room as one group (`mutateMany`: planned from
// those records, which the batch checks have not moved; one batch for their writes, each event with
// its own note, feed item, audit row and ledger mark; the room keeps the customer's row for the next
// group), a lone event as a group of one. A refusal that will not get better (a malformed snapshot)
// is a dead letter at once; anything else is retried with backoff (a payment may arrive before its
// loan), and after the queue's last try it moves to the dead-letter queue.
import * as v from "valibot";
import type { Actor } from "../../core/domain/actor";
import { retryDelaySeconds } from "../../core/domain/integrations";
import { systemActor } from "../../core/domain/system-actor";
import type { MutationResult } from "../../core/protocol/commands";
import type { IntegrationApplyCommand } from "../../core/protocol/integration-commands";
import { entitiesNamed, InboundEventSchema, type InboundMessage, InboundMessageSchema } from "../../core/protocol/integration-events";
import { createDatabase, type Database, errorText } from "../../db/client";
import {
  claimCustomerId,
  customerByExternalId,
  customerIdTaken,
  type EntitiesRead,
  entitiesAhead,
} from "../../db/repositories/integration-entities";
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

/** An event ready for its customer's room: the command, as whom, and from where. */
interface Step {
  customerId: string;
  endpointId: string;
  actor: Actor;
  command: IntegrationApplyCommand;
  origin: { ip: null; userAgent: string };
}

/** Everything before the room: the event, its endpoint and connector, its customer (claimed for a new one). */
async function stepFor(env: Env, db: Database, message: InboundMessage): Promise<Step | Outcome> {
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
  return {
    customerId,
    endpointId: endpoint.id,
    actor: systemActor(row.orgId, `integration_${endpoint.kind}`, endpoint.name),
    command: { type: "integration.apply", endpointId: endpoint.id, endpointName: endpoint.name, eventId: row.eventId, event },
    origin: { ip: null, userAgent: `Tandem integrations (${endpoint.connector})` },
  };
}

/** The room's answer as the consumer's outcome; a recorded no-op (an older or repeated version) is marked skipped. */
async function outcomeOf(db: Database, body: InboundMessage, result: MutationResult): Promise<Outcome> {
  if (result.ok) {
    const skipped = result.reply.skipped;
    if (typeof skipped === "string")
      await markEventSkipped(db, { endpointId: body.endpointId, eventId: body.eventId }, skipped, Date.now());
    return { done: true };
  }
  return { done: false, error: `${result.error.code}: ${result.error.message}`, permanent: PERMANENT.has(result.error.code) };
}

const failed = (error: unknown): Outcome => ({ done: false, error: String(error).slice(0, 300), permanent: false });

/** Acknowledges a done message; records a failed try and retries it with backoff, or dead-letters a permanent failure. */
async function settle(db: Database, message: Message<unknown>, body: InboundMessage, outcome: Outcome): Promise<void> {
  const key = { endpointId: body.endpointId, eventId: body.eventId };
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

type Entry = { message: Message<unknown>; body: InboundMessage };

/** Consecutive events of one endpoint for one customer: what goes to the room as one group. */
type Run = { entry: Entry; step: Step }[];

/** A customer's messages of a batch, in order, made ready for the room (a done or failed one is settled here), in runs. */
async function runsOf(env: Env, db: Database, line: Entry[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const entry of line) {
    let prepared: Step | Outcome;
    try {
      prepared = await stepFor(env, db, entry.body);
    } catch (error) {
      prepared = failed(error);
    }
    if ("done" in prepared) {
      await settle(db, entry.message, entry.body, prepared);
      continue;
    }
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.step.customerId === prepared.customerId && last.step.endpointId === prepared.endpointId)
      run.push({ entry, step: prepared });
    else runs.push([{ entry, step: prepared }]);
  }
  return runs;
}

/** The records every run names, in one round trip for the whole batch; none (each room reads its own) if that fails. */
async function readAhead(db: Database, runs: readonly Run[]): Promise<(EntitiesRead | undefined)[]> {
  if (runs.length === 0) return [];
  try {
    return await entitiesAhead(
      db,
      runs.map((run) => ({
        orgId: run[0]?.step.actor.orgId ?? "",
        customerId: run[0]?.step.customerId ?? "",
        named: run.flatMap(({ step }) => entitiesNamed(step.command.event)),
      })),
    );
  } catch (error) {
    console.error(
      JSON.stringify({ level: "warn", msg: "inbound read-ahead failed; rooms read their own", error: errorText(error).slice(-300) }),
    );
    return runs.map(() => undefined);
  }
}

/**
 * One run to its customer's room as a group (one room call, one batch for their writes, each
 * event still with its own note, feed item, audit row and ledger mark), then each message settled.
 */
async function sendRun(env: Env, db: Database, run: Run, ahead: EntitiesRead | undefined): Promise<void> {
  const [first] = run;
  if (!first) return;
  let results: (MutationResult | Outcome)[];
  try {
    const room = await customerRoom(env, first.step.customerId);
    results = await room.mutateMany(
      first.step.actor,
      run.map((r) => r.step.command),
      first.step.origin,
      ahead,
    );
  } catch (error) {
    results = run.map(() => failed(error));
  }
  for (const [index, { entry }] of run.entries()) {
    const result = results[index] ?? failed("no answer from the room");
    let outcome: Outcome;
    try {
      outcome = "done" in result ? result : await outcomeOf(db, entry.body, result);
    } catch (error) {
      outcome = failed(error);
    }
    await settle(db, entry.message, entry.body, outcome);
  }
}

export async function consumeInbound(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDatabase(env);
  const lines = new Map<string, Entry[]>();
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
  // Every event made ready, then the records all of them name read at once; customers side by side, each one's runs in order.
  const perLine = await Promise.all([...lines.values()].map((line) => runsOf(env, db, line)));
  const ahead = await readAhead(db, perLine.flat());
  let next = 0;
  const aheadOf = perLine.map((runs) => runs.map(() => ahead[next++]));
  await Promise.all(
    perLine.map(async (runs, line) => {
      for (const [index, run] of runs.entries()) await sendRun(env, db, run, aheadOf[line]?.[index]);
    }),
  );
}
