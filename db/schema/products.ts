// Leases and loans: the two financing products, their schedules, payments and promises to pay.
// Money is always integer cents.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orders } from "./orders";

export const leases = sqliteTable(
  "leases",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    orderId: text("order_id").references(() => orders.id),
    status: text("status", { enum: ["active", "paid_off", "purchased", "returned", "charged_off"] })
      .notNull()
      .default("active"),
    itemDescription: text("item_description").notNull(),
    cashPriceCents: integer("cash_price_cents").notNull(),
    totalCostCents: integer("total_cost_cents").notNull(),
    paymentCents: integer("payment_cents").notNull(),
    frequency: text("frequency", { enum: ["weekly", "biweekly", "monthly"] }).notNull(),
    termPayments: integer("term_payments").notNull(),
    paymentsMade: integer("payments_made").notNull().default(0),
    /** A partial payment held toward the next period (core/domain/servicing.ts). */
    creditCents: integer("credit_cents").notNull().default(0),
    nextDueDate: text("next_due_date"),
    daysPastDue: integer("days_past_due").notNull().default(0),
    /** Amount to own the goods today (early purchase option). */
    earlyPurchaseCents: integer("early_purchase_cents").notNull(),
    startedOn: text("started_on").notNull(),
  },
  (t) => [index("leases_customer_idx").on(t.customerId)],
);

export const loans = sqliteTable(
  "loans",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    orderId: text("order_id").references(() => orders.id),
    /** purchase: a one-time card pays the vendor and the goods are collateral; direct_deposit: cash to the bank account. */
    kind: text("kind", { enum: ["purchase", "direct_deposit"] }).notNull(),
    /** pending_payout: a direct-deposit loan opened by a rep, waiting for its payout (loan.disburse). */
    status: text("status", { enum: ["pending_payout", "active", "paid_off", "charged_off"] })
      .notNull()
      .default("active"),
    principalCents: integer("principal_cents").notNull(),
    aprBps: integer("apr_bps").notNull(),
    termMonths: integer("term_months").notNull(),
    paymentCents: integer("payment_cents").notNull(),
    balanceCents: integer("balance_cents").notNull(),
    nextDueDate: text("next_due_date"),
    daysPastDue: integer("days_past_due").notNull().default(0),
    /** financial PII: where a direct-deposit loan was paid out. */
    disbursementAccount: text("disbursement_account"),
    collateralDescription: text("collateral_description"),
    originatedOn: text("originated_on").notNull(),
    openedBy: text("opened_by"),
    disbursedAt: integer("disbursed_at"),
    disbursedBy: text("disbursed_by"),
  },
  (t) => [index("loans_customer_idx").on(t.customerId)],
);

export const loanSchedule = sqliteTable(
  "loan_schedule",
  {
    loanId: text("loan_id")
      .notNull()
      .references(() => loans.id),
    seq: integer("seq").notNull(),
    dueDate: text("due_date").notNull(),
    principalCents: integer("principal_cents").notNull(),
    interestCents: integer("interest_cents").notNull(),
    /** Paid toward this installment so far, interest first; the row is settled once paidOn is set. */
    paidCents: integer("paid_cents").notNull().default(0),
    paidOn: text("paid_on"),
  },
  (t) => [uniqueIndex("loan_schedule_loan_seq_idx").on(t.loanId, t.seq)],
);

export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    product: text("product", { enum: ["lease", "loan"] }).notNull(),
    productId: text("product_id").notNull(),
    amountCents: integer("amount_cents").notNull(),
    method: text("method", { enum: ["card", "bank", "cash", "check"] }).notNull(),
    status: text("status", { enum: ["posted", "returned", "pending"] }).notNull(),
    paidAt: integer("paid_at").notNull(),
  },
  (t) => [index("payments_customer_paid_idx").on(t.customerId, t.paidAt), index("payments_product_idx").on(t.productId)],
);

export const promisesToPay = sqliteTable(
  "promises_to_pay",
  {
    id: text("id").primaryKey(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    product: text("product", { enum: ["lease", "loan"] }).notNull(),
    productId: text("product_id").notNull(),
    amountCents: integer("amount_cents").notNull(),
    dueDate: text("due_date").notNull(),
    status: text("status", { enum: ["open", "kept", "broken", "cancelled"] })
      .notNull()
      .default("open"),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("promises_customer_idx").on(t.customerId), index("promises_due_idx").on(t.status, t.dueDate)],
);
