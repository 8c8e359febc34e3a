// A customer's leases and loans with what servicing shows: schedules, payments, promises, and the
// one-time cards that paid a purchase loan's vendor.
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { leases, loanSchedule, loans, payments, promisesToPay, virtualCards } from "../schema";

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
