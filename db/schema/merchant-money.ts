// A merchant's money: the double-entry ledger in integer cents (every transaction's postings sum to
// zero; a balance is the sum of an account's postings, never a stored number), monthly usage, invoices
// with their lines, contracts, and which plan version applied when (for invoices and proration).
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { planVersions } from "./merchant-catalog";
import { merchants } from "./merchants";
import { orgs, staff } from "./org";

export const LEDGER_ACCOUNTS = ["available", "reserve", "fees", "external", "adjustments"] as const;
export const LEDGER_KINDS = [
  "deposit",
  "withdrawal",
  "settlement",
  "fee",
  "reserve_hold",
  "reserve_release",
  "adjustment",
  "reversal",
] as const;

export const ledgerTransactions = sqliteTable(
  "ledger_transactions",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    kind: text("kind", { enum: LEDGER_KINDS }).notNull(),
    memo: text("memo").notNull(),
    at: integer("at").notNull(),
    /** Null for the system's own postings (settlements, fees, seeded history). */
    createdBy: text("created_by").references(() => staff.id),
    /** A reversal names the transaction it cancels. */
    reversesId: text("reverses_id"),
    /** The plan change or invoice it belongs to, if any. */
    reference: text("reference"),
  },
  (t) => [index("ledger_transactions_merchant_at_idx").on(t.merchantId, t.at)],
);

export const ledgerPostings = sqliteTable(
  "ledger_postings",
  {
    id: text("id").primaryKey(),
    transactionId: text("transaction_id")
      .notNull()
      .references(() => ledgerTransactions.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    account: text("account", { enum: LEDGER_ACCOUNTS }).notNull(),
    /** Money into the account (+) or out of it (-), in cents. */
    amountCents: integer("amount_cents").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [
    index("ledger_postings_merchant_account_idx").on(t.merchantId, t.account, t.at),
    index("ledger_postings_transaction_idx").on(t.transactionId),
  ],
);

/**
 * One row per merchant, rewritten as a guard in any batch that takes money out of the available
 * balance: its CHECK fails (and the whole batch rolls back) when the balance, summed from the
 * postings in the same transaction, would not cover the withdrawal.
 */
export const balanceChecks = sqliteTable(
  "balance_checks",
  {
    merchantId: text("merchant_id").primaryKey(),
    covered: integer("covered").notNull(),
  },
  (t) => [check("balance_checks_covered_check", sql`${t.covered} = 1`)],
);

/** Transactions and settled volume per merchant per calendar month (UTC), as the checkout reports them. */
export const merchantUsage = sqliteTable(
  "merchant_usage",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** "2026-05" */
    month: text("month").notNull(),
    transactions: integer("transactions").notNull(),
    volumeCents: integer("volume_cents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.month] })],
);

export const merchantPlanPeriods = sqliteTable(
  "merchant_plan_periods",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    planVersionId: text("plan_version_id")
      .notNull()
      .references(() => planVersions.id),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at"),
    /** The plan change that started it (null for the first plan). */
    requestId: text("request_id"),
  },
  (t) => [index("merchant_plan_periods_merchant_idx").on(t.merchantId, t.startsAt)],
);

export const invoices = sqliteTable(
  "invoices",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    number: text("number").notNull(),
    /** The month billed, "2026-05". */
    period: text("period").notNull(),
    kind: text("kind", { enum: ["monthly", "proration"] }).notNull(),
    status: text("status", { enum: ["open", "paid", "void"] }).notNull(),
    issuedAt: integer("issued_at").notNull(),
    dueAt: integer("due_at").notNull(),
    totalCents: integer("total_cents").notNull(),
    paidAt: integer("paid_at"),
    voidedAt: integer("voided_at"),
    /** One monthly invoice per merchant and month, one proration per plan change: a retry never bills twice. */
    dedupeKey: text("dedupe_key").notNull(),
  },
  (t) => [
    uniqueIndex("invoices_merchant_dedupe_idx").on(t.merchantId, t.dedupeKey),
    uniqueIndex("invoices_org_number_idx").on(t.orgId, t.number),
    index("invoices_merchant_period_idx").on(t.merchantId, t.period),
  ],
);

export const invoiceLines = sqliteTable(
  "invoice_lines",
  {
    id: text("id").primaryKey(),
    invoiceId: text("invoice_id")
      .notNull()
      .references(() => invoices.id),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitCents: integer("unit_cents").notNull(),
    amountCents: integer("amount_cents").notNull(),
  },
  (t) => [index("invoice_lines_invoice_idx").on(t.invoiceId, t.position)],
);

export const merchantContracts = sqliteTable(
  "merchant_contracts",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    title: text("title").notNull(),
    version: integer("version").notNull(),
    status: text("status", { enum: ["draft", "active", "superseded", "terminated"] }).notNull(),
    effectiveFrom: text("effective_from").notNull(),
    effectiveTo: text("effective_to"),
    summary: text("summary").notNull(),
    createdBy: text("created_by").references(() => staff.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("merchant_contracts_version_idx").on(t.merchantId, t.title, t.version)],
);
