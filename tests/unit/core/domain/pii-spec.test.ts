// Holds core/domain/pii.ts to the hand-written spec (tests/shared/authorization-spec.ts): what each
// role sees of each field, and which masked fields it may reveal.
import { describe, expect, it } from "vitest";
import { CUSTOMER_PII_FIELDS, canReveal, PII_FIELD_NAMES, type PiiField, visibilityFor } from "../../../../core/domain/pii";
import { SPEC_PII_FIELDS, SPEC_ROLES, specMayReveal, specVisibility } from "../../../shared/authorization-spec";

const FIELDS = Object.keys(SPEC_PII_FIELDS);
const classOf = (field: string) => SPEC_PII_FIELDS[field] ?? "card";

describe("the PII policy against the spec", () => {
  it("classes the same customer fields the same way", () => {
    expect([...PII_FIELD_NAMES].sort()).toEqual([...FIELDS].sort());
    expect(CUSTOMER_PII_FIELDS).toEqual(SPEC_PII_FIELDS);
  });

  it.each(SPEC_ROLES)("shows a %s each field as the spec says", (role) => {
    const shown = Object.fromEntries(FIELDS.map((field) => [field, visibilityFor(role, field as PiiField)]));
    expect(shown).toEqual(Object.fromEntries(FIELDS.map((field) => [field, specVisibility(role, classOf(field))])));
  });

  it.each(SPEC_ROLES)("lets a %s reveal exactly the fields the spec allows", (role) => {
    const revealable = FIELDS.filter((field) => canReveal(role, field as PiiField));
    expect(revealable).toEqual(FIELDS.filter((field) => specMayReveal(role, classOf(field))));
  });

  // Worked examples straight from the README, so the spec's grid is read the way a person reads it.
  it("matches the README's examples", () => {
    expect(specVisibility("rep", "identity")).toBe("masked");
    expect(specVisibility("finance", "financial")).toBe("full");
    expect(specVisibility("sales", "identity")).toBe("hidden");
    expect(specMayReveal("team_lead", "identity")).toBe(true);
    expect(specMayReveal("compliance", "financial")).toBe(true);
    expect(specMayReveal("admin", "card")).toBe(false);
    expect(specMayReveal("rep", "identity")).toBe(false);
    expect(specMayReveal("finance", "financial")).toBe(false);
  });
});
