// A merchant's money: the balance statement for a month (summed from the ledger), finance's postings,
// invoices (the printable page's data and CSV), and contract versions. Changes go through the room.
import type { Context } from "hono";
import { Hono } from "hono";
import * as v from "valibot";
import { monthBounds, monthKey } from "../../core/domain/billing";
import { merchantBalance, statementFor } from "../../core/domain/ledger";
import { AppError } from "../../core/protocol/errors";
import type { InvoiceDetail, Statement } from "../../core/protocol/merchant-answers";
import { ContractVersionSchema, InvoiceGenerateSchema, InvoiceStatusSchema, LedgerPostSchema } from "../../core/protocol/merchant-commands";
import { InvoiceParamSchema, MerchantParamSchema, StatementQuerySchema } from "../../core/protocol/merchant-queries";
import { ledgerEntries } from "../../db/repositories/ledger";
import { findInvoice } from "../../db/repositories/merchant-billing";
import type { AppEnv } from "../env";
import { readMerchant } from "../merchant-access";
import { invoiceCsv, presentInvoiceDetail } from "../merchant-presenters";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughMerchantRoom } from "../rooms";

const LedgerBodySchema = v.omit(LedgerPostSchema, ["type"]);
const GenerateBodySchema = v.omit(InvoiceGenerateSchema, ["type"]);
const StatusBodySchema = v.omit(InvoiceStatusSchema, ["type", "invoiceId"]);
const ContractBodySchema = v.omit(ContractVersionSchema, ["type"]);

async function invoiceDetail(c: Context<AppEnv>, merchantId: string, invoiceId: string): Promise<InvoiceDetail> {
  const merchant = await readMerchant(c, merchantId);
  const invoice = await findInvoice(c.var.db, merchant.id, invoiceId);
  if (!invoice) throw new AppError("NOT_FOUND", "No such invoice");
  return presentInvoiceDetail(c.var.db, merchant, invoice);
}

export const merchantMoneyRoutes = new Hono<AppEnv>()
  .get("/:id/ledger", validate("param", MerchantParamSchema), validate("query", StatementQuerySchema), async (c) => {
    const merchant = await readMerchant(c, c.req.valid("param").id);
    const now = Date.now();
    const month = c.req.valid("query").month ?? monthKey(now);
    const { start, end } = monthBounds(month);
    const entries = await ledgerEntries(c.var.db, merchant.id);
    const statement = statementFor(entries, start, end);
    return c.json<Statement>({
      month,
      from: start,
      to: end,
      ...statement,
      balance: merchantBalance(entries.flatMap((e) => e.postings)),
    });
  })
  .post(
    "/:id/ledger",
    requirePermission("ledger.post"),
    validate("param", MerchantParamSchema),
    validateNoted(LedgerBodySchema, "note"),
    async (c) => {
      return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "ledger.post", ...c.req.valid("json") }, 201);
    },
  )
  .get("/:id/invoices/:invoiceId", validate("param", InvoiceParamSchema), async (c) => {
    const { id, invoiceId } = c.req.valid("param");
    return c.json<InvoiceDetail>(await invoiceDetail(c, id, invoiceId));
  })
  .get("/:id/invoices/:invoiceId/csv", validate("param", InvoiceParamSchema), async (c) => {
    const { id, invoiceId } = c.req.valid("param");
    const detail = await invoiceDetail(c, id, invoiceId);
    const csv = invoiceCsv(detail);
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${detail.invoice.number}.csv"`,
    });
  })
  .post(
    "/:id/invoices",
    requirePermission("invoice.manage"),
    validate("param", MerchantParamSchema),
    validateNoted(GenerateBodySchema, "note"),
    async (c) => {
      return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "invoice.generate", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/:id/invoices/:invoiceId/status",
    requirePermission("invoice.manage"),
    validate("param", InvoiceParamSchema),
    validateNoted(StatusBodySchema, "note"),
    async (c) => {
      const { id, invoiceId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "invoice.status", invoiceId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/contracts",
    requirePermission("contract.manage"),
    validate("param", MerchantParamSchema),
    validateNoted(ContractBodySchema, "note"),
    async (c) => {
      return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "contract.version", ...c.req.valid("json") }, 201);
    },
  );
