// The statements that open and service a lease or loan: the records a signed agreement creates, and
// what a posted payment moves. Each builds statements and runs nothing (the room batches them).
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { leases, loanSchedule, loans, payments } from "../schema";
import type { Statement } from "./audit";
import type { LeaseRow, LoanRow } from "./servicing";

export type LeaseInsert = typeof leases.$inferInsert;
export type LoanInsert = typeof loans.$inferInsert;
export type InstallmentInsert = typeof loanSchedule.$inferInsert;
export type PaymentInsert = typeof payments.$inferInsert;

/** D1 allows 100 bound parameters per statement; an installment row binds 6. */
const INSTALLMENTS_PER_INSERT = 15;

export function insertLease(db: Database, row: LeaseInsert): Statement {
  return db.insert(leases).values(row);
}

export function insertLoan(db: Database, row: LoanInsert): Statement {
  return db.insert(loans).values(row);
}

/** A loan's schedule, in as many inserts as D1's parameter limit needs. */
export function insertLoanSchedule(db: Database, rows: InstallmentInsert[]): Statement[] {
  const statements: Statement[] = [];
  for (let i = 0; i < rows.length; i += INSTALLMENTS_PER_INSERT)
    statements.push(db.insert(loanSchedule).values(rows.slice(i, i + INSTALLMENTS_PER_INSERT)));
  return statements;
}

export function insertPayment(db: Database, row: PaymentInsert): Statement {
  return db.insert(payments).values(row);
}

/** Where a lease stands after a payment. */
export function setLeaseStanding(
  db: Database,
  leaseId: string,
  standing: Pick<LeaseRow, "paymentsMade" | "creditCents" | "nextDueDate" | "daysPastDue" | "earlyPurchaseCents" | "status">,
): Statement {
  return db.update(leases).set(standing).where(eq(leases.id, leaseId));
}

/** A direct-deposit loan paid out: active from today, with its schedule (inserted beside it). */
export function markLoanPaidOut(
  db: Database,
  loanId: string,
  payout: { disbursedAt: number; disbursedBy: string; originatedOn: string; nextDueDate: string | null },
): Statement {
  return db
    .update(loans)
    .set({ ...payout, status: "active" })
    .where(and(eq(loans.id, loanId), eq(loans.status, "pending_payout")));
}

/** Where a loan stands after a payment. */
export function setLoanStanding(
  db: Database,
  loanId: string,
  standing: Pick<LoanRow, "balanceCents" | "nextDueDate" | "daysPastDue" | "status">,
): Statement {
  return db.update(loans).set(standing).where(eq(loans.id, loanId));
}

/** What has been paid toward one installment, and when it was settled (null while open). */
export function setInstallmentPaid(db: Database, loanId: string, seq: number, paidCents: number, paidOn: string | null): Statement {
  return db
    .update(loanSchedule)
    .set({ paidCents, paidOn })
    .where(and(eq(loanSchedule.loanId, loanId), eq(loanSchedule.seq, seq)));
}
