// The terms a client is offered when an order is financed: a lease's payments and buyout, or a
// loan's APR, schedule and disclosures. Integer cents throughout; the agreement shows these.
import { amortize, type Cents, type ScheduleRow } from "./money";
import { earlyPurchaseAmount, type Product, stateRule } from "./products";

export interface LeaseTerms {
  product: "lease";
  cashPriceCents: Cents;
  frequency: "weekly";
  termPayments: number;
  paymentCents: Cents;
  totalCostCents: Cents;
  /** What owning the goods costs on day one (early purchase option). */
  earlyPurchaseCents: Cents;
}

export interface LoanTerms {
  product: "loan";
  kind: "purchase";
  principalCents: Cents;
  aprBps: number;
  termMonths: number;
  paymentCents: Cents;
  financeChargeCents: Cents;
  totalOfPaymentsCents: Cents;
  schedule: ScheduleRow[];
}

export type Terms = LeaseTerms | LoanTerms;

/** The retailer's standard loan APR before any state cap. */
export const STANDARD_LOAN_APR_BPS = 2_999;

/** Longer terms for larger orders keep payments affordable; the lease costs twice the cash price. */
export function leaseOffer(cashPriceCents: Cents): LeaseTerms {
  const termPayments = cashPriceCents <= 100_000 ? 26 : cashPriceCents <= 250_000 ? 52 : 78;
  const paymentCents = Math.ceil((cashPriceCents * 2) / termPayments);
  return {
    product: "lease",
    cashPriceCents,
    frequency: "weekly",
    termPayments,
    paymentCents,
    totalCostCents: paymentCents * termPayments,
    earlyPurchaseCents: earlyPurchaseAmount(cashPriceCents, 0),
  };
}

export function loanOffer(principalCents: Cents, state: string | null): LoanTerms {
  const aprBps = Math.min(STANDARD_LOAN_APR_BPS, stateRule(state).loanMaxAprBps);
  const termMonths = principalCents <= 50_000 ? 6 : principalCents <= 150_000 ? 12 : principalCents <= 300_000 ? 18 : 24;
  const schedule = amortize(principalCents, aprBps, termMonths);
  const financeChargeCents = schedule.reduce((sum, row) => sum + row.interestCents, 0);
  return {
    product: "loan",
    kind: "purchase",
    principalCents,
    aprBps,
    termMonths,
    paymentCents: schedule[0]?.paymentCents ?? 0,
    financeChargeCents,
    totalOfPaymentsCents: principalCents + financeChargeCents,
    schedule,
  };
}

export function offerFor(product: Product, totalCents: Cents, state: string | null): Terms {
  return product === "lease" ? leaseOffer(totalCents) : loanOffer(totalCents, state);
}

/** "29.99%" from basis points, without floating point. */
export function formatApr(aprBps: number): string {
  return `${Math.trunc(aprBps / 100)}.${String(aprBps % 100).padStart(2, "0")}%`;
}
