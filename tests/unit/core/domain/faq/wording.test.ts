// Compliance's wording rules and the approval rules: a lease is not credit, a loan is not a rental,
// nobody approves their own writing, and only a draft newer than what is live can go live.
import { describe, expect, it } from "vitest";
import { approvalRefusal } from "../../../../../core/domain/faq/review";
import { wordingProblems } from "../../../../../core/domain/faq/wording";

const text = (answer: string, questions: string[] = []) => ({ title: "t", questions, answer, template: null });

describe("wording", () => {
  it("refuses credit words in a lease answer and rental words in a loan answer", () => {
    expect(wordingProblems("lease", text("A late payment is charged interest."))).toEqual([
      'answer says "interest": a lease has no interest',
    ]);
    expect(wordingProblems("loan", text("Your rent-to-own plan ends when you return it."))).toEqual([
      'answer says "rent-to-own": a loan is not a rental',
    ]);
    expect(wordingProblems("both", text("Interest applies to loans; leases have lease payments."))).toEqual([]);
  });

  it("lets callers' ways of asking use any words (they are not what we say)", () => {
    expect(wordingProblems("lease", text("A lease has no rate to quote.", ["What is the interest rate on my lease?"]))).toEqual([]);
  });

  it("never lets anyone be promised an approval", () => {
    expect(wordingProblems("neither", text("Approval is guaranteed for everyone."))).toHaveLength(1);
  });
});

describe("approval", () => {
  const base = {
    approverId: "stf_compliance",
    authorId: "stf_lead",
    state: "draft" as const,
    version: 3,
    liveVersion: 2,
    scope: "lease" as const,
    text: text("Lease payments are due weekly."),
  };
  it("approves another author's clean draft", () => {
    expect(approvalRefusal(base)).toBeNull();
  });
  it("refuses one's own draft, a version that is not a draft, one older than the live one, and words that break the rules", () => {
    expect(approvalRefusal({ ...base, authorId: "stf_compliance" })?.code).toBe("FORBIDDEN");
    expect(approvalRefusal({ ...base, state: "retired" })?.code).toBe("CONFLICT");
    expect(approvalRefusal({ ...base, version: 1 })?.code).toBe("CONFLICT");
    expect(approvalRefusal({ ...base, text: text("No interest is charged.") })).toMatchObject({
      code: "VALIDATION",
      problems: [expect.stringContaining("interest")],
    });
  });
});
