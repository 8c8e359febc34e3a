// The agreement document and the public signing page's API, as valibot schemas: the room parses
// the stored document with these, and the signing page parses what the server sends.
import * as v from "valibot";
import { commandReply } from "./replies";

const Cents = v.pipe(v.number(), v.safeInteger());

export const LeaseTermsSchema = v.object({
  product: v.literal("lease"),
  cashPriceCents: Cents,
  frequency: v.literal("weekly"),
  termPayments: v.pipe(v.number(), v.integer(), v.minValue(1)),
  paymentCents: Cents,
  totalCostCents: Cents,
  earlyPurchaseCents: Cents,
});

export const LoanTermsSchema = v.object({
  product: v.literal("loan"),
  kind: v.literal("purchase"),
  principalCents: Cents,
  aprBps: v.pipe(v.number(), v.integer()),
  termMonths: v.pipe(v.number(), v.integer(), v.minValue(1)),
  paymentCents: Cents,
  financeChargeCents: Cents,
  totalOfPaymentsCents: Cents,
  schedule: v.array(
    v.object({
      seq: v.number(),
      principalCents: Cents,
      interestCents: Cents,
      paymentCents: Cents,
      balanceAfterCents: Cents,
    }),
  ),
});

export const AgreementDocumentSchema = v.object({
  version: v.literal(1),
  title: v.string(),
  product: v.picklist(["lease", "loan"]),
  orderNumber: v.string(),
  preparedFor: v.string(),
  merchant: v.string(),
  items: v.array(v.object({ title: v.string(), quantity: v.number(), priceCents: Cents, lineTotalCents: Cents })),
  terms: v.variant("product", [LeaseTermsSchema, LoanTermsSchema]),
  disclosures: v.array(v.string()),
  issuedAt: v.number(),
  expiresAt: v.number(),
});
export type AgreementDocumentView = v.InferOutput<typeof AgreementDocumentSchema>;

/** GET /api/public/agreements/:token */
export const PublicAgreementSchema = v.object({
  state: v.picklist(["open", "expired", "used", "revoked"]),
  message: v.nullable(v.string()),
  document: v.nullable(AgreementDocumentSchema),
  documentSha256: v.string(),
  consentText: v.string(),
  signedAt: v.nullable(v.number()),
  /** Where a one-time code can be sent, masked ("•••-•••-2233"): the customer proves they hold it. */
  contacts: v.array(v.object({ channel: v.picklist(["sms", "email"]), to: v.string() })),
});
export type PublicAgreement = v.InferOutput<typeof PublicAgreementSchema>;

/** POST /api/public/agreements/:token/code: where the one-time code went, masked. */
export const SigningCodeSentSchema = v.object({
  channel: v.picklist(["sms", "email"]),
  to: v.string(),
  expiresAt: v.number(),
});
export type SigningCodeSent = v.InferOutput<typeof SigningCodeSentSchema>;

/** POST /api/public/agreements/:token/sign: the order is funded. */
export const AgreementSignedSchema = commandReply({
  orderNumber: v.string(),
  status: v.literal("funded"),
  product: v.picklist(["lease", "loan"]),
  signedAt: v.number(),
});
export type AgreementSigned = v.InferOutput<typeof AgreementSignedSchema>;
