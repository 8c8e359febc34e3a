// Agreements a client signs from a link: the document (what they agree to, with the disclosures
// each product requires), and whether a signing link may still be used.
import { type Cents, formatCents } from "./money";
import { formatApr, type Terms } from "./offers";

/** A signing link is good for three days and for one signature. */
export const SIGNING_TTL_MS = 72 * 3_600_000;
export const CONSENT_TEXT = "I agree to sign this agreement electronically, I have read it, and my typed name is my signature.";

export type AgreementStatus = "pending" | "signed" | "revoked";
export type SigningState = "open" | "expired" | "used" | "revoked";

export function signingState(agreement: { status: AgreementStatus; expiresAt: number }, now: number): SigningState {
  if (agreement.status === "signed") return "used";
  if (agreement.status === "revoked") return "revoked";
  return now >= agreement.expiresAt ? "expired" : "open";
}

const STATE_MESSAGES: Record<Exclude<SigningState, "open">, string> = {
  used: "This agreement has already been signed; the link works only once.",
  expired: "This signing link has expired. Ask your representative to send a new one.",
  revoked: "This signing link was replaced or withdrawn. Use the latest link your representative sent.",
};

export type SignDecision = { ok: true } | { ok: false; code: "GONE" | "VALIDATION"; message: string };

export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
}

/** A signature counts when the link is open, consent is given and the typed name is the client's. */
export function decideSignature(
  agreement: { status: AgreementStatus; expiresAt: number; preparedFor: string },
  input: { typedName: string; consent: boolean },
  now: number,
): SignDecision {
  const state = signingState(agreement, now);
  if (state !== "open") return { ok: false, code: "GONE", message: STATE_MESSAGES[state] };
  if (!input.consent) return { ok: false, code: "VALIDATION", message: "Tick the consent box to sign electronically" };
  if (normalizeName(input.typedName) !== normalizeName(agreement.preparedFor)) {
    return { ok: false, code: "VALIDATION", message: "The name typed is not the name on the agreement" };
  }
  return { ok: true };
}

export function signingMessage(state: SigningState): string | null {
  return state === "open" ? null : STATE_MESSAGES[state];
}

export interface AgreementItem {
  title: string;
  quantity: number;
  priceCents: Cents;
}

export interface AgreementDocument {
  version: 1;
  title: string;
  product: Terms["product"];
  orderNumber: string;
  preparedFor: string;
  merchant: string;
  items: (AgreementItem & { lineTotalCents: Cents })[];
  terms: Terms;
  disclosures: string[];
  issuedAt: number;
  expiresAt: number;
}

function disclosures(terms: Terms): string[] {
  if (terms.product === "lease") {
    return [
      "This is a lease-purchase (rent-to-own) agreement. It is not a loan and not a credit sale.",
      `You will own the goods after ${terms.termPayments} weekly payments of ${formatCents(terms.paymentCents)}, a total of ${formatCents(terms.totalCostCents)}, or sooner with the early purchase option.`,
      `The cash price is ${formatCents(terms.cashPriceCents)}. Early purchase option today: ${formatCents(terms.earlyPurchaseCents)}; it falls as you pay.`,
      "You may return the goods in good condition at any time and owe nothing more than payments already due.",
    ];
  }
  return [
    "This is a closed-end purchase loan. We pay the vendor directly; the goods purchased secure the loan.",
    `Annual percentage rate ${formatApr(terms.aprBps)}. Finance charge ${formatCents(terms.financeChargeCents)}. Amount financed ${formatCents(terms.principalCents)}. Total of payments ${formatCents(terms.totalOfPaymentsCents)}.`,
    `${terms.schedule.length} monthly payments, the first of ${formatCents(terms.paymentCents)}.`,
    "You may pay the loan off early at any time without a penalty.",
  ];
}

export function agreementDocument(input: {
  orderNumber: string;
  preparedFor: string;
  merchant: string;
  items: AgreementItem[];
  terms: Terms;
  issuedAt: number;
}): AgreementDocument {
  return {
    version: 1,
    title: input.terms.product === "lease" ? "Lease-purchase agreement" : "Purchase loan agreement",
    product: input.terms.product,
    orderNumber: input.orderNumber,
    preparedFor: input.preparedFor,
    merchant: input.merchant,
    items: input.items.map((item) => ({ ...item, lineTotalCents: item.priceCents * item.quantity })),
    terms: input.terms,
    disclosures: disclosures(input.terms),
    issuedAt: input.issuedAt,
    expiresAt: input.issuedAt + SIGNING_TTL_MS,
  };
}

/** The exact text that is stored, shown, and hashed (SHA-256) into the signature record. */
export function documentText(document: AgreementDocument): string {
  return JSON.stringify(document);
}
