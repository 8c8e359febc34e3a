// The bootstrap import's rows: one flat record per row (a CSV line, or a row the simulator's
// export answers), every value a string as a spreadsheet holds it. `record` says which kind; the
// columns each kind needs are below. A row becomes one signed event (core/domain/import-rows.ts).
import * as v from "valibot";
import { ORDER_CHANNELS, ORDER_STATUSES } from "../domain/orders";
import { ITEM_CATEGORIES } from "../domain/products";

export const IMPORT_RECORDS = ["customer", "order", "lease", "loan"] as const;
export type ImportRecord = (typeof IMPORT_RECORDS)[number];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, "is required"), v.maxLength(max));
const optional = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max),
      v.transform((s) => (s === "" ? null : s)),
    ),
    "",
  );
const whole = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\d+$/, "must be a whole number"),
    v.transform(Number),
    v.number(),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const cents = (min = 0) => whole(min, 100_000_000);
const day = v.pipe(v.string(), v.trim(), v.isoDate("must be a date (YYYY-MM-DD)"));
const optionalDay = v.optional(v.union([v.literal(""), day]), "");
const externalId = v.pipe(v.string(), v.trim(), v.regex(/^[\w.:-]{1,100}$/, "must be letters, digits and - _ . : (at most 100)"));

const base = {
  id: externalId,
  /** The back end's version of the record; 1 when the file has no such column. */
  version: v.optional(whole(1, Number.MAX_SAFE_INTEGER), "1"),
};

export const CustomerRowSchema = v.object({
  record: v.literal("customer"),
  ...base,
  first_name: text(80),
  last_name: text(80),
  phone: v.pipe(v.string(), v.trim(), v.minLength(7, "is not a phone number"), v.maxLength(30)),
  email: v.optional(v.union([v.literal(""), v.pipe(v.string(), v.trim(), v.email("is not an email address"))]), ""),
  address_line1: optional(200),
  city: optional(100),
  state: v.optional(v.union([v.literal(""), v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be a 2-letter state code"))]), ""),
  postal_code: v.optional(v.union([v.literal(""), v.pipe(v.string(), v.regex(/^\d{5}(-\d{4})?$/, "must be a ZIP code"))]), ""),
});

const owned = { ...base, customer_id: externalId };

export const OrderRowSchema = v.object({
  record: v.literal("order"),
  ...owned,
  number: v.pipe(v.string(), v.trim(), v.regex(/^[\w-]{1,40}$/, "is not an order number")),
  channel: v.picklist(ORDER_CHANNELS, `must be one of ${ORDER_CHANNELS.join(", ")}`),
  merchant: text(200),
  status: v.picklist(ORDER_STATUSES, `must be one of ${ORDER_STATUSES.join(", ")}`),
  financing: v.optional(v.picklist(["", "lease", "loan"], "must be lease, loan or empty"), ""),
  total_cents: cents(),
  item_title: text(200),
  item_category: v.picklist(ITEM_CATEGORIES, `must be one of ${ITEM_CATEGORIES.join(", ")}`),
  item_price_cents: cents(1),
  item_quantity: v.optional(whole(1, 99), "1"),
  vendor_name: optional(200),
});

export const LeaseRowSchema = v.object({
  record: v.literal("lease"),
  ...owned,
  status: v.picklist(["active", "paid_off", "purchased", "returned", "charged_off"], "is not a lease status"),
  item_description: text(300),
  cash_price_cents: cents(1),
  total_cost_cents: cents(1),
  payment_cents: cents(1),
  frequency: v.picklist(["weekly", "biweekly", "monthly"], "must be weekly, biweekly or monthly"),
  term_payments: whole(1, 1000),
  payments_made: whole(0, 1000),
  next_due_date: optionalDay,
  days_past_due: v.optional(whole(0, 10_000), "0"),
  early_purchase_cents: cents(),
  started_on: day,
});

export const LoanRowSchema = v.object({
  record: v.literal("loan"),
  ...owned,
  kind: v.picklist(["purchase", "direct_deposit"], "must be purchase or direct_deposit"),
  status: v.picklist(["active", "paid_off", "charged_off"], "is not a loan status"),
  principal_cents: cents(1),
  apr_bps: whole(0, 20_000),
  term_months: whole(1, 120),
  balance_cents: cents(),
  next_due_date: optionalDay,
  days_past_due: v.optional(whole(0, 10_000), "0"),
  originated_on: day,
  collateral_description: optional(300),
});

export const ImportRowSchema = v.variant(
  "record",
  [CustomerRowSchema, OrderRowSchema, LeaseRowSchema, LoanRowSchema],
  `record must be one of ${IMPORT_RECORDS.join(", ")}`,
);
export type ImportRow = v.InferOutput<typeof ImportRowSchema>;
