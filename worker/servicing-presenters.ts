// Leases and loans as the servicing panel shows them: schedules, balance, delinquency bucket,
// early purchase amount, and the disbursement account masked by the PII policy.
import { presentField } from "../core/domain/pii";
import type { Role } from "../core/domain/roles";
import {
  daysPastDue,
  delinquencyBucket,
  leaseEarlyPurchase,
  leasePaidCents,
  leaseRemainingCents,
  leaseSchedule,
  loanBalance,
  loanOutstanding,
} from "../core/domain/servicing";
import type { LeaseView, LoanView } from "../core/protocol/servicing-answers";
import type { ServicingData } from "../db/repositories/servicing";
import { presentCards } from "./order-presenters";

const paymentsOf = (data: ServicingData, productId: string) =>
  data.payments
    .filter((p) => p.productId === productId)
    .map((p) => ({ id: p.id, amountCents: p.amountCents, method: p.method, status: p.status, paidAt: p.paidAt }));

const promisesOf = (data: ServicingData, productId: string) =>
  data.promises
    .filter((p) => p.productId === productId)
    .map((p) => ({ id: p.id, amountCents: p.amountCents, dueDate: p.dueDate, status: p.status, createdAt: p.createdAt }));

/** `today`: the org's calendar day (core/domain/time-zone.ts), which decides what is past due. */
export function presentLeases(data: ServicingData, today: string): LeaseView[] {
  return data.leases.map((lease) => {
    // Stored days past due were set when the lease last changed; the due date says what is true today.
    const late = lease.status === "active" ? Math.max(lease.daysPastDue, daysPastDue(lease.nextDueDate, today)) : 0;
    return {
      id: lease.id,
      orderId: lease.orderId,
      status: lease.status,
      itemDescription: lease.itemDescription,
      cashPriceCents: lease.cashPriceCents,
      totalCostCents: lease.totalCostCents,
      paymentCents: lease.paymentCents,
      frequency: lease.frequency,
      termPayments: lease.termPayments,
      paymentsMade: lease.paymentsMade,
      creditCents: lease.creditCents,
      paidCents: leasePaidCents(lease),
      remainingCents: leaseRemainingCents(lease),
      earlyPurchaseCents: leaseEarlyPurchase(lease),
      nextDueDate: lease.nextDueDate,
      daysPastDue: late,
      bucket: delinquencyBucket(late),
      startedOn: lease.startedOn,
      schedule: leaseSchedule(lease, today),
      payments: paymentsOf(data, lease.id),
      promises: promisesOf(data, lease.id),
    };
  });
}

export function presentLoans(data: ServicingData, role: Role, today: string, now: number): LoanView[] {
  return data.loans.map((loan) => {
    const rows = data.schedule.filter((r) => r.loanId === loan.id);
    const late = loan.status === "active" ? Math.max(loan.daysPastDue, daysPastDue(loan.nextDueDate, today)) : 0;
    return {
      id: loan.id,
      orderId: loan.orderId,
      kind: loan.kind,
      status: loan.status,
      principalCents: loan.principalCents,
      aprBps: loan.aprBps,
      termMonths: loan.termMonths,
      paymentCents: loan.paymentCents,
      balanceCents: rows.length > 0 ? loanBalance(rows) : loan.balanceCents,
      outstandingCents: loanOutstanding(rows),
      nextDueDate: loan.nextDueDate,
      daysPastDue: late,
      bucket: delinquencyBucket(late),
      disbursementAccount:
        loan.kind === "direct_deposit" ? (presentField(role, "disbursementAccount", loan.disbursementAccount) ?? null) : null,
      collateralDescription: loan.collateralDescription,
      originatedOn: loan.originatedOn,
      schedule: rows.map((r) => ({
        seq: r.seq,
        dueDate: r.dueDate,
        principalCents: r.principalCents,
        interestCents: r.interestCents,
        paymentCents: r.principalCents + r.interestCents,
        paidCents: r.paidOn ? r.principalCents + r.interestCents : r.paidCents,
        status: r.paidOn ? "paid" : r.dueDate < today ? "past_due" : "upcoming",
        paidOn: r.paidOn,
      })),
      cards: presentCards(
        data.cards.filter((c) => c.orderId === loan.orderId),
        role,
        now,
      ),
      payments: paymentsOf(data, loan.id),
      promises: promisesOf(data, loan.id),
    };
  });
}
