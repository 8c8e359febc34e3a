// Lease and loan product rules: which goods each product may finance, per-state limits, and the
// compliance result of each order item, always with the reason a rep can read to the client.
import { applyBps, type Cents, formatCents } from "./money";

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
export type Product = "lease" | "loan";
export type Eligibility = "lease" | "loan" | "both" | "none";

/**
 * The eligibility rules table. Read a row as "this category may be leased / lent against, because".
 * Leases cover durable goods only (the lessor owns them until the client does); loans finance any
 * lawful purchase from an identified vendor, but never cash equivalents.
 */
export const CATEGORY_RULES: Record<ItemCategory, { label: string; lease: boolean; loan: boolean; why: string }> = {
  electronics: { label: "Electronics", lease: true, loan: true, why: "a durable good" },
  furniture: { label: "Furniture", lease: true, loan: true, why: "a durable good" },
  appliances: { label: "Appliances", lease: true, loan: true, why: "a durable good" },
  mattresses: { label: "Mattresses", lease: true, loan: true, why: "a durable good" },
  jewelry: { label: "Jewelry", lease: true, loan: true, why: "a durable good" },
  tires: { label: "Tires", lease: true, loan: true, why: "a durable good" },
  computers: { label: "Computers", lease: true, loan: true, why: "a durable good" },
  gift_card: { label: "Gift card", lease: false, loan: false, why: "a cash equivalent, which neither a lease nor a loan may finance" },
  service_plan: {
    label: "Service plan",
    lease: false,
    loan: true,
    why: "a service, not goods the lessor can own, so only a loan covers it",
  },
  consumables: { label: "Consumables", lease: false, loan: true, why: "used up, so it cannot be leased; a loan covers it" },
};

export function isItemCategory(value: string): value is ItemCategory {
  return (ITEM_CATEGORIES as readonly string[]).includes(value);
}

/** Unknown categories are financed by nothing until compliance classifies them. */
export function itemEligibility(category: string): Eligibility {
  if (!isItemCategory(category)) return "none";
  const rule = CATEGORY_RULES[category];
  if (rule.lease && rule.loan) return "both";
  if (rule.lease) return "lease";
  return rule.loan ? "loan" : "none";
}

export interface StateRule {
  leaseAllowed: boolean;
  /** Largest order a lease may cover in this state. */
  leaseMaxCents: Cents;
  loanAllowed: boolean;
  loanMaxCents: Cents;
  loanMaxAprBps: number;
  /** Shown to the rep when this state's rule decides the outcome. */
  note?: string;
}

/**
 * Per-state limits as the retailer's compliance team configured them (illustrative values for the
 * demo, not legal advice). States not listed use the default row.
 */
export const DEFAULT_STATE_RULE: StateRule = {
  leaseAllowed: true,
  leaseMaxCents: 500_000,
  loanAllowed: true,
  loanMaxCents: 500_000,
  loanMaxAprBps: 3_599,
};
export const STATE_RULES: Readonly<Record<string, StateRule>> = {
  NJ: { ...DEFAULT_STATE_RULE, leaseAllowed: false, note: "lease-purchase agreements are not offered in NJ" },
  CA: { ...DEFAULT_STATE_RULE, leaseMaxCents: 300_000, loanMaxCents: 250_000, loanMaxAprBps: 2_999 },
  NC: { ...DEFAULT_STATE_RULE, loanMaxCents: 150_000, loanMaxAprBps: 2_400 },
  OR: { ...DEFAULT_STATE_RULE, loanMaxAprBps: 3_200 },
};

export function stateRule(state: string | null | undefined): StateRule {
  return (state && STATE_RULES[state]) || DEFAULT_STATE_RULE;
}

export interface ItemInput {
  title: string;
  category: string;
  priceCents: Cents;
  quantity: number;
  vendorName: string | null;
  vendorUrl?: string | null;
}

export interface ProductCheck {
  ok: boolean;
  /** Why not, one sentence per failed rule; empty when ok. */
  reasons: string[];
}

export interface ItemAssessment {
  eligibility: Eligibility;
  lease: ProductCheck;
  loan: ProductCheck;
  /** The category rule in words, e.g. "Sectional sofa is a durable good". */
  why: string;
}

export const lineTotal = (item: Pick<ItemInput, "priceCents" | "quantity">): Cents => item.priceCents * item.quantity;

/** What each product would say about one item, in the client's state. */
export function assessItem(item: ItemInput, state: string | null): ItemAssessment {
  const rules = stateRule(state);
  const category = isItemCategory(item.category) ? CATEGORY_RULES[item.category] : null;
  const total = lineTotal(item);
  const lease: string[] = [];
  const loan: string[] = [];
  if (!category) {
    const unknown = `${item.title} has no known category; compliance must classify it first`;
    lease.push(unknown);
    loan.push(unknown);
  } else {
    if (!category.lease) lease.push(`${item.title} is ${category.why}`);
    if (!category.loan) loan.push(`${item.title} is ${category.why}`);
  }
  if (!rules.leaseAllowed) lease.push(`Leases are not available in ${state}: ${rules.note ?? "state rule"}`);
  if (total > rules.leaseMaxCents)
    lease.push(`${formatCents(total)} is over the ${formatCents(rules.leaseMaxCents)} lease limit in ${state ?? "this state"}`);
  if (!rules.loanAllowed) loan.push(`Loans are not available in ${state}`);
  if (total > rules.loanMaxCents)
    loan.push(`${formatCents(total)} is over the ${formatCents(rules.loanMaxCents)} loan limit in ${state ?? "this state"}`);
  if (!item.vendorName?.trim()) loan.push(`${item.title} needs the vendor's name: a loan pays the vendor directly`);
  return {
    eligibility: itemEligibility(item.category),
    lease: { ok: lease.length === 0, reasons: lease },
    loan: { ok: loan.length === 0, reasons: loan },
    why: category ? `${item.title} is ${category.why}` : `${item.title} is not classified`,
  };
}

export type ComplianceStatus = "pass" | "fail" | "undecided";

/** The item's result under the order's chosen product (undecided while none is chosen). */
export function complianceResult(assessment: ItemAssessment, product: Product | null): { status: ComplianceStatus; reasons: string[] } {
  if (!product) return { status: "undecided", reasons: ["No financing product is chosen for this order yet"] };
  const check = assessment[product];
  return { status: check.ok ? "pass" : "fail", reasons: check.reasons };
}

export interface FinancingChoice {
  product: Product | null;
  /** Why this product, or why none: reps read this to the client. */
  why: string;
  /** What must change before any product fits (empty when a product was chosen). */
  blockers: string[];
}

/**
 * Lease or loan for a whole order. A lease is preferred when every item is a durable good and the
 * state allows it within its limit (the retailer's lease-to-own programme); otherwise a loan when
 * every item may be lent against; otherwise nothing, with every blocker named.
 */
export function chooseFinancing(items: ItemInput[], state: string | null): FinancingChoice {
  if (items.length === 0) return { product: null, why: "The order has no items yet", blockers: ["Add at least one item"] };
  const rules = stateRule(state);
  const total = items.reduce((sum, item) => sum + lineTotal(item), 0);
  const assessed = items.map((item) => assessItem(item, state));
  const leaseBlockers = assessed.flatMap((a) => a.lease.reasons);
  if (total > rules.leaseMaxCents)
    leaseBlockers.push(`The order total ${formatCents(total)} is over the lease limit of ${formatCents(rules.leaseMaxCents)}`);
  if (leaseBlockers.length === 0) {
    return { product: "lease", why: "Every item is a durable good, so the lease-to-own agreement applies", blockers: [] };
  }
  const loanBlockers = assessed.flatMap((a) => a.loan.reasons);
  if (total > rules.loanMaxCents)
    loanBlockers.push(`The order total ${formatCents(total)} is over the loan limit of ${formatCents(rules.loanMaxCents)}`);
  if (loanBlockers.length === 0) {
    return { product: "loan", why: `A loan applies because a lease cannot: ${unique(leaseBlockers).join("; ")}`, blockers: [] };
  }
  return {
    product: null,
    why: "Neither a lease nor a loan can finance this order as it stands",
    blockers: unique([...loanBlockers, ...leaseBlockers]),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Early purchase option: 110% of cash price less half of what has been paid, never below 0. */
export function earlyPurchaseAmount(cashPriceCents: Cents, paidCents: Cents): Cents {
  return Math.max(0, applyBps(cashPriceCents, 11_000) - Math.floor(paidCents / 2));
}
