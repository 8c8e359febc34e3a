import { describe, expect, it } from "vitest";
import { type AccountFacts, summarizeAccount } from "../../../../core/domain/account-summary";

const empty: AccountFacts = { leases: [], loans: [], orders: [], promises: [], callbacks: [] };
const lease = {
  id: "lea_1",
  status: "active",
  itemDescription: "Sofa",
  paymentCents: 2_500,
  termPayments: 52,
  paymentsMade: 50,
  nextDueDate: "2026-11-28",
  daysPastDue: 0,
};
const loan = { id: "loa_1", status: "active", balanceCents: 100_000, paymentCents: 9_999, nextDueDate: "2026-11-25", daysPastDue: 12 };
const order = (id: string, createdAt: number, needsAttention = false) => ({
  id,
  number: `NW-${id}`,
  status: "in_review",
  merchant: "Acme",
  totalCents: 10_000,
  createdAt,
  needsAttention,
  attentionReason: needsAttention ? "Signature missing" : null,
});

describe("account summary", () => {
  it("answers nothing owed and nothing open for a new customer", () => {
    expect(summarizeAccount(empty)).toEqual({
      loanBalanceCents: null,
      leaseRemainingCents: null,
      nextPayment: null,
      lastOrder: null,
      openIssues: [],
    });
  });

  it("adds loan balances and the lease payments still to come", () => {
    const summary = summarizeAccount({ ...empty, leases: [lease], loans: [loan, { ...loan, id: "loa_2", balanceCents: 5_000 }] });
    expect(summary.loanBalanceCents).toBe(105_000);
    expect(summary.leaseRemainingCents).toBe(5_000);
  });

  it("picks the earliest next payment across leases and loans", () => {
    expect(summarizeAccount({ ...empty, leases: [lease], loans: [loan] }).nextPayment).toEqual({
      product: "loan",
      productId: "loa_1",
      dueDate: "2026-11-25",
      amountCents: 9_999,
    });
  });

  it("ignores closed products", () => {
    const summary = summarizeAccount({ ...empty, loans: [{ ...loan, status: "paid_off" }] });
    expect(summary.loanBalanceCents).toBeNull();
    expect(summary.openIssues).toEqual([]);
  });

  it("lists past-due products, open promises, orders needing attention and open callbacks", () => {
    const summary = summarizeAccount({
      ...empty,
      loans: [loan],
      orders: [order("1", 10), order("2", 20, true)],
      promises: [{ id: "ptp", product: "loan", amountCents: 9_999, dueDate: "2026-11-23", status: "open" }],
      callbacks: [
        { id: "cb1", dueAt: 1, reason: "Wants payoff quote", doneAt: null },
        { id: "cb2", dueAt: 1, reason: "Done already", doneAt: 2 },
      ],
    });
    expect(summary.lastOrder?.id).toBe("2");
    expect(summary.openIssues.map((i) => i.kind)).toEqual(["past-due", "promise", "order", "callback"]);
    expect(summary.openIssues.map((i) => i.text)).toContain("Order NW-2: Signature missing");
    expect(summary.openIssues.find((i) => i.kind === "promise")?.text).toContain("$99.99");
  });
});
