// Statements that write what a back end sent: a customer it names for the first time, and the
// standing of a lease or loan as the back end's snapshot states it. Each builds and runs nothing
// (the room commits them with the system note and the audit row).
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { customers, leases, loans } from "../schema";
import type { Statement } from "./audit";

export type CustomerInsert = typeof customers.$inferInsert;
type LeaseSnapshot = Pick<
  typeof leases.$inferInsert,
  "status" | "paymentCents" | "termPayments" | "paymentsMade" | "nextDueDate" | "daysPastDue" | "earlyPurchaseCents" | "totalCostCents"
>;
type LoanSnapshot = Pick<typeof loans.$inferInsert, "status" | "balanceCents" | "nextDueDate" | "daysPastDue">;

export function insertCustomer(db: Database, row: CustomerInsert): Statement {
  return db.insert(customers).values(row);
}

export function setLeaseSnapshot(db: Database, leaseId: string, snapshot: LeaseSnapshot): Statement {
  return db.update(leases).set(snapshot).where(eq(leases.id, leaseId));
}

export function setLoanSnapshot(db: Database, loanId: string, snapshot: LoanSnapshot): Statement {
  return db.update(loans).set(snapshot).where(eq(loans.id, loanId));
}
