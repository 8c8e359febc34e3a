// A transaction's funding timeline in plain words, for the merchant who took the sale: the five
// steps from the customer's application to the money in the merchant's bank, who did each and when,
// what the merchant is waiting for, and where the chain stopped. Pure: the recorded events in, the
// steps the portal shows out.
import { formatCents } from "./money";

export const FUNDING_STEP_NAMES = ["application", "decision", "agreement_signed", "funded", "settled"] as const;
export type FundingStep = (typeof FUNDING_STEP_NAMES)[number];

export interface FundingEvent {
  step: FundingStep;
  at: number;
  /** Who did it, by name. */
  actor: string;
  outcome: string | null;
  amountCents: number | null;
}

export interface FundingContext {
  product: "lease" | "loan" | null;
  /** The price of the goods the customer applied for. */
  amountCents: number;
  /** How the merchant knows the customer: first name and last initial. */
  customer: string;
  /** The order was cancelled or returned: the steps after the last one recorded will not happen. */
  stopped: "cancelled" | "returned" | null;
}

export type StepState = "done" | "declined" | "waiting" | "upcoming" | "stopped";

export interface TimelineStep {
  step: FundingStep;
  state: StepState;
  title: string;
  /** One or two sentences a store owner reads without knowing leasing. */
  words: string;
  at: number | null;
  who: string | null;
}

const TITLES: Record<FundingStep, string> = {
  application: "Application",
  decision: "Decision",
  agreement_signed: "Agreement signed",
  funded: "Funded",
  settled: "Settled to you",
};

/** Ends a sentence once, even after a name that ends with an initial ("Maya J."). */
const end = (sentence: string) => (sentence.endsWith(".") ? sentence : `${sentence}.`);

const productWord = (product: FundingContext["product"]) =>
  product === "loan" ? "loan" : product === "lease" ? "lease-to-own plan" : "financing";

function doneWords(event: FundingEvent, c: FundingContext): string {
  const amount = formatCents(c.amountCents);
  switch (event.step) {
    case "application":
      return `${c.customer} applied at your checkout for a ${productWord(c.product)} to pay for ${amount} of goods.`;
    case "decision":
      return event.outcome === "declined"
        ? `Your checkout's decision model, ${event.actor}, declined the application. The customer was not charged, and nothing is owed to you or by you.`
        : `Your checkout's decision model, ${event.actor}, approved ${c.customer} for the ${productWord(c.product)}.`;
    case "agreement_signed":
      return c.product === "loan"
        ? `${c.customer} signed the loan agreement with the lender.`
        : `${c.customer} signed the lease-to-own agreement: they rent the goods and may buy them out.`;
    case "funded": {
      const paid = formatCents(event.amountCents ?? c.amountCents);
      return c.product === "loan"
        ? `${event.actor}, the lender, paid out the loan of ${paid}. ${c.customer} repays the lender, not you.`
        : end(`${event.actor}, the lessor, bought the goods from you for ${paid}. It owns them and leases them to ${c.customer}`);
    }
    case "settled":
      return `${formatCents(event.amountCents ?? 0)} was settled to you (the price less your plan's discount) and added to your balance, which is paid out to your bank.`;
  }
}

function waitingWords(step: FundingStep, c: FundingContext): string {
  switch (step) {
    case "application":
      return "The application has not arrived yet.";
    case "decision":
      return "Waiting for the decision model's answer; most come back within a minute.";
    case "agreement_signed":
      return `Waiting for ${c.customer} to sign the agreement (we sent them a signing link).`;
    case "funded":
      return c.product === "loan"
        ? "The lender pays out once the agreement is signed, usually within one business day."
        : "The lessor buys the goods once the agreement is signed, usually within one business day.";
    case "settled":
      return "Funded sales are paid to your bank in the next settlement run, less your plan's discount.";
  }
}

function upcomingWords(step: FundingStep, c: FundingContext): string {
  switch (step) {
    case "application":
    case "decision":
      return "After the application.";
    case "agreement_signed":
      return `${c.customer} signs once approved.`;
    case "funded":
      return c.product === "loan" ? "The lender pays out after signing." : "The lessor buys the goods after signing.";
    case "settled":
      return "Paid to your bank after funding.";
  }
}

/** The five steps, in order, each done (with who and when), declined, waiting, upcoming or stopped. */
export function fundingTimeline(events: readonly FundingEvent[], c: FundingContext): TimelineStep[] {
  const byStep = new Map<FundingStep, FundingEvent>();
  for (const event of [...events].sort((a, b) => a.at - b.at)) byStep.set(event.step, event);
  const steps: TimelineStep[] = [];
  let ended = false;
  let waitingShown = false;
  for (const step of FUNDING_STEP_NAMES) {
    const event = byStep.get(step);
    if (event && !ended) {
      const declined = step === "decision" && event.outcome === "declined";
      steps.push({
        step,
        state: declined ? "declined" : "done",
        title: declined ? "Declined" : TITLES[step],
        words: doneWords(event, c),
        at: event.at,
        who: event.actor,
      });
      if (declined) ended = true;
      continue;
    }
    if (ended || c.stopped) {
      const why = ended
        ? "The application was declined, so this step does not happen."
        : `The order was ${c.stopped}, so this step does not happen.`;
      steps.push({ step, state: "stopped", title: TITLES[step], words: why, at: null, who: null });
      continue;
    }
    steps.push({
      step,
      state: waitingShown ? "upcoming" : "waiting",
      title: TITLES[step],
      words: waitingShown ? upcomingWords(step, c) : waitingWords(step, c),
      at: null,
      who: null,
    });
    waitingShown = true;
  }
  return steps;
}

/** Where a transaction stands, in a few words for the list. */
export function fundingHeadline(steps: readonly TimelineStep[]): {
  state: "settled" | "in_progress" | "declined" | "stopped";
  words: string;
} {
  if (steps.some((s) => s.state === "declined")) return { state: "declined", words: "Declined" };
  const waiting = steps.find((s) => s.state === "waiting");
  if (waiting) {
    const label: Record<FundingStep, string> = {
      application: "Waiting for the application",
      decision: "Waiting for a decision",
      agreement_signed: "Waiting for the signature",
      funded: "Waiting for funding",
      settled: "Funded, settlement next",
    };
    return { state: "in_progress", words: label[waiting.step] };
  }
  if (steps.some((s) => s.state === "stopped")) return { state: "stopped", words: "Stopped" };
  return { state: "settled", words: "Settled to you" };
}

/** "Maya J.": how a merchant sees a customer of the lessor (no more than the checkout showed). */
export function customerShortName(firstName: string, lastName: string): string {
  const initial = lastName.trim().charAt(0);
  return initial ? `${firstName.trim()} ${initial.toUpperCase()}.` : firstName.trim();
}
