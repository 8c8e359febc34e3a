import { describe, expect, it } from "vitest";
import { canReveal, isLuhnValid, PII_FIELD_NAMES, PII_POLICY, presentField, visibilityFor } from "../../../../core/domain/pii";
import { ROLES } from "../../../../core/domain/roles";

const CARD = "4000056655665556";

describe("PII policy", () => {
  it("never lets any role receive more than the last 4 of a card", () => {
    for (const role of ROLES) {
      const shown = presentField(role, "cardOnFileNumber", CARD);
      if (shown) expect(shown.value).toBe("•••• 5556");
      expect(canReveal(role, "cardOnFileNumber")).toBe(false);
    }
  });

  it("shows reps at most the last 4 of an SSN and nothing revealable", () => {
    expect(presentField("rep", "ssn", "219-09-9999")).toEqual({ value: "***-**-9999", visibility: "masked", revealable: false });
  });

  it("lets leads reveal identity and financial fields but not cards", () => {
    expect(canReveal("team_lead", "ssn")).toBe(true);
    expect(canReveal("team_lead", "bankAccountNumber")).toBe(true);
    expect(canReveal("rep", "ssn")).toBe(false);
  });

  it("sends nothing at all for hidden classes", () => {
    expect(presentField("engineering", "phone", "5550102233")).toBeUndefined();
    expect(presentField("sales", "ssn", "219-09-9999")).toBeUndefined();
  });

  it("covers every role and class in the table", () => {
    for (const role of ROLES)
      for (const field of PII_FIELD_NAMES) expect(["full", "masked", "hidden"]).toContain(visibilityFor(role, field));
    expect(Object.keys(PII_POLICY).sort()).toEqual([...ROLES].sort());
  });

  it("recognises card numbers by their Luhn check digit (free-text redaction: redaction.test.ts)", () => {
    expect(isLuhnValid(CARD)).toBe(true);
    expect(isLuhnValid("4000056655665557")).toBe(false);
  });
});
