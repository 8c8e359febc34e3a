// payment.record: a payment the client made by phone (or at a store) is posted to a lease or a
// loan; the schedule, balance, due date and delinquency move with it, and a promise it keeps is kept.
import { and, asc, eq, lte } from "drizzle-orm";
import type * as v from "valibot";
import { formatCents } from "../../core/domain/money";
import { applyLeasePayment, applyLoanPayment, delinquencyBucket, isoDay, leaseEarlyPurchase } from "../../core/domain/servicing";
import { AppError } from "../../core/protocol/errors";
import type { PaymentRecordCommandSchema } from "../../core/protocol/order-commands";
import { leases, loanSchedule, loans, payments, promisesToPay } from "../../db/schema";
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
      ctx.db
        .update(leases)
        .set({
          paymentsMade: s.paymentsMade,
          creditCents: s.creditCents,
          nextDueDate: s.nextDueDate,
          daysPastDue: s.daysPastDue,
          earlyPurchaseCents: leaseEarlyPurchase(s),
          status: s.paidOff ? "paid_off" : "active",
        })
        .where(eq(leases.id, lease.id)),
    ],
    summary: `${s.paymentsMade} of ${s.termPayments} payments made; ${delinquencyBucket(s.daysPastDue)}`,
  };
}

async function loanPayment(ctx: CommandContext, command: Command, today: string) {
  const loan = await loadLoan(ctx, command.productId);
  const rows = await ctx.db.select().from(loanSchedule).where(eq(loanSchedule.loanId, loan.id)).orderBy(asc(loanSchedule.seq));
  const outcome = applyLoanPayment(rows, command.amountCents, today);
  if (!outcome.ok) throw new AppError("CONFLICT", outcome.message);
  const s = outcome.state;
  const statements: Statement[] = [];
  for (const row of s.rows) {
    const before = rows.find((r) => r.seq === row.seq);
    if (before && (before.paidCents !== row.paidCents || before.paidOn !== row.paidOn)) {
      statements.push(
        ctx.db
          .update(loanSchedule)
          .set({ paidCents: row.paidCents, paidOn: row.paidOn })
          .where(and(eq(loanSchedule.loanId, loan.id), eq(loanSchedule.seq, row.seq))),
      );
    }
  }
  statements.push(
    ctx.db
      .update(loans)
      .set({
        balanceCents: s.balanceCents,
        nextDueDate: s.nextDueDate,
        daysPastDue: s.daysPastDue,
        status: s.paidOff ? "paid_off" : "active",
      })
      .where(eq(loans.id, loan.id)),
  );
  return { statements, summary: `balance ${formatCents(s.balanceCents)}; ${delinquencyBucket(s.daysPastDue)}` };
}

export const paymentRecord: CommandHandler<Command> = {
  permission: "loan.service",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireProductMatch(command.product, command.productId);
    const today = isoDay(ctx.now);
    const applied = command.product === "lease" ? await leasePayment(ctx, command, today) : await loanPayment(ctx, command, today);
    const paymentId = ctx.id("pay");
    // An open promise for this product that this payment covers is kept.
    const kept = await ctx.db
      .select({ id: promisesToPay.id })
      .from(promisesToPay)
      .where(
        and(
          eq(promisesToPay.productId, command.productId),
          eq(promisesToPay.status, "open"),
          lte(promisesToPay.amountCents, command.amountCents),
        ),
      );
    const statements: Statement[] = [
      ctx.db.insert(payments).values({
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
      ...kept.map((p) => ctx.db.update(promisesToPay).set({ status: "kept" }).where(eq(promisesToPay.id, p.id))),
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
    };
  },
};
