import { describe, expect, it } from "vitest";
import { nameMatch, planSearch, prefixUpperBound } from "../../../../core/domain/search";

describe("search planning", () => {
  it.each([
    ["(555) 010-2233", { kind: "phone", prefix: "15550102233" }],
    ["Maya.Johnson@Example.com", { kind: "email", prefix: "maya.johnson@example.com" }],
    ["ly10000001", { kind: "loyalty", prefix: "LY10000001" }],
    ["fx0000001", { kind: "external", prefix: "FX-0000001" }],
    ["CUS_0001", { kind: "id", value: "cus_0001" }],
    ["maya joh", { kind: "name", match: '"maya"* "joh"*' }],
    ["   ", { kind: "empty" }],
  ])("plans %j", (typed, plan) => {
    expect(planSearch(typed)).toEqual(plan);
  });

  it("quotes words so FTS5 operators are plain text", () => {
    expect(nameMatch('NEAR(" OR *')).toBe('"NEAR"* "OR"*');
    expect(nameMatch("Zoë O'Brien")).toBe('"Zoë"* "O"* "Brien"*');
    expect(nameMatch("--")).toBeNull();
  });

  it("bounds a prefix range just above every completion", () => {
    expect(prefixUpperBound("1555")).toBe("1556");
    expect("15559999" < prefixUpperBound("1555")).toBe(true);
    expect("1556" < prefixUpperBound("1555")).toBe(false);
  });
});
