import { describe, expect, it } from "vitest";
import { PROMPT_DISMISS_MS, type PromptFacts, promptsFor, visiblePrompts } from "../../../../core/domain/prompts";

const TODAY = "2026-11-23";
const base: PromptFacts = { identityVerified: true, leases: [], loans: [], promises: [], today: TODAY };
const lease = (daysPastDue = 0, status = "active") => ({ status, daysPastDue, earlyPurchaseCents: 123_456 });
const loan = (daysPastDue = 0, status = "active") => ({ status, daysPastDue, aprBps: 2_499 });
const promise = (dueDate: string, status = "open") => ({ status, dueDate, amountCents: 5_000, product: "loan" as const });

describe("call prompts", () => {
  it.each<[string, Partial<PromptFacts>, string[]]>([
    ["nothing applies to a verified customer with no products", {}, []],
    ["identity not verified: verify first", { identityVerified: false }, ["identity-unverified"]],
    ["a current lease: lease wording and the early purchase option", { leases: [lease()] }, ["lease-wording"]],
    ["a current loan: loan wording and disclosures", { loans: [loan()] }, ["loan-disclosures"]],
    ["a lease past due: offer an arrangement, then lease wording", { leases: [lease(12)] }, ["payment-past-due", "lease-wording"]],
    ["a loan past due", { loans: [loan(40)] }, ["payment-past-due", "loan-disclosures"]],
    ["a promise due today", { promises: [promise(TODAY)] }, ["promise-due-today"]],
    ["a promise due tomorrow is not due today", { promises: [promise("2026-11-24")] }, []],
    ["a kept promise is not a prompt", { promises: [promise(TODAY, "kept")] }, []],
    ["a paid-off loan and a returned lease need no wording", { loans: [loan(0, "paid_off")], leases: [lease(5, "returned")] }, []],
    [
      "everything at once, most urgent first",
      { identityVerified: false, leases: [lease(3)], loans: [loan(12)], promises: [promise(TODAY)] },
      ["identity-unverified", "payment-past-due", "promise-due-today", "loan-disclosures", "lease-wording"],
    ],
  ])("%s", (_name, facts, expected) => {
    expect(promptsFor({ ...base, ...facts }).map((p) => p.id)).toEqual(expected);
  });

  it("names both past-due products and their days", () => {
    const [pastDue] = promptsFor({ ...base, leases: [lease(3)], loans: [loan(1)] });
    expect(pastDue?.body).toContain("lease 3 days past due");
    expect(pastDue?.body).toContain("loan 1 day past due");
  });

  it("quotes the APR for loans and the early purchase amount for leases, with cents", () => {
    const prompts = promptsFor({ ...base, leases: [lease()], loans: [loan()] });
    expect(prompts.find((p) => p.id === "loan-disclosures")?.body).toContain("24.99%");
    expect(prompts.find((p) => p.id === "lease-wording")?.body).toContain("$1,234.56");
  });

  it("gives lease and loan prompts their own tones so they are never confused", () => {
    const prompts = promptsFor({ ...base, leases: [lease()], loans: [loan()] });
    expect(prompts.map((p) => p.tone)).toEqual(["loan", "lease"]);
  });

  it("hides a dismissed prompt for a working day, then shows it again", () => {
    const prompts = promptsFor({ ...base, identityVerified: false, loans: [loan()] });
    const now = 1_000_000_000;
    const dismissed = [{ promptId: "identity-unverified", at: now - 60_000 }];
    expect(visiblePrompts(prompts, dismissed, now).map((p) => p.id)).toEqual(["loan-disclosures"]);
    expect(visiblePrompts(prompts, dismissed, now + PROMPT_DISMISS_MS).map((p) => p.id)).toEqual([
      "identity-unverified",
      "loan-disclosures",
    ]);
  });
});
