// The funding timeline a merchant reads: expected steps and words written by hand for each place a
// transaction can be in the chain.
import { describe, expect, it } from "vitest";
import {
  customerShortName,
  type FundingContext,
  type FundingEvent,
  fundingHeadline,
  fundingTimeline,
} from "../../../../core/domain/funding-timeline";

const T0 = Date.UTC(2026, 10, 20, 15, 0);
const lease: FundingContext = { product: "lease", amountCents: 249_500, customer: "Maya J.", stopped: null };
const loan: FundingContext = { product: "loan", amountCents: 84_900, customer: "Jack R.", stopped: null };
const applied: FundingEvent = { step: "application", at: T0, actor: "Maya J.", outcome: null, amountCents: null };
const approved: FundingEvent = { step: "decision", at: T0 + 40_000, actor: "Lease Standard v2", outcome: "approved", amountCents: null };
const signed: FundingEvent = { step: "agreement_signed", at: T0 + 7_200_000, actor: "Maya J.", outcome: null, amountCents: null };
const funded: FundingEvent = { step: "funded", at: T0 + 72_000_000, actor: "Northwind Lease & Loan", outcome: null, amountCents: 249_500 };
const settled: FundingEvent = {
  step: "settled",
  at: T0 + 7 * 86_400_000,
  actor: "Northwind Lease & Loan settlement run",
  outcome: null,
  amountCents: 242_639,
};

const states = (events: FundingEvent[], c: FundingContext) => fundingTimeline(events, c).map((s) => s.state);

describe("fundingTimeline", () => {
  it("a settled lease: five steps done, each with who, when and plain words", () => {
    const steps = fundingTimeline([settled, funded, signed, approved, applied], lease);
    expect(steps.map((s) => [s.step, s.state, s.title, s.who, s.at])).toEqual([
      ["application", "done", "Application", "Maya J.", T0],
      ["decision", "done", "Decision", "Lease Standard v2", T0 + 40_000],
      ["agreement_signed", "done", "Agreement signed", "Maya J.", T0 + 7_200_000],
      ["funded", "done", "Funded", "Northwind Lease & Loan", T0 + 72_000_000],
      ["settled", "done", "Settled to you", "Northwind Lease & Loan settlement run", T0 + 7 * 86_400_000],
    ]);
    expect(steps.map((s) => s.words)).toEqual([
      "Maya J. applied at your checkout for a lease-to-own plan to pay for $2,495.00 of goods.",
      "Your checkout's decision model, Lease Standard v2, approved Maya J. for the lease-to-own plan.",
      "Maya J. signed the lease-to-own agreement: they rent the goods and may buy them out.",
      "Northwind Lease & Loan, the lessor, bought the goods from you for $2,495.00. It owns them and leases them to Maya J.",
      "$2,426.39 was settled to you (the price less your plan's discount) and added to your balance, which is paid out to your bank.",
    ]);
    expect(fundingHeadline(steps)).toEqual({ state: "settled", words: "Settled to you" });
  });

  it("a funded loan names the lender, and who repays whom", () => {
    const steps = fundingTimeline(
      [
        { ...applied, actor: "Jack R." },
        approved,
        { ...signed, actor: "Jack R." },
        { ...funded, actor: "Granite State Bank", amountCents: 84_900 },
      ],
      loan,
    );
    expect(steps[3]?.words).toBe("Granite State Bank, the lender, paid out the loan of $849.00. Jack R. repays the lender, not you.");
    expect(steps[4]).toMatchObject({
      state: "waiting",
      words: "Funded sales are paid to your bank in the next settlement run, less your plan's discount.",
      at: null,
      who: null,
    });
    expect(fundingHeadline(steps)).toEqual({ state: "in_progress", words: "Funded, settlement next" });
  });

  it("waiting for the signature: the first missing step waits, the rest are upcoming", () => {
    const steps = fundingTimeline([applied, approved], lease);
    expect(steps.map((s) => s.state)).toEqual(["done", "done", "waiting", "upcoming", "upcoming"]);
    expect(steps[2]?.words).toBe("Waiting for Maya J. to sign the agreement (we sent them a signing link).");
    expect(fundingHeadline(steps)).toEqual({ state: "in_progress", words: "Waiting for the signature" });
  });

  it("declined: the chain ends at the decision, and nothing is owed", () => {
    const steps = fundingTimeline([applied, { ...approved, outcome: "declined" }], lease);
    expect(steps.map((s) => s.state)).toEqual(["done", "declined", "stopped", "stopped", "stopped"]);
    expect(steps[1]).toMatchObject({
      title: "Declined",
      words:
        "Your checkout's decision model, Lease Standard v2, declined the application. The customer was not charged, and nothing is owed to you or by you.",
    });
    expect(steps[2]?.words).toBe("The application was declined, so this step does not happen.");
    expect(fundingHeadline(steps)).toEqual({ state: "declined", words: "Declined" });
  });

  it("a cancelled order: the steps not reached will not happen", () => {
    expect(states([applied, approved], { ...lease, stopped: "cancelled" })).toEqual(["done", "done", "stopped", "stopped", "stopped"]);
    expect(fundingTimeline([applied, approved], { ...lease, stopped: "cancelled" })[2]?.words).toBe(
      "The order was cancelled, so this step does not happen.",
    );
    expect(fundingHeadline(fundingTimeline([applied, approved], { ...lease, stopped: "cancelled" }))).toEqual({
      state: "stopped",
      words: "Stopped",
    });
  });

  it("only the application: waiting for a decision", () => {
    expect(states([applied], lease)).toEqual(["done", "waiting", "upcoming", "upcoming", "upcoming"]);
    expect(fundingHeadline(fundingTimeline([applied], lease)).words).toBe("Waiting for a decision");
  });
});

describe("customerShortName", () => {
  it("first name and last initial, no more than the checkout showed", () => {
    expect(customerShortName("Maya", "johnson")).toBe("Maya J.");
    expect(customerShortName(" Li ", "")).toBe("Li");
  });
});
