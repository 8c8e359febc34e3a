import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attentionReason,
  decideTransition,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  type OrderStatus,
  STALE_AFTER_MS,
  staffTargets,
  TERMINAL_STATUSES,
  type TransitionVia,
} from "../../../../core/domain/orders";
import { ORDER_STATUSES as STORED_STATUSES } from "../../../../db/schema/orders";

const allReviewed = { total: 2, approved: 2, rejected: 0 };
const status = fc.constantFrom(...ORDER_STATUSES);
const via = fc.constantFrom<TransitionVia>("staff", "agreement", "signature", "card");

describe("order status transitions", () => {
  it("uses the same statuses as the database", () => {
    expect([...ORDER_STATUSES]).toEqual([...STORED_STATUSES]);
  });

  it("allows exactly what the table lists, for every pair and actor", () => {
    fc.assert(
      fc.property(status, status, via, (from, to, by) => {
        const listed = ORDER_TRANSITIONS[from][to]?.includes(by) ?? false;
        expect(decideTransition(from, to, by, allReviewed).ok).toBe(listed);
      }),
    );
  });

  it("never leaves a returned or cancelled order, and only a return leaves a delivered one", () => {
    for (const from of TERMINAL_STATUSES)
      for (const to of ORDER_STATUSES)
        for (const by of ["staff", "agreement", "signature", "card"] as const) {
          const ok = decideTransition(from, to, by, allReviewed).ok;
          expect(ok).toBe(from === "delivered" && to === "returned" && by === "staff");
        }
  });

  it("funds an order only through the client's signature", () => {
    fc.assert(
      fc.property(status, via, (from, by) => {
        if (decideTransition(from, "funded", by, allReviewed).ok) expect([from, by]).toEqual(["awaiting_signature", "signature"]);
      }),
    );
    expect(decideTransition("approved", "funded", "staff", allReviewed)).toMatchObject({ ok: false, message: /signature/ });
  });

  it("refuses approval until every item passed review, and says how many are left", () => {
    expect(decideTransition("in_review", "approved", "staff", { total: 3, approved: 1, rejected: 0 })).toMatchObject({
      ok: false,
      message: /2 item\(s\) still need/,
    });
    expect(decideTransition("in_review", "approved", "staff", { total: 2, approved: 1, rejected: 1 })).toMatchObject({
      ok: false,
      message: /rejected/,
    });
    expect(decideTransition("in_review", "approved", "staff", { total: 0, approved: 0, rejected: 0 }).ok).toBe(false);
    expect(decideTransition("in_review", "approved", "staff", allReviewed).ok).toBe(true);
  });

  it("offers reps exactly the staff transitions of the table", () => {
    for (const from of ORDER_STATUSES) {
      for (const to of staffTargets(from)) expect(ORDER_TRANSITIONS[from][to]).toContain("staff");
      expect(staffTargets(from)).not.toContain(from);
    }
  });

  it("any walk of allowed steps reaches only known statuses and never leaves a terminal one", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), via), { maxLength: 30 }), (steps) => {
        let current: OrderStatus = "submitted";
        for (const [pick, by] of steps) {
          const options = ORDER_STATUSES.filter((to) => decideTransition(current, to, by, allReviewed).ok);
          if (options.length === 0) continue;
          const next = options[pick % options.length] as OrderStatus;
          if (current === "returned" || current === "cancelled") throw new Error("left a terminal status");
          current = next;
        }
        expect(ORDER_STATUSES).toContain(current);
      }),
    );
  });
});

describe("needing attention before the client calls", () => {
  const now = Date.UTC(2026, 10, 20);
  const DAY = 86_400_000;

  it("puts a rep's flag and reason first", () => {
    expect(attentionReason({ status: "shipped", needsAttention: true, attentionReason: "Delivery exception", updatedAt: now }, now)).toBe(
      "Delivery exception",
    );
  });

  it("flags an order that sat in one status past its limit, with how long", () => {
    fc.assert(
      fc.property(status, fc.integer({ min: 0, max: 30 }), (s, days) => {
        const reason = attentionReason({ status: s, needsAttention: false, attentionReason: null, updatedAt: now - days * DAY }, now);
        const limit = STALE_AFTER_MS[s];
        if (limit === undefined || days * DAY < limit) expect(reason).toBeNull();
        else expect(reason).toMatch(new RegExp(`for ${days} day`));
      }),
    );
  });
});
