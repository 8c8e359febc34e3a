// Promises to pay as the servicing commands read and change them (the servicing screen reads them
// with the rest of the account in servicing.ts).
import { and, eq, lte } from "drizzle-orm";
import type { Database } from "../client";
import { promisesToPay } from "../schema";
import type { Statement } from "./audit";

export type PromiseRow = typeof promisesToPay.$inferSelect;
export type PromiseInsert = typeof promisesToPay.$inferInsert;

/** One promise of this customer (null when it is another's or does not exist). */
export async function findPromise(db: Database, customerId: string, id: string): Promise<PromiseRow | null> {
  const [row] = await db
    .select()
    .from(promisesToPay)
    .where(and(eq(promisesToPay.id, id), eq(promisesToPay.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

/** The open promise on a lease or loan, if any (there is at most one). */
export async function openPromiseOf(db: Database, productId: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: promisesToPay.id })
    .from(promisesToPay)
    .where(and(eq(promisesToPay.productId, productId), eq(promisesToPay.status, "open")))
    .limit(1);
  return row ?? null;
}

/** Open promises on a lease or loan that a payment of `amountCents` covers. */
export function promisesCoveredBy(db: Database, productId: string, amountCents: number): Promise<{ id: string }[]> {
  return db
    .select({ id: promisesToPay.id })
    .from(promisesToPay)
    .where(and(eq(promisesToPay.productId, productId), eq(promisesToPay.status, "open"), lte(promisesToPay.amountCents, amountCents)));
}

export function insertPromise(db: Database, row: PromiseInsert): Statement {
  return db.insert(promisesToPay).values(row);
}

export function setPromiseStatus(db: Database, promiseId: string, status: PromiseRow["status"]): Statement {
  return db.update(promisesToPay).set({ status }).where(eq(promisesToPay.id, promiseId));
}
