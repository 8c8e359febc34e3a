// Personal answers within the self-service policy: figures only after verification, masked where the
// policy masks, never identity or card data, never the other product's figures.
import { describe, expect, it } from "vitest";
import { fillTemplate, templateProblems } from "../../../../../core/domain/faq/templates";

describe("a personal answer", () => {
  const template = "Your next lease payment of {{lease.nextPayment}} is due {{lease.nextDueDate}}.";

  it("fills in the verified caller's own figures, as the issue's example says them", () => {
    expect(fillTemplate(template, { "lease.nextPayment": 9362, "lease.nextDueDate": "2026-12-06" }, true)).toBe(
      "Your next lease payment of $93.62 is due December 6.",
    );
  });

  it("is not given before verification, nor when a figure is missing", () => {
    expect(fillTemplate(template, { "lease.nextPayment": 9362, "lease.nextDueDate": "2026-12-06" }, false)).toBeNull();
    expect(fillTemplate(template, { "lease.nextPayment": 9362 }, true)).toBeNull();
  });

  it("says a deposit account only by its last four digits, and an APR in percent", () => {
    expect(fillTemplate("Deposited to {{loan.depositAccount}}.", { "loan.depositAccount": "000123456789" }, true)).toBe(
      "Deposited to ending in 6 7 8 9.",
    );
    expect(fillTemplate("Your APR is {{loan.apr}}.", { "loan.apr": 2999 }, true)).toBe("Your APR is 29.99 percent.");
  });
});

describe("what compliance may approve in a template", () => {
  it("refuses fields self-service never says, and the other product's figures", () => {
    expect(templateProblems("Your SSN is {{account.ssn}}", "both")).toEqual(["{{account.ssn}} is not a field self-service may use"]);
    expect(templateProblems("You owe {{loan.payoff}}", "lease")).toEqual(["{{loan.payoff}} is a loan figure in a lease article"]);
    expect(templateProblems("Your payment of {{lease.nextPayment}}", "lease")).toEqual([]);
  });
});
