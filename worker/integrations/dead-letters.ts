// The dead-letter queue's consumer: messages the inbound or outbox queue gave up on after its last
// try. An inbound event becomes a dead letter in the ledger (inspect and replay on the health page);
// an outbox row is marked failed (retry on the health page). Nothing is lost either way: the
// ledger and the outbox hold the event and the change.
import * as v from "valibot";
import { InboundMessageSchema, OutboxMessageSchema } from "../../core/protocol/integration-events";
import { createDatabase } from "../../db/client";
import { findEvent, markEventDead } from "../../db/repositories/integration-events";
import { findOutbox, markSendFailed } from "../../db/repositories/integration-outbox";

export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDatabase(env);
  for (const message of batch.messages) {
    const inbound = v.safeParse(InboundMessageSchema, message.body);
    if (inbound.success) {
      const key = { endpointId: inbound.output.endpointId, eventId: inbound.output.eventId };
      const row = await findEvent(db, key);
      await markEventDead(db, key, `gave up after ${row?.attempts ?? "several"} tries: ${row?.detail ?? "no detail"}`);
    }
    const outbox = v.safeParse(OutboxMessageSchema, message.body);
    if (outbox.success) {
      const row = await findOutbox(db, outbox.output.outboxId);
      if (row && row.status !== "synced") await markSendFailed(db, row.id, row.lastError ?? "the queue gave up", true);
    }
    message.ack();
  }
}
