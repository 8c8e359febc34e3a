// Call prompts: what a rep must say or check on this call, by product and situation. Pure rules,
// shown at the top of the profile; a dismissal (with a reason) hides one for a working day.
import { formatCents } from "./money";

export const PROMPT_KINDS = ["identity-unverified", "payment-past-due", "promise-due-today", "loan-disclosures", "lease-wording"] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** How a prompt looks: loan and lease prompts carry their product's own hue. */
export type PromptTone = "danger" | "warning" | "info" | "loan" | "lease";

export interface Prompt {
  id: PromptKind;
  tone: PromptTone;
  title: string;
  body: string;
}

export const PROMPT_TITLES: Record<PromptKind, string> = {
  "identity-unverified": "Verify identity before discussing the account",
  "payment-past-due": "Payment past due: offer a payment arrangement",
  "promise-due-today": "Promise to pay due today",
  "loan-disclosures": "Loan customer: loan wording and disclosures",
  "lease-wording": "Lease customer: lease wording and early purchase option",
};

export interface PromptFacts {
  identityVerified: boolean;
  leases: { status: string; daysPastDue: number; earlyPurchaseCents: number }[];
  loans: { status: string; daysPastDue: number; aprBps: number }[];
  promises: { status: string; dueDate: string; amountCents: number; product: "lease" | "loan" }[];
  /** The rep's calendar day, `YYYY-MM-DD`. */
  today: string;
}

const percent = (bps: number) => `${(bps / 100).toFixed(2)}%`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Every prompt that applies, most urgent first: identity gates everything else. */
export function promptsFor(facts: PromptFacts): Prompt[] {
  const prompts: Prompt[] = [];
  const activeLeases = facts.leases.filter((l) => l.status === "active");
  const activeLoans = facts.loans.filter((l) => l.status === "active");

  if (!facts.identityVerified) {
    prompts.push({
      id: "identity-unverified",
      tone: "danger",
      title: PROMPT_TITLES["identity-unverified"],
      body: "Confirm the caller's full name, date of birth and the last 4 of their SSN before sharing any account details.",
    });
  }

  const pastDue = [
    ...activeLeases.filter((l) => l.daysPastDue > 0).map((l) => `lease ${plural(l.daysPastDue, "day")} past due`),
    ...activeLoans.filter((l) => l.daysPastDue > 0).map((l) => `loan ${plural(l.daysPastDue, "day")} past due`),
  ];
  if (pastDue.length > 0) {
    prompts.push({
      id: "payment-past-due",
      tone: "warning",
      title: PROMPT_TITLES["payment-past-due"],
      body: `The ${pastDue.join(" and the ")}. Offer a payment arrangement or take a promise to pay.`,
    });
  }

  const dueToday = facts.promises.filter((p) => p.status === "open" && p.dueDate === facts.today);
  if (dueToday.length > 0) {
    const what = dueToday.map((p) => `${formatCents(p.amountCents)} on the ${p.product}`).join(" and ");
    prompts.push({
      id: "promise-due-today",
      tone: "info",
      title: PROMPT_TITLES["promise-due-today"],
      body: `The customer promised ${what} for today. Confirm the payment is on its way.`,
    });
  }

  if (activeLoans.length > 0) {
    const aprs = [...new Set(activeLoans.map((l) => percent(l.aprBps)))].join(", ");
    prompts.push({
      id: "loan-disclosures",
      tone: "loan",
      title: PROMPT_TITLES["loan-disclosures"],
      body: `Say "loan", "APR" (${aprs}) and "finance charge", never "rent" or "lease". Disclose that late payments may be reported to credit bureaus.`,
    });
  }

  if (activeLeases.length > 0) {
    const epo = Math.min(...activeLeases.map((l) => l.earlyPurchaseCents));
    prompts.push({
      id: "lease-wording",
      tone: "lease",
      title: PROMPT_TITLES["lease-wording"],
      body: `Say "lease" and "lease payment", never "loan", "interest" or "APR". The customer can own the goods today for ${formatCents(epo)} (early purchase option).`,
    });
  }
  return prompts;
}

/** A dismissal hides its prompt for a working day, then the prompt comes back. */
export const PROMPT_DISMISS_MS = 12 * 3_600_000;

export interface PromptDismissal {
  promptId: string;
  at: number;
}

export function visiblePrompts(prompts: readonly Prompt[], dismissals: readonly PromptDismissal[], now: number): Prompt[] {
  const hidden = new Set(dismissals.filter((d) => now - d.at < PROMPT_DISMISS_MS).map((d) => d.promptId));
  return prompts.filter((p) => !hidden.has(p.id));
}
