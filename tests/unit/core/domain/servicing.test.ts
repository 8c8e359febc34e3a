import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amortize } from "../../../../core/domain/money";
import {
  addPeriods,
  applyLeasePayment,
  applyLoanPayment,
  checkPromise,
  DELINQUENCY_BUCKETS,
  delinquencyBucket,
  type LeaseState,
  type LoanInstallment,
  leaseEarlyPurchase,
  leaseRemainingCents,
  leaseSchedule,
  loanBalance,
  loanOutstanding,
} from "../../../../core/domain/servicing";

describe("delinquency buckets", () => {
  it.each([
    [0, "current"],
    [-3, "current"],
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "90+"],
    [400, "90+"],
  ])("%i days past due is %s", (days, bucket) => {
    expect(delinquencyBucket(days)).toBe(bucket);
  });

  it("never moves to an earlier bucket as days go by", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 500 }), fc.integer({ min: 0, max: 200 }), (days, more) => {
        const rank = (d: number) => DELINQUENCY_BUCKETS.indexOf(delinquencyBucket(d));
        expect(rank(days + more)).toBeGreaterThanOrEqual(rank(days));
      }),
    );
  });
});

const lease = (over: Partial<LeaseState> = {}): LeaseState => ({
  frequency: "weekly",
  paymentCents: 5_000,
  termPayments: 52,
  paymentsMade: 10,
  creditCents: 0,
  nextDueDate: "2026-11-01",
  cashPriceCents: 120_000,
  startedOn: "2026-08-23",
  ...over,
});

describe("lease schedule and payments", () => {
  it("lists every payment; the amounts sum exactly to the total cost", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 104 }), (payment, term) => {
        const rows = leaseSchedule(lease({ paymentCents: payment, termPayments: term, paymentsMade: Math.floor(term / 2) }), "2026-11-20");
        expect(rows).toHaveLength(term);
        expect(rows.reduce((s, r) => s + r.amountCents, 0)).toBe(payment * term);
        expect(rows.filter((r) => r.status === "paid")).toHaveLength(Math.floor(term / 2));
      }),
    );
  });

  it("gives the same result for one payment or the same amount split in parts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9_000 }), { minLength: 1, maxLength: 6 }), (parts) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const once = applyLeasePayment(lease(), total, "2026-11-20");
        let state = lease();
        for (const part of parts) {
          const step = applyLeasePayment(state, part, "2026-11-20");
          if (!step.ok) throw new Error(step.message);
          state = step.state;
        }
        if (!once.ok) throw new Error(once.message);
        expect([state.paymentsMade, state.creditCents, state.nextDueDate]).toEqual([
          once.state.paymentsMade,
          once.state.creditCents,
          once.state.nextDueDate,
        ]);
        expect(leaseRemainingCents(state)).toBe(leaseRemainingCents(lease()) - total);
      }),
    );
  });

  it("catches up a late lease: paying two weeks moves the due date two weeks and clears the days past due", () => {
    const late = applyLeasePayment(lease({ nextDueDate: "2026-11-06" }), 10_000, "2026-11-20");
    expect(late).toMatchObject({ ok: true, state: { paymentsMade: 12, nextDueDate: "2026-11-20", daysPastDue: 0 } });
  });

  it("refuses more than is left and lowers the early purchase amount as the client pays", () => {
    expect(applyLeasePayment(lease(), leaseRemainingCents(lease()) + 1, "2026-11-20")).toMatchObject({
      ok: false,
      message: /early purchase/,
    });
    expect(leaseEarlyPurchase(lease({ paymentsMade: 20 }))).toBeLessThan(leaseEarlyPurchase(lease({ paymentsMade: 10 })));
    const paidOff = applyLeasePayment(lease(), leaseRemainingCents(lease()), "2026-11-20");
    expect(paidOff).toMatchObject({ ok: true, state: { paidOff: true, nextDueDate: null, creditCents: 0 } });
  });
});

function schedule(principal: number, apr: number, term: number): LoanInstallment[] {
  return amortize(principal, apr, term).map((row) => ({
    seq: row.seq,
    dueDate: addPeriods("2026-01-15", "monthly", row.seq),
    principalCents: row.principalCents,
    interestCents: row.interestCents,
    paidCents: 0,
    paidOn: null,
  }));
}

describe("loan payments", () => {
  const loan = fc.record({
    principal: fc.integer({ min: 100, max: 2_000_000 }),
    apr: fc.integer({ min: 0, max: 3_599 }),
    term: fc.integer({ min: 1, max: 36 }),
  });

  it("applies every cent, interest before principal, and never drives the balance below zero", () => {
    fc.assert(
      fc.property(loan, fc.integer({ min: 1, max: 100 }), ({ principal, apr, term }, percent) => {
        const rows = schedule(principal, apr, term);
        const amount = Math.max(1, Math.floor((loanOutstanding(rows) * percent) / 100));
        const paid = applyLoanPayment(rows, amount, "2026-06-01");
        if (!paid.ok) throw new Error(paid.message);
        expect(loanOutstanding(paid.state.rows)).toBe(loanOutstanding(rows) - amount);
        expect(paid.state.balanceCents).toBeGreaterThanOrEqual(0);
        expect(paid.state.balanceCents).toBeLessThanOrEqual(principal);
        expect(paid.state.balanceCents).toBe(loanBalance(paid.state.rows));
      }),
    );
  });

  it("is path-independent: split payments settle the same installments as one", () => {
    fc.assert(
      fc.property(
        loan,
        fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 5 }),
        ({ principal, apr, term }, parts) => {
          const rows = schedule(principal, apr, term);
          const total = parts.reduce((s, p) => s + p, 0);
          fc.pre(total <= loanOutstanding(rows));
          let state = rows;
          for (const part of parts) {
            const step = applyLoanPayment(state, part, "2026-06-01");
            if (!step.ok) throw new Error(step.message);
            state = step.state.rows;
          }
          const once = applyLoanPayment(rows, total, "2026-06-01");
          if (!once.ok) throw new Error(once.message);
          expect(state.map((r) => [r.paidCents, r.paidOn])).toEqual(once.state.rows.map((r) => [r.paidCents, r.paidOn]));
        },
      ),
    );
  });

  it("pays off exactly at the outstanding amount and refuses a cent more", () => {
    fc.assert(
      fc.property(loan, ({ principal, apr, term }) => {
        const rows = schedule(principal, apr, term);
        const owed = loanOutstanding(rows);
        expect(owed).toBe(rows.reduce((s, r) => s + r.principalCents + r.interestCents, 0));
        expect(applyLoanPayment(rows, owed + 1, "2026-06-01").ok).toBe(false);
        expect(applyLoanPayment(rows, owed, "2026-06-01")).toMatchObject({
          ok: true,
          state: { balanceCents: 0, paidOff: true, nextDueDate: null },
        });
      }),
    );
  });

  it("counts days past due from the oldest unpaid installment", () => {
    const rows = schedule(120_000, 2_999, 12);
    const late = applyLoanPayment(rows, 1, "2026-03-20");
    expect(late).toMatchObject({ ok: true, state: { nextDueDate: "2026-02-15", daysPastDue: 33 } });
  });
});

describe("promises to pay", () => {
  it("must be for money, dated today or within 30 days", () => {
    expect(checkPromise({ amountCents: 5_000, dueDate: "2026-11-20" }, "2026-11-20").ok).toBe(true);
    expect(checkPromise({ amountCents: 5_000, dueDate: "2026-12-20" }, "2026-11-20").ok).toBe(true);
    expect(checkPromise({ amountCents: 5_000, dueDate: "2026-12-21" }, "2026-11-20")).toMatchObject({ ok: false, message: /30 days/ });
    expect(checkPromise({ amountCents: 5_000, dueDate: "2026-11-19" }, "2026-11-20")).toMatchObject({ ok: false, message: /past/ });
    expect(checkPromise({ amountCents: 0, dueDate: "2026-11-20" }, "2026-11-20").ok).toBe(false);
  });
});
