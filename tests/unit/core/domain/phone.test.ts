import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, phonePrefix } from "../../../../core/domain/phone";

describe("phone normalisation", () => {
  it.each([
    ["(555) 010-2233", "15550102233"],
    ["+1 555 0102233", "15550102233"],
    ["5550102233", "15550102233"],
    ["555.010.2233", "15550102233"],
    ["1-555-010-2233", "15550102233"],
    ["+44 20 7946 0958", "442079460958"],
  ])("reads %s as %s", (typed, digits) => {
    expect(normalizePhone(typed)).toBe(digits);
  });

  it.each(["maya", "555-01", "12345678901234567", "555 010 2233 ext 4", ""])("rejects %j", (typed) => {
    expect(normalizePhone(typed)).toBeNull();
  });

  it("turns partly typed numbers into a digit prefix", () => {
    expect(phonePrefix("(555) 01")).toBe("155501");
    expect(phonePrefix("+1 555")).toBe("1555");
    expect(phonePrefix("15550")).toBe("15550");
    expect(phonePrefix("55")).toBeNull();
    expect(phonePrefix("ana")).toBeNull();
  });

  it("formats North American numbers for reading aloud", () => {
    expect(formatPhone("15550102233")).toBe("+1 (555) 010-2233");
    expect(formatPhone("442079460958")).toBe("+442079460958");
  });
});
