// lease.upserted, loan.upserted and payment.posted: the lease system's and the loan-management
// system's records. Their snapshots state a lease's or loan's standing as the back end holds it
// (the system of record), so a newer snapshot replaces Tandem's; a posted payment is a fact, kept
// once, whose effect on the standing arrives with the back end's next snapshot.

import { amortize, formatCents } from "../../../core/domain/money";
import { addPeriods, delinquencyBucket } from "../../../core/domain/servicing";
import { AppError } from "../../../core/protocol/errors";
import type { IntegrationApplyCommand } from "../../../core/protocol/integration-commands";
import { setLeaseSnapshot, setLoanSnapshot } from "../../../db/repositories/integration-records";
import { insertLease, insertLoan, insertLoanSchedule, insertPayment } from "../../../db/repositories/servicing-changes";
import type { CommandContext, CommandPlan, SkipPlan, Statement } from "../types";
import { eventAudit, ledgerStatements, resolveEntity, skipFor } from "./support";

type Event<T> = Extract<IntegrationApplyCommand["event"], { type: T }>;

const standing = (daysPastDue: number, status: string) => (status === "active" ? delinquencyBucket(daysPastDue) : status.replace("_", " "));

export async function planLease(
  ctx: CommandContext,
  command: IntegrationApplyCommand,
  event: Event<"lease.upserted">,
): Promise<CommandPlan | SkipPlan> {
  const ref = await resolveEntity(ctx, "lease", event.entity.id);
  const skip = skipFor(ref, event.entity.version);
  if (skip) return skip;
  const d = event.data;
  const leaseId = ref?.localId ?? ctx.id("lea");
  const change = ref
    ? setLeaseSnapshot(ctx.db, leaseId, d)
    : insertLease(ctx.db, { id: leaseId, customerId: ctx.customer.id, orderId: null, creditCents: 0, ...d });
  const summary = ref
    ? `Lease for ${d.itemDescription}: ${d.paymentsMade} of ${d.termPayments} payments made, ${standing(d.daysPastDue, d.status)} (from ${command.endpointName})`
    : `Lease opened for ${d.itemDescription}: ${d.termPayments} ${d.frequency} payments of ${formatCents(d.paymentCents)} (from ${command.endpointName})`;
  return {
    statements: [change, ...ledgerStatements(ctx, command, "lease", leaseId, event.entity.version)],
    note: { kind: "system", category: "payment", action: command.event.type, text: `${summary}; version ${event.entity.version}.` },
    activity: { kind: "payment", summary, data: { leaseId, created: !ref } },
    audit: eventAudit(command, "lease", leaseId, { created: !ref, status: d.status }),
    recordsChanged: [{ record: "lease", id: leaseId }],
  };
}

/** A loan the back end opened: its schedule from the terms, installments settled down to the stated balance. */
function newLoanStatements(ctx: CommandContext, loanId: string, d: Event<"loan.upserted">["data"]): Statement[] {
  const rows = amortize(d.principalCents, d.aprBps, d.termMonths);
  const schedule = rows.map((row) => {
    const dueDate = addPeriods(d.originatedOn, "monthly", row.seq);
    const settled = row.balanceAfterCents >= d.balanceCents && d.balanceCents < d.principalCents;
    return {
      loanId,
      seq: row.seq,
      dueDate,
      principalCents: row.principalCents,
      interestCents: row.interestCents,
      paidCents: settled ? row.paymentCents : 0,
      paidOn: settled ? dueDate : null,
    };
  });
  return [
    insertLoan(ctx.db, {
      id: loanId,
      customerId: ctx.customer.id,
      orderId: null,
      kind: d.kind,
      status: d.status,
      principalCents: d.principalCents,
      aprBps: d.aprBps,
      termMonths: d.termMonths,
      paymentCents: rows[0]?.paymentCents ?? 0,
      balanceCents: d.balanceCents,
      nextDueDate: d.nextDueDate,
      daysPastDue: d.daysPastDue,
      disbursementAccount: null,
      collateralDescription: d.collateralDescription ?? null,
      originatedOn: d.originatedOn,
    }),
    ...insertLoanSchedule(ctx.db, schedule),
  ];
}

export async function planLoan(
  ctx: CommandContext,
  command: IntegrationApplyCommand,
  event: Event<"loan.upserted">,
): Promise<CommandPlan | SkipPlan> {
  const ref = await resolveEntity(ctx, "loan", event.entity.id);
  const skip = skipFor(ref, event.entity.version);
  if (skip) return skip;
  const d = event.data;
  const loanId = ref?.localId ?? ctx.id("loa");
  const changes = ref
    ? [
        setLoanSnapshot(ctx.db, loanId, {
          status: d.status,
          balanceCents: d.balanceCents,
          nextDueDate: d.nextDueDate,
          daysPastDue: d.daysPastDue,
        }),
      ]
    : newLoanStatements(ctx, loanId, d);
  const summary = ref
    ? `Loan balance ${formatCents(d.balanceCents)}, ${standing(d.daysPastDue, d.status)} (from ${command.endpointName})`
    : `Loan opened: ${formatCents(d.principalCents)} over ${d.termMonths} months (from ${command.endpointName})`;
  return {
    statements: [...changes, ...ledgerStatements(ctx, command, "loan", loanId, event.entity.version)],
    note: { kind: "system", category: "payment", action: command.event.type, text: `${summary}; version ${event.entity.version}.` },
    activity: { kind: "payment", summary, data: { loanId, created: !ref, balanceCents: d.balanceCents } },
    audit: eventAudit(command, "loan", loanId, { created: !ref, status: d.status, balanceCents: d.balanceCents }),
    recordsChanged: [{ record: "loan", id: loanId }],
  };
}

export async function planPayment(
  ctx: CommandContext,
  command: IntegrationApplyCommand,
  event: Event<"payment.posted">,
): Promise<CommandPlan | SkipPlan> {
  const ref = await resolveEntity(ctx, "payment", event.entity.id);
  const skip = skipFor(ref, event.entity.version);
  if (skip) return skip;
  const d = event.data;
  // The lease or loan may arrive after its payment (events reorder): not found is retried, not dropped.
  const product = await resolveEntity(ctx, d.product, d.productId);
  if (!product) throw new AppError("NOT_FOUND", `No ${d.product} ${d.productId} for this customer yet`);
  const paymentId = ref?.localId ?? ctx.id("pay");
  const summary = `Payment of ${formatCents(d.amountCents)} (${d.method}) ${d.status} on the ${d.product} by ${command.endpointName}`;
  return {
    statements: [
      insertPayment(ctx.db, {
        id: paymentId,
        customerId: ctx.customer.id,
        product: d.product,
        productId: product.localId,
        amountCents: d.amountCents,
        method: d.method,
        status: d.status,
        paidAt: d.paidAt,
      }),
      ...ledgerStatements(ctx, command, "payment", paymentId, event.entity.version),
    ],
    note: { kind: "system", category: "payment", action: command.event.type, text: `${summary}; their payment ${event.entity.id}.` },
    activity: {
      kind: "payment",
      summary,
      data: { paymentId, product: d.product, productId: product.localId, amountCents: d.amountCents, status: d.status },
    },
    audit: eventAudit(command, d.product, product.localId, { paymentId, amountCents: d.amountCents }),
    recordsChanged: [{ record: d.product, id: product.localId }],
  };
}
