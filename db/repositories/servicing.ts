// A customer's leases and loans with what servicing shows: schedules, payments, promises, and the
// one-time cards that paid a purchase loan's vendor; and one lease or loan as the commands load it.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { leases, loanSchedule, loans, payments, promisesToPay, virtualCards } from "../schema";

export type LeaseRow = typeof leases.$inferSelect;
export type LoanRow = typeof loans.$inferSelect;
export type InstallmentRow = typeof loanSchedule.$inferSelect;

export async function loadServicing(db: Database, customerId: string) {
  const [leaseRows, loanRows, paymentRows, promiseRows] = await Promise.all([
    db.select().from(leases).where(eq(leases.customerId, customerId)).orderBy(desc(leases.startedOn)),
    db.select().from(loans).where(eq(loans.customerId, customerId)).orderBy(desc(loans.originatedOn)),
    db.select().from(payments).where(eq(payments.customerId, customerId)).orderBy(desc(payments.paidAt)).limit(200),
    db.select().from(promisesToPay).where(eq(promisesToPay.customerId, customerId)).orderBy(desc(promisesToPay.createdAt)),
  ]);
  const loanIds = loanRows.map((l) => l.id);
  const orderIds = loanRows.flatMap((l) => (l.orderId ? [l.orderId] : []));
  const [scheduleRows, cardRows] = await Promise.all([
    loanIds.length ? db.select().from(loanSchedule).where(inArray(loanSchedule.loanId, loanIds)).orderBy(asc(loanSchedule.seq)) : [],
    orderIds.length ? db.select().from(virtualCards).where(inArray(virtualCards.orderId, orderIds)) : [],
  ]);
  return { leases: leaseRows, loans: loanRows, payments: paymentRows, promises: promiseRows, schedule: scheduleRows, cards: cardRows };
}

export type ServicingData = Awaited<ReturnType<typeof loadServicing>>;

/** One lease of this customer (null when it is another's or does not exist). */
export async function findLease(db: Database, customerId: string, id: string): Promise<LeaseRow | null> {
  const [row] = await db
    .select()
    .from(leases)
    .where(and(eq(leases.id, id), eq(leases.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

/** One loan of this customer (null when it is another's or does not exist). */
export async function findLoan(db: Database, customerId: string, id: string): Promise<LoanRow | null> {
  const [row] = await db
    .select()
    .from(loans)
    .where(and(eq(loans.id, id), eq(loans.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

/** A loan's installments in order. */
export function loanScheduleOf(db: Database, loanId: string): Promise<InstallmentRow[]> {
  return db.select().from(loanSchedule).where(eq(loanSchedule.loanId, loanId)).orderBy(asc(loanSchedule.seq));
}

/** Where this customer's loan was paid out (`value` null when none is on file); null when no such loan. */
export async function loanDisbursementAccount(db: Database, customerId: string, loanId: string): Promise<{ value: string | null } | null> {
  const [row] = await db
    .select({ value: loans.disbursementAccount })
    .from(loans)
    .where(and(eq(loans.id, loanId), eq(loans.customerId, customerId)))
    .limit(1);
  return row ?? null;
}
