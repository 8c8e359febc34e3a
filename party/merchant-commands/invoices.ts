// Finance's invoice commands: a month's invoice from the plan that applied and the month's usage
// (once per merchant and month), and marking one paid (from the balance) or void.
import type * as v from "valibot";
import { invoiceTotal, monthBounds, monthKey, monthlyInvoiceLines } from "../../core/domain/billing";
import { feeCharge, reversal } from "../../core/domain/ledger";
import { AppError } from "../../core/protocol/errors";
import type { InvoiceGenerateSchema, InvoiceStatusSchema } from "../../core/protocol/merchant-commands";
import { postTransaction } from "../../db/repositories/ledger";
import {
  findInvoice,
  insertInvoice,
  invoiceByDedupe,
  nextInvoiceNumber,
  planVersionAt,
  setInvoiceStatus,
  usageOf,
} from "../../db/repositories/merchant-billing";
import { planVersionsByIds } from "../../db/repositories/merchants";
import { coveredBy } from "./ledger-post";
import type { MerchantHandler } from "./types";

const DAY = 86_400_000;
export const PAYMENT_TERMS_DAYS = 15;

export const invoiceGenerate: MerchantHandler<v.InferOutput<typeof InvoiceGenerateSchema>> = {
  permission: "invoice.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { start, end } = monthBounds(command.period);
    if (end > ctx.now)
      throw new AppError("VALIDATION", "A month is invoiced once it has ended", [{ path: "period", message: "not ended yet" }]);
    const dedupeKey = `monthly:${command.period}`;
    if (await invoiceByDedupe(ctx.db, ctx.merchant.id, dedupeKey)) throw new AppError("CONFLICT", `${command.period} is already invoiced`);
    const planId = (await planVersionAt(ctx.db, ctx.merchant.id, start)) ?? ctx.merchant.planVersionId;
    const plan = (await planVersionsByIds(ctx.db, [planId])).get(planId);
    if (!plan) throw new Error(`no plan version ${planId}`);
    const usage = await usageOf(ctx.db, ctx.merchant.id, command.period);
    const lines = monthlyInvoiceLines(plan, usage.transactions);
    const totalCents = invoiceTotal(lines);
    const invoiceId = ctx.id("inv");
    const number = await nextInvoiceNumber(ctx.db, ctx.actor.orgId, command.period);
    return {
      statements: insertInvoice(
        ctx.db,
        {
          id: invoiceId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          number,
          period: command.period,
          kind: "monthly",
          status: "open",
          issuedAt: ctx.now,
          dueAt: ctx.now + PAYMENT_TERMS_DAYS * DAY,
          totalCents,
          dedupeKey,
        },
        lines,
        ctx.id,
      ),
      note: { text: command.note, category: "payment", action: "invoice.generate" },
      activity: { kind: "payment", summary: `Invoice ${number} for ${command.period} issued`, data: { invoiceId, totalCents } },
      audit: { action: "invoice.generate", targetType: "invoice", targetId: invoiceId, details: { period: command.period, totalCents } },
      reply: { invoiceId, totalCents },
      recordsChanged: [{ record: "invoice", id: invoiceId }],
    };
  },
};

export const invoiceStatus: MerchantHandler<v.InferOutput<typeof InvoiceStatusSchema>> = {
  permission: "invoice.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const invoice = await findInvoice(ctx.db, ctx.merchant.id, command.invoiceId);
    if (!invoice) throw new AppError("NOT_FOUND", "No such invoice on this merchant");
    if (invoice.status !== "open") throw new AppError("CONFLICT", `Invoice ${invoice.number} is ${invoice.status}`);
    const statements = [setInvoiceStatus(ctx.db, invoice.id, command.status, ctx.now)];
    const owed = invoice.totalCents;
    let guards: ReturnType<typeof coveredBy>[] = [];
    if (command.status === "paid" && owed !== 0) {
      // Paid from the balance: a charge (or, for a credit note, the credit) on the ledger.
      const postings = owed > 0 ? feeCharge(owed) : reversal(feeCharge(-owed));
      if (owed > 0) guards = [coveredBy(ctx, owed)];
      statements.push(
        ...postTransaction(
          ctx.db,
          {
            id: ctx.id("ltx"),
            orgId: ctx.actor.orgId,
            merchantId: ctx.merchant.id,
            kind: "fee",
            memo: `Invoice ${invoice.number} (${monthKey(invoice.issuedAt)})`,
            at: ctx.now,
            createdBy: ctx.actor.id,
            reference: invoice.id,
          },
          postings,
          ctx.id,
        ),
      );
    }
    return {
      statements,
      guards,
      note: { text: command.note, category: "payment", action: "invoice.status" },
      activity: { kind: "payment", summary: `Invoice ${invoice.number} marked ${command.status}`, data: { invoiceId: invoice.id } },
      audit: { action: "invoice.status", targetType: "invoice", targetId: invoice.id, details: { status: command.status } },
      reply: { invoiceId: invoice.id, totalCents: invoice.totalCents },
      recordsChanged: [
        { record: "invoice", id: invoice.id },
        ...(command.status === "paid" ? [{ record: "ledger" as const, id: invoice.id }] : []),
      ],
    };
  },
};
