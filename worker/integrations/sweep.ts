// The Cron Trigger's backstop for the integration queues: outbox rows no room handed to the queue
// (their room's alarm normally does it), and accepted events whose queue message was lost (never
// tried, long after they came in). Sending twice is harmless: the consumers claim and check first.
import type { InboundMessage } from "../../core/protocol/integration-events";
import type { Database } from "../../db/client";
import { waitingSince } from "../../db/repositories/integration-events";
import { markEnqueued, unsentOutbox } from "../../db/repositories/integration-outbox";

const LOST_EVENT_MS = 30 * 60_000;

export async function sweepIntegrations(env: Env, db: Database, now: number): Promise<{ outbox: number; events: number }> {
  const rows = await unsentOutbox(db, now, 100);
  if (rows.length > 0) {
    await env.INTEGRATION_OUTBOX.sendBatch(rows.map((row) => ({ body: { outboxId: row.id } })));
    await markEnqueued(
      db,
      rows.map((row) => row.id),
      now,
    );
  }
  const lost = (await waitingSince(db, now - LOST_EVENT_MS, 100)).filter((row) => row.attempts === 0);
  if (lost.length > 0)
    await env.INTEGRATION_EVENTS.sendBatch(
      lost.map((row) => ({
        body: {
          endpointId: row.endpointId,
          eventId: row.eventId,
          orgId: row.orgId,
          customerId: row.customerId,
          customerKey: row.customerId ?? `ext:${row.entityId ?? row.eventId}`,
        } satisfies InboundMessage,
      })),
    );
  return { outbox: rows.length, events: lost.length };
}
