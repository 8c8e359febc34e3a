// The write fence: the first statement of every guarded batch. It fails the whole batch
// (CHECK constraint) unless the customer's lock_epoch still equals the writer's token.
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { writeFences } from "../schema";

export function fenceStatement(db: Database, customerId: string, epoch: number) {
  const matches = sql`(SELECT count(*) FROM customers WHERE id = ${customerId} AND lock_epoch = ${epoch})`;
  return db
    .insert(writeFences)
    .values({ customerId, epochMatches: matches })
    .onConflictDoUpdate({ target: writeFences.customerId, set: { epochMatches: sql`excluded.epoch_matches` } });
}
