// The room's side of the transactional outbox: the rows a command's outbound changes become (one
// per endpoint of the org that takes the topic, inserted in the change's own batch), and handing
// this customer's unsent rows to the outbox queue after the commit, or on the alarm armed before
// it (so a room stopped between the two still sends: the alarm survives the eviction).
import { outboundKinds } from "../../core/domain/integrations";
import type { OutboxMessage } from "../../core/protocol/integration-events";
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import { activeEndpointsOfKinds } from "../../db/repositories/integration-endpoints";
import { externalIdOf } from "../../db/repositories/integration-entities";
import { markEnqueued, type OutboxInsert, unsentOutboxOf } from "../../db/repositories/integration-outbox";
import type { OutboundChange } from "../commands/types";

/** The alarm armed before a commit with outbound rows fires this long after it, if nothing sent them first. */
export const OUTBOX_BACKSTOP_MS = 3_000;

export async function outboxRowsFor(
  db: Database,
  customer: { id: string; orgId: string; externalId: string | null },
  changes: readonly OutboundChange[],
  now: number,
): Promise<OutboxInsert[]> {
  const rows: OutboxInsert[] = [];
  for (const change of changes) {
    const endpoints = await activeEndpointsOfKinds(db, customer.orgId, outboundKinds(change.topic, change.product?.type ?? null));
    if (endpoints.length === 0) continue;
    const product = change.product
      ? { ...change.product, externalId: (await externalIdOf(db, change.product.type, change.product.id)) ?? change.product.id }
      : undefined;
    // Orders and payments a back end created are known there by its own id.
    const recordExternalId =
      change.record.type === "order" || change.record.type === "payment"
        ? await externalIdOf(db, change.record.type, change.record.id)
        : null;
    const payload = JSON.stringify({
      ...change.payload,
      record: { ...change.record, externalId: recordExternalId ?? change.record.id },
      customer: { id: customer.id, externalId: customer.externalId },
      ...(product ? { product } : {}),
    });
    for (const endpoint of endpoints)
      rows.push({
        id: newId("obx"),
        orgId: customer.orgId,
        customerId: customer.id,
        endpointId: endpoint.id,
        topic: change.topic,
        recordType: change.record.type,
        recordId: change.record.id,
        payload,
        status: "pending",
        attempts: 0,
        createdAt: now,
      });
  }
  return rows;
}

/** Hands this customer's unsent outbox rows to the queue; answers how many. Throws when the queue refuses. */
export async function sendUnsentOutbox(
  db: Database,
  queue: Queue<OutboxMessage> | undefined,
  customerId: string,
  now: number,
): Promise<number> {
  if (!queue) return 0;
  const rows = await unsentOutboxOf(db, customerId, now);
  if (rows.length === 0) return 0;
  await queue.sendBatch(rows.map((row) => ({ body: { outboxId: row.id } })));
  await markEnqueued(
    db,
    rows.map((row) => row.id),
    now,
  );
  return rows.length;
}

/**
 * One room's outbox duty. `arm` runs before a commit that writes outbox rows: a flag and an alarm,
 * both durable, so if the room stops between the commit and the send, the alarm sends on restart.
 */
export class RoomOutbox {
  private failures = 0;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly db: () => Database,
    private readonly queue: () => Queue<OutboxMessage> | undefined,
    private readonly customerId: string,
    private readonly wakeAt: (at: number) => Promise<void>,
  ) {}

  async arm(now: number): Promise<void> {
    await this.storage.put("outboxArmed", true);
    await this.wakeAt(now + OUTBOX_BACKSTOP_MS);
  }

  /** Hands unsent rows to the queue when armed; on failure stays armed and tries again on the alarm. */
  async flush(now: number): Promise<void> {
    if (!(await this.storage.get<boolean>("outboxArmed"))) return;
    try {
      await sendUnsentOutbox(this.db(), this.queue(), this.customerId, now);
      this.failures = 0;
      await this.storage.delete("outboxArmed");
    } catch (error) {
      const delay = Math.min(60_000, 500 * 2 ** Math.min(this.failures++, 7));
      console.error(
        JSON.stringify({
          level: "warn",
          msg: "outbox not handed to the queue",
          room: this.customerId,
          retryInMs: delay,
          error: String(error),
        }),
      );
      await this.wakeAt(now + delay);
    }
  }
}
