// The lease or loan a signed agreement creates, with exactly the signed terms.
import type * as v from "valibot";
import { addPeriods } from "../../core/domain/servicing";
import type { AgreementDocumentSchema } from "../../core/protocol/agreements";
import { insertLease, insertLoan, insertLoanSchedule } from "../../db/repositories/servicing-changes";
import type { CommandContext, Statement } from "./types";

type Document = v.InferOutput<typeof AgreementDocumentSchema>;

export function financingRecords(
  ctx: CommandContext,
  orderId: string,
  document: Document,
): { statements: Statement[]; record: { record: "lease" | "loan"; id: string } } {
  const today = ctx.today;
  const description = document.items
    .map((i) => (i.quantity > 1 ? `${i.quantity} × ${i.title}` : i.title))
    .join(", ")
    .slice(0, 300);
  const { terms } = document;
  if (terms.product === "lease") {
    const id = ctx.id("lea");
    return {
      record: { record: "lease", id },
      statements: [
        insertLease(ctx.db, {
          id,
          customerId: ctx.customer.id,
          orderId,
          status: "active",
          itemDescription: description,
          cashPriceCents: terms.cashPriceCents,
          totalCostCents: terms.totalCostCents,
          paymentCents: terms.paymentCents,
          frequency: terms.frequency,
          termPayments: terms.termPayments,
          paymentsMade: 0,
          creditCents: 0,
          nextDueDate: addPeriods(today, "weekly", 1),
          daysPastDue: 0,
          earlyPurchaseCents: terms.earlyPurchaseCents,
          startedOn: today,
        }),
      ],
    };
  }
  const id = ctx.id("loa");
  const rows = terms.schedule.map((row) => ({
    loanId: id,
    seq: row.seq,
    dueDate: addPeriods(today, "monthly", row.seq),
    principalCents: row.principalCents,
    interestCents: row.interestCents,
    paidCents: 0,
  }));
  const statements: Statement[] = [
    insertLoan(ctx.db, {
      id,
      customerId: ctx.customer.id,
      orderId,
      kind: "purchase",
      status: "active",
      principalCents: terms.principalCents,
      aprBps: terms.aprBps,
      termMonths: terms.termMonths,
      paymentCents: terms.paymentCents,
      balanceCents: terms.principalCents,
      nextDueDate: rows[0]?.dueDate ?? null,
      daysPastDue: 0,
      disbursementAccount: null,
      collateralDescription: description,
      originatedOn: today,
    }),
    ...insertLoanSchedule(ctx.db, rows),
  ];
  return { record: { record: "loan", id }, statements };
}
