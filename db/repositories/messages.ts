// The dev outbox: messages the local demo "sends" to customers and merchants, read back by the demo and the tests.
import { desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { messageOutbox } from "../schema";

export type OutboxMessage = typeof messageOutbox.$inferSelect;

export async function putInOutbox(db: Database, message: typeof messageOutbox.$inferInsert): Promise<void> {
  await db.insert(messageOutbox).values(message);
}

export async function outboxFor(db: Database, toAddress: string | undefined, limit = 50): Promise<OutboxMessage[]> {
  return db
    .select()
    .from(messageOutbox)
    .where(toAddress ? eq(messageOutbox.toAddress, toAddress) : undefined)
    .orderBy(desc(messageOutbox.createdAt))
    .limit(limit);
}
