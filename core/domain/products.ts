// Lease and loan product rules: which goods each product may finance, and lease buyout amounts.
import { applyBps, type Cents } from "./money";

export const ITEM_CATEGORIES = [
  "electronics",
  "furniture",
  "appliances",
  "mattresses",
  "jewelry",
  "tires",
  "computers",
  "gift_card",
  "service_plan",
  "consumables",
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export type Eligibility = "lease" | "loan" | "both" | "none";

/** Leases cover durable goods only; loans finance any lawful purchase from an identified vendor. */
const DURABLE: ReadonlySet<string> = new Set(["electronics", "furniture", "appliances", "mattresses", "jewelry", "tires", "computers"]);
const NEVER_FINANCED: ReadonlySet<string> = new Set(["gift_card"]);

export function itemEligibility(category: string): Eligibility {
  if (NEVER_FINANCED.has(category)) return "none";
  return DURABLE.has(category) ? "both" : "loan";
}

/** Early purchase option: 110% of cash price less half of what has been paid, never below 0. */
export function earlyPurchaseAmount(cashPriceCents: Cents, paidCents: Cents): Cents {
  return Math.max(0, applyBps(cashPriceCents, 11_000) - Math.floor(paidCents / 2));
}
