// loan.open and loan.payout: a direct-deposit loan (cash to the client's bank account, no goods).
// A rep opens it with the state's terms; someone else (loan.disburse, never the opener) pays it out,
// which starts its schedule. The account number never reaches a note, a feed item or an audit row;
// both steps go to the loan-management system through the outbox (the account only to it).
import type * as v from "valibot";
import { amortize, formatCents } from "../../core/domain/money";
import { formatApr, loanOffer } from "../../core/domain/offers";
import { stateRule } from "../../core/domain/products";
import { addPeriods } from "../../core/domain/servicing";
import { describeDay } from "../../core/domain/time-zone";
import { AppError } from "../../core/protocol/errors";
import type { LoanOpenCommandSchema, LoanPayoutCommandSchema } from "../../core/protocol/loan-commands";
import { findLoan } from "../../db/repositories/servicing";
import { insertLoan, insertLoanSchedule, markLoanPaidOut } from "../../db/repositories/servicing-changes";
import type { CommandHandler } from "./types";

const invalid = (path: string, message: string) => new AppError("VALIDATION", message, [{ path, message }]);

export const loanOpen: CommandHandler<v.InferOutput<typeof LoanOpenCommandSchema>> = {
  permission: "loan.originate",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { state, bankAccountNumber } = ctx.customer;
    const rule = stateRule(state);
    if (!rule.loanAllowed) throw invalid("principalCents", `Loans are not offered in ${state ?? "this state"}`);
    if (command.principalCents > rule.loanMaxCents)
      throw invalid("principalCents", `A loan in ${state ?? "this state"} is at most ${formatCents(rule.loanMaxCents)}`);
    const account = command.accountNumber ?? bankAccountNumber;
    if (!account) throw invalid("accountNumber", "No bank account on file: enter the account to pay out to");
    const terms = loanOffer(command.principalCents, state);
    const id = ctx.id("loa");
    const what = `${formatCents(terms.principalCents)} at ${formatApr(terms.aprBps)} over ${terms.termMonths} months`;
    return {
      statements: [
        insertLoan(ctx.db, {
          id,
          customerId: ctx.customer.id,
          orderId: null,
          kind: "direct_deposit",
          status: "pending_payout",
          principalCents: terms.principalCents,
          aprBps: terms.aprBps,
          termMonths: terms.termMonths,
          paymentCents: terms.paymentCents,
          balanceCents: terms.principalCents,
          nextDueDate: null,
          daysPastDue: 0,
          disbursementAccount: account,
          collateralDescription: null,
          originatedOn: ctx.today,
          openedBy: ctx.actor.id,
        }),
      ],
      note: { text: command.note, category: "payment", action: "loan.open" },
      activity: { kind: "payment", summary: `Direct-deposit loan opened: ${what}; waiting for its payout`, data: { loanId: id } },
      audit: {
        action: "loan.open",
        targetType: "loan",
        targetId: id,
        details: {
          principalCents: terms.principalCents,
          aprBps: terms.aprBps,
          termMonths: terms.termMonths,
          account: command.accountNumber ? "entered" : "on file",
        },
      },
      reply: { loanId: id, status: "pending_payout" },
      recordsChanged: [{ record: "loan", id }],
      // The loan-management system books it under Tandem's id (its snapshots then name that id),
      // with the account it will pay out to: it moves the money when told of the payout.
      outbound: [
        {
          topic: "loan.opened",
          record: { type: "loan", id },
          product: { type: "loan", id },
          payload: {
            loanId: id,
            kind: "direct_deposit",
            status: "pending_payout",
            principalCents: terms.principalCents,
            aprBps: terms.aprBps,
            termMonths: terms.termMonths,
            paymentCents: terms.paymentCents,
            disbursementAccount: account,
            openedOn: ctx.today,
          },
        },
      ],
    };
  },
};

export const loanPayout: CommandHandler<v.InferOutput<typeof LoanPayoutCommandSchema>> = {
  permission: "loan.disburse",
  requiresOwnership: true,
  async plan(ctx, command) {
    const loan = await findLoan(ctx.db, ctx.customer.id, command.loanId);
    if (!loan) throw new AppError("NOT_FOUND", "This customer has no such loan");
    if (loan.status !== "pending_payout")
      throw new AppError("CONFLICT", `This loan is ${loan.status.replace("_", " ")}, not waiting for a payout`);
    // Two people on every payout: whoever opened the loan cannot also send the money.
    if (loan.openedBy === ctx.actor.id) throw new AppError("FORBIDDEN", "Someone other than who opened this loan must pay it out");
    // The terms the loan was opened with, the schedule counted from the payout.
    const schedule = amortize(loan.principalCents, loan.aprBps, loan.termMonths).map((row) => ({
      loanId: loan.id,
      seq: row.seq,
      dueDate: addPeriods(ctx.today, "monthly", row.seq),
      principalCents: row.principalCents,
      interestCents: row.interestCents,
      paidCents: 0,
    }));
    return {
      statements: [
        markLoanPaidOut(ctx.db, loan.id, {
          disbursedAt: ctx.now,
          disbursedBy: ctx.actor.id,
          originatedOn: ctx.today,
          nextDueDate: schedule[0]?.dueDate ?? null,
        }),
        ...insertLoanSchedule(ctx.db, schedule),
      ],
      note: { text: command.note, category: "payment", action: "loan.payout" },
      activity: {
        kind: "payment",
        summary: `Direct-deposit loan of ${formatCents(loan.principalCents)} paid out; first payment due ${schedule[0] ? describeDay(schedule[0].dueDate) : "—"}`,
        data: { loanId: loan.id },
      },
      audit: { action: "loan.payout", targetType: "loan", targetId: loan.id, details: { principalCents: loan.principalCents } },
      reply: { loanId: loan.id, status: "active" },
      recordsChanged: [{ record: "loan", id: loan.id }],
      outbound: [
        {
          topic: "loan.paid_out",
          record: { type: "loan", id: loan.id },
          product: { type: "loan", id: loan.id },
          payload: {
            loanId: loan.id,
            principalCents: loan.principalCents,
            paidOutOn: ctx.today,
            firstDueDate: schedule[0]?.dueDate ?? null,
            termMonths: loan.termMonths,
          },
        },
      ],
    };
  },
};
