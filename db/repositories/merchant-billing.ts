// A merchant's invoices and their lines, monthly usage, contracts, and which plan version applied
// when: reads for the profile and the invoice page, statements for the merchant's room.
import { and, asc, desc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { invoiceLines, invoices, merchantContracts, merchantPlanPeriods, merchantUsage } from "../schema";
import type { Statement } from "./audit";

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceInsert = typeof invoices.$inferInsert;
export type ContractRow = typeof merchantContracts.$inferSelect;

export async function invoicesOf(db: Database, merchantId: string, limit = 24): Promise<InvoiceRow[]> {
  return db
    .select()
    .from(invoices)
    .where(eq(invoices.merchantId, merchantId))
    .orderBy(desc(invoices.period), desc(invoices.issuedAt))
    .limit(limit);
}

export async function findInvoice(db: Database, merchantId: string, invoiceId: string): Promise<InvoiceRow | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.merchantId, merchantId)))
    .limit(1);
  return row ?? null;
}

export async function invoiceByDedupe(db: Database, merchantId: string, dedupeKey: string): Promise<InvoiceRow | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.merchantId, merchantId), eq(invoices.dedupeKey, dedupeKey)))
    .limit(1);
  return row ?? null;
}

export async function linesOf(db: Database, invoiceId: string) {
  return db
    .select({
      description: invoiceLines.description,
      quantity: invoiceLines.quantity,
      unitCents: invoiceLines.unitCents,
      amountCents: invoiceLines.amountCents,
    })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position));
}

/** The next invoice number of the org for a month: INV-2026-05-0007. */
export async function nextInvoiceNumber(db: Database, orgId: string, period: string): Promise<string> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), sql`${invoices.number} LIKE ${`INV-${period}-%`}`));
  return `INV-${period}-${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}

export function insertInvoice(
  db: Database,
  invoice: InvoiceInsert,
  lines: { description: string; quantity: number; unitCents: number; amountCents: number }[],
  newId: (prefix: string) => string,
): Statement[] {
  return [
    db.insert(invoices).values(invoice),
    ...(lines.length > 0
      ? [db.insert(invoiceLines).values(lines.map((line, position) => ({ id: newId("inl"), invoiceId: invoice.id, position, ...line })))]
      : []),
  ];
}

export function setInvoiceStatus(db: Database, invoiceId: string, status: "paid" | "void", at: number): Statement {
  return db
    .update(invoices)
    .set(status === "paid" ? { status, paidAt: at } : { status, voidedAt: at })
    .where(eq(invoices.id, invoiceId));
}

export async function usageOf(db: Database, merchantId: string, month: string) {
  const [row] = await db
    .select({ transactions: merchantUsage.transactions, volumeCents: merchantUsage.volumeCents })
    .from(merchantUsage)
    .where(and(eq(merchantUsage.merchantId, merchantId), eq(merchantUsage.month, month)))
    .limit(1);
  return row ?? { transactions: 0, volumeCents: 0 };
}

/** The plan version a merchant was on at a moment. */
export async function planVersionAt(db: Database, merchantId: string, at: number): Promise<string | null> {
  const [row] = await db
    .select({ planVersionId: merchantPlanPeriods.planVersionId })
    .from(merchantPlanPeriods)
    .where(
      and(
        eq(merchantPlanPeriods.merchantId, merchantId),
        lte(merchantPlanPeriods.startsAt, at),
        or(isNull(merchantPlanPeriods.endsAt), gt(merchantPlanPeriods.endsAt, at)),
      ),
    )
    .orderBy(desc(merchantPlanPeriods.startsAt))
    .limit(1);
  return row?.planVersionId ?? null;
}

/** A plan change released: the current period ends and the new one starts, at the same moment. */
export function switchPlanPeriod(
  db: Database,
  row: { id: string; merchantId: string; planVersionId: string; at: number; requestId: string },
): Statement[] {
  return [
    db
      .update(merchantPlanPeriods)
      .set({ endsAt: row.at })
      .where(and(eq(merchantPlanPeriods.merchantId, row.merchantId), isNull(merchantPlanPeriods.endsAt))),
    db
      .insert(merchantPlanPeriods)
      .values({ id: row.id, merchantId: row.merchantId, planVersionId: row.planVersionId, startsAt: row.at, requestId: row.requestId }),
  ];
}

export async function contractsOf(db: Database, merchantId: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(merchantContracts)
    .where(eq(merchantContracts.merchantId, merchantId))
    .orderBy(desc(merchantContracts.createdAt), desc(merchantContracts.version));
}

/** A new version of an agreement: the active one of the same title is superseded the day before. */
export function contractVersionStatements(
  db: Database,
  row: typeof merchantContracts.$inferInsert,
  supersede: { id: string; effectiveTo: string } | null,
): Statement[] {
  return [
    ...(supersede
      ? [
          db
            .update(merchantContracts)
            .set({ status: "superseded", effectiveTo: supersede.effectiveTo })
            .where(eq(merchantContracts.id, supersede.id)),
        ]
      : []),
    db.insert(merchantContracts).values(row),
  ];
}
