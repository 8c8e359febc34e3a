// payment.record: a payment the client made by phone (or at a store) is posted to a lease or a
// loan; the schedule, balance, due date and delinquency move with it, and a promise it keeps is kept.
import type * as v from "valibot";
import { formatCents } from "../../core/domain/money";
import { applyLeasePayment, applyLoanPayment, delinquencyBucket, leaseEarlyPurchase } from "../../core/domain/servicing";
import { AppError } from "../../core/protocol/errors";
import type { PaymentRecordCommandSchema } from "../../core/protocol/order-commands";
import { promisesCoveredBy, setPromiseStatus } from "../../db/repositories/promises";
import { loanScheduleOf } from "../../db/repositories/servicing";
import { insertPayment, setInstallmentPaid, setLeaseStanding, setLoanStanding } from "../../db/repositories/servicing-changes";
import { loadLease, loadLoan, requireProductMatch } from "./servicing-support";
import type { CommandContext, CommandHandler, Statement } from "./types";

type Command = v.InferOutput<typeof PaymentRecordCommandSchema>;

async function leasePayment(ctx: CommandContext, command: Command, today: string) {
  const lease = await loadLease(ctx, command.productId);
  const outcome = applyLeasePayment({ ...lease, frequency: lease.frequency }, command.amountCents, today);
  if (!outcome.ok) throw new AppError("CONFLICT", outcome.message);
  const s = outcome.state;
  return {
    statements: [
      setLeaseStanding(ctx.db, lease.id, {
        paymentsMade: s.paymentsMade,
        creditCents: s.creditCents,
        nextDueDate: s.nextDueDate,
        daysPastDue: s.daysPastDue,
        earlyPurchaseCents: leaseEarlyPurchase(s),
        status: s.paidOff ? "paid_off" : "active",
      }),
    ],
    summary: `${s.paymentsMade} of ${s.termPayments} payments made; ${delinquencyBucket(s.daysPastDue)}`,
  };
}

async function loanPayment(ctx: CommandContext, command: Command, today: string) {
  const loan = await loadLoan(ctx, command.productId);
  const rows = await loanScheduleOf(ctx.db, loan.id);
  const outcome = applyLoanPayment(rows, command.amountCents, today);
  if (!outcome.ok) throw new AppError("CONFLICT", outcome.message);
  const s = outcome.state;
  const statements: Statement[] = [];
  for (const row of s.rows) {
    const before = rows.find((r) => r.seq === row.seq);
    if (before && (before.paidCents !== row.paidCents || before.paidOn !== row.paidOn)) {
      statements.push(setInstallmentPaid(ctx.db, loan.id, row.seq, row.paidCents, row.paidOn));
    }
  }
  statements.push(
    setLoanStanding(ctx.db, loan.id, {
      balanceCents: s.balanceCents,
      nextDueDate: s.nextDueDate,
      daysPastDue: s.daysPastDue,
      status: s.paidOff ? "paid_off" : "active",
    }),
  );
  return { statements, summary: `balance ${formatCents(s.balanceCents)}; ${delinquencyBucket(s.daysPastDue)}` };
}

export const paymentRecord: CommandHandler<Command> = {
  permission: "loan.service",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireProductMatch(command.product, command.productId);
    const today = ctx.today;
    const applied = command.product === "lease" ? await leasePayment(ctx, command, today) : await loanPayment(ctx, command, today);
    const paymentId = ctx.id("pay");
    // An open promise for this product that this payment covers is kept.
    const kept = await promisesCoveredBy(ctx.db, command.productId, command.amountCents);
    const statements: Statement[] = [
      insertPayment(ctx.db, {
        id: paymentId,
        customerId: ctx.customer.id,
        product: command.product,
        productId: command.productId,
        amountCents: command.amountCents,
        method: command.method,
        status: "posted",
        paidAt: ctx.now,
      }),
      ...applied.statements,
      ...kept.map((p) => setPromiseStatus(ctx.db, p.id, "kept")),
    ];
    const keptText = kept.length > 0 ? "; promise to pay kept" : "";
    return {
      statements,
      note: { text: command.note, category: "payment", action: "payment.record" },
      activity: {
        kind: "payment",
        summary: `Payment of ${formatCents(command.amountCents)} (${command.method}) posted to the ${command.product}: ${applied.summary}${keptText}`,
        data: { paymentId, product: command.product, productId: command.productId, amountCents: command.amountCents, status: "posted" },
      },
      audit: {
        action: "payment.record",
        targetType: command.product,
        targetId: command.productId,
        details: { paymentId, amountCents: command.amountCents, method: command.method, promisesKept: kept.length },
      },
      reply: { paymentId, productId: command.productId },
      recordsChanged: [{ record: command.product, id: command.productId }],
      outbound: [
        {
          topic: "payment.recorded",
          record: { type: "payment", id: paymentId },
          product: { type: command.product, id: command.productId },
          payload: { paymentId, amountCents: command.amountCents, method: command.method, paidAt: ctx.now },
        },
      ],
    };
  },
};
