// Personal answers: an approved article may carry a template ("your next lease payment of
// {{lease.nextPayment}} is due {{lease.nextDueDate}}") that a verified caller hears with their own
// figures. What a template may say follows the self-service policy below: before verification
// nothing personal; after it, the account's own figures, contact details and bank accounts masked,
// identity and card data never.
import { formatCents } from "../money";
import type { ProductScope } from "./scope";

type FieldClass = "account" | "contact" | "financial" | "identity" | "card";
type Visibility = "full" | "masked" | "hidden";

/**
 * The self-service policy: what a caller hears of each class of data, before and after they verify
 * (last 4 of the SSN or ZIP by keypad). Account figures are the caller's own balances and dates.
 */
export const SELF_SERVICE_POLICY: Record<"unverified" | "verified", Record<FieldClass, Visibility>> = {
  unverified: { account: "hidden", contact: "hidden", financial: "hidden", identity: "hidden", card: "hidden" },
  verified: { account: "full", contact: "masked", financial: "masked", identity: "hidden", card: "hidden" },
};

/** Fields a template may name, their class, and how a value is shown when the class is masked. */
export const TEMPLATE_FIELDS = {
  "lease.nextPayment": { class: "account", product: "lease" },
  "lease.nextDueDate": { class: "account", product: "lease" },
  "lease.earlyPurchase": { class: "account", product: "lease" },
  "lease.paymentsLeft": { class: "account", product: "lease" },
  "lease.item": { class: "account", product: "lease" },
  "loan.nextPayment": { class: "account", product: "loan" },
  "loan.nextDueDate": { class: "account", product: "loan" },
  "loan.payoff": { class: "account", product: "loan" },
  "loan.apr": { class: "account", product: "loan" },
  "loan.paymentsLeft": { class: "account", product: "loan" },
  "loan.depositAccount": { class: "financial", product: "loan" },
  "account.phone": { class: "contact", product: null },
  "account.email": { class: "contact", product: null },
} as const satisfies Record<string, { class: FieldClass; product: "lease" | "loan" | null }>;
export type TemplateField = keyof typeof TEMPLATE_FIELDS;

/** A caller's own figures, as the Worker reads them; a field is absent when the caller has none. */
export type PersonalFigures = Partial<Record<TemplateField, string | number>>;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

const isField = (name: string): name is TemplateField => name in TEMPLATE_FIELDS;

/** Why a template may not be approved for an article of this scope, or empty when it may. */
export function templateProblems(template: string, scope: ProductScope): string[] {
  const problems: string[] = [];
  if (template.includes("{{") && placeholdersOf(template).length === 0) problems.push("a placeholder is not closed");
  for (const name of placeholdersOf(template)) {
    if (!isField(name)) {
      problems.push(`{{${name}}} is not a field self-service may use`);
      continue;
    }
    const field = TEMPLATE_FIELDS[name];
    if (SELF_SERVICE_POLICY.verified[field.class] === "hidden") problems.push(`{{${name}}} is never told to a caller`);
    if (field.product && scope !== "both" && scope !== field.product)
      problems.push(`{{${name}}} is a ${field.product} figure in a ${scope} article`);
  }
  return problems;
}

/** "December 6" from "2026-12-06", as a caller hears a date. */
export function spokenDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString("en-US", { month: "long", day: "numeric", timeZone: "UTC" });
}

/** How a figure is said: money in dollars, dates in words, masked values by their last 4. */
export function presentFigure(field: TemplateField, value: string | number): string {
  if (field.endsWith("Payment") || field.endsWith("Purchase") || field === "loan.payoff")
    return typeof value === "number" ? formatCents(value) : value;
  if (field.endsWith("DueDate")) return typeof value === "string" ? spokenDate(value) : String(value);
  if (field === "loan.apr") return typeof value === "number" ? `${(value / 100).toFixed(2)} percent` : value;
  const cls = TEMPLATE_FIELDS[field].class;
  if (SELF_SERVICE_POLICY.verified[cls] === "masked") {
    const digits = String(value).replace(/\D/g, "");
    if (field === "account.email") return String(value).replace(/^(.).*(@.*)$/, "$1•••$2");
    return `ending in ${digits.slice(-4).split("").join(" ")}`;
  }
  return String(value);
}

/**
 * The template with the caller's figures, or null when the caller is not verified or lacks a figure
 * it needs (they then hear the general answer).
 */
export function fillTemplate(template: string, figures: PersonalFigures, verified: boolean): string | null {
  if (!verified) return null;
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = isField(name) ? figures[name] : undefined;
    if (!isField(name) || value === undefined || SELF_SERVICE_POLICY.verified[TEMPLATE_FIELDS[name].class] === "hidden") {
      missing = true;
      return "";
    }
    return presentFigure(name, value);
  });
  return missing ? null : text;
}
