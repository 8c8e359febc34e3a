// A merchant's money: the balance statement for a month (summed from the ledger), finance's postings,
// invoices (the printable page's data and CSV), and contract versions. Changes go through the room.
import type { Context } from "hono";
import { Hono } from "hono";
import * as v from "valibot";
import { monthBounds, monthKey } from "../../core/domain/billing";
import { toCsv } from "../../core/domain/csv";
import { merchantBalance, statementFor } from "../../core/domain/ledger";
import { AppError } from "../../core/protocol/errors";
import type { InvoiceDetail, Statement } from "../../core/protocol/merchant-answers";
import { ContractVersionSchema, InvoiceGenerateSchema, InvoiceStatusSchema, LedgerPostSchema } from "../../core/protocol/merchant-commands";
import { InvoiceParamSchema, MerchantParamSchema, StatementQuerySchema } from "../../core/protocol/merchant-queries";
import { ledgerEntries } from "../../db/repositories/ledger";
import { findInvoice, linesOf } from "../../db/repositories/merchant-billing";
import { orgSummary } from "../../db/repositories/org";
import type { AppEnv } from "../env";
import { readMerchant } from "../merchant-access";
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
  const [lines, org] = await Promise.all([linesOf(c.var.db, invoice.id), orgSummary(c.var.db, merchant.orgId)]);
  const cityLine = [merchant.city, [merchant.state, merchant.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      period: invoice.period,
      kind: invoice.kind,
      status: invoice.status,
      issuedAt: invoice.issuedAt,
      dueAt: invoice.dueAt,
      totalCents: invoice.totalCents,
    },
    lines,
    merchant: {
      id: merchant.id,
      name: merchant.name,
      legalName: merchant.legalName,
      address: [merchant.addressLine1 ?? "", cityLine].filter(Boolean),
    },
    issuer: org?.name ?? "",
  };
}

/** Dollars and cents from whole cents, exactly (no floating point on the way). */
const usd = (cents: number) =>
  Number(`${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`);

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
    const rows = [
      ...detail.lines.map((line, i) => ({ line: String(i + 1), ...line })),
      { line: "total", description: "Total", quantity: null, unitCents: null, amountCents: detail.invoice.totalCents },
    ];
    const csv = toCsv(
      [
        { header: "invoice", value: () => detail.invoice.number },
        { header: "period", value: () => detail.invoice.period },
        { header: "merchant", value: () => detail.merchant.legalName },
        { header: "line", value: (r: (typeof rows)[number]) => r.line },
        { header: "description", value: (r) => r.description },
        { header: "quantity", value: (r) => r.quantity },
        { header: "unit_cents", value: (r) => r.unitCents },
        { header: "amount_cents", value: (r) => r.amountCents },
        { header: "amount_usd", value: (r) => usd(r.amountCents) },
        { header: "currency", value: () => "USD" },
      ],
      rows,
    );
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
