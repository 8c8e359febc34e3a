// Answers of the servicing routes: a customer's leases and loans with schedules, balances and
// delinquency (worker/servicing-presenters.ts builds them), and what the servicing commands answer.
import * as v from "valibot";
import { DELINQUENCY_BUCKETS } from "../domain/servicing";
import { PresentedFieldSchema } from "./customer-answers";
import { CardViewSchema } from "./order-answers";
import { commandReply } from "./replies";

const LineStatusSchema = v.picklist(["paid", "past_due", "upcoming"]);

export const PaymentViewSchema = v.object({
  id: v.string(),
  amountCents: v.number(),
  method: v.string(),
  status: v.string(),
  paidAt: v.number(),
});
export type PaymentView = v.InferOutput<typeof PaymentViewSchema>;

export const PromiseViewSchema = v.object({
  id: v.string(),
  amountCents: v.number(),
  dueDate: v.string(),
  status: v.picklist(["open", "kept", "broken", "cancelled"]),
  createdAt: v.number(),
});
export type PromiseView = v.InferOutput<typeof PromiseViewSchema>;

/** What leases and loans share: where the client stands, and what was paid and promised. */
const serviced = {
  id: v.string(),
  orderId: v.nullable(v.string()),
  status: v.string(),
  paymentCents: v.number(),
  nextDueDate: v.nullable(v.string()),
  daysPastDue: v.number(),
  bucket: v.picklist(DELINQUENCY_BUCKETS),
  payments: v.array(PaymentViewSchema),
  promises: v.array(PromiseViewSchema),
};

export const LeaseScheduleLineSchema = v.object({
  seq: v.number(),
  dueDate: v.string(),
  amountCents: v.number(),
  status: LineStatusSchema,
});
export type LeaseScheduleLine = v.InferOutput<typeof LeaseScheduleLineSchema>;

export const LeaseViewSchema = v.object({
  ...serviced,
  itemDescription: v.string(),
  cashPriceCents: v.number(),
  totalCostCents: v.number(),
  frequency: v.string(),
  termPayments: v.number(),
  paymentsMade: v.number(),
  creditCents: v.number(),
  paidCents: v.number(),
  remainingCents: v.number(),
  /** What owning the goods today costs (early purchase option). */
  earlyPurchaseCents: v.number(),
  startedOn: v.string(),
  schedule: v.array(LeaseScheduleLineSchema),
});
export type LeaseView = v.InferOutput<typeof LeaseViewSchema>;

export const LoanScheduleLineSchema = v.object({
  seq: v.number(),
  dueDate: v.string(),
  principalCents: v.number(),
  interestCents: v.number(),
  paymentCents: v.number(),
  paidCents: v.number(),
  status: LineStatusSchema,
  paidOn: v.nullable(v.string()),
});
export type LoanScheduleLine = v.InferOutput<typeof LoanScheduleLineSchema>;

export const LoanViewSchema = v.object({
  ...serviced,
  kind: v.picklist(["purchase", "direct_deposit"]),
  principalCents: v.number(),
  aprBps: v.number(),
  termMonths: v.number(),
  balanceCents: v.number(),
  outstandingCents: v.number(),
  /** A direct-deposit loan's payout account, masked for the role; null when hidden or not one. */
  disbursementAccount: v.nullable(PresentedFieldSchema),
  collateralDescription: v.nullable(v.string()),
  originatedOn: v.string(),
  schedule: v.array(LoanScheduleLineSchema),
  /** The one-time cards that paid the vendor, as the role may see them. */
  cards: v.array(CardViewSchema),
});
export type LoanView = v.InferOutput<typeof LoanViewSchema>;

/** GET /api/customers/:id/leases */
export const LeaseListSchema = v.object({ items: v.array(LeaseViewSchema) });
export type LeaseList = v.InferOutput<typeof LeaseListSchema>;
/** GET /api/customers/:id/loans */
export const LoanListSchema = v.object({ items: v.array(LoanViewSchema) });
export type LoanList = v.InferOutput<typeof LoanListSchema>;

/** POST /api/customers/:id/payments */
export const PaymentRecordedSchema = commandReply({ paymentId: v.string(), productId: v.string() });
/** POST /api/customers/:id/loans (a direct-deposit loan, waiting for its payout) and …/loans/:loanId/payout */
export const LoanOpenedSchema = commandReply({ loanId: v.string(), status: v.picklist(["pending_payout", "active"]) });
export type LoanOpened = v.InferOutput<typeof LoanOpenedSchema>;
/** POST /api/customers/:id/promises */
export const PromiseCreatedSchema = commandReply({ promiseId: v.string() });
export type PromiseCreated = v.InferOutput<typeof PromiseCreatedSchema>;
/** POST /api/customers/:id/promises/:promiseId/resolve */
export const PromiseResolvedSchema = commandReply({ promiseId: v.string(), status: v.picklist(["kept", "broken", "cancelled"]) });
