// Compliance filters by whole days of the org's time zone. Worked by hand: in New York, March 8
// 2026 (clocks go forward at 02:00) runs from 05:00Z to 04:00Z the next day: 23 hours.
import { describe, expect, it } from "vitest";
import { timeRange } from "../../../../core/protocol/compliance";

describe("compliance date filters", () => {
  it("covers the whole of each named day in the org's zone", () => {
    expect(timeRange({ from: "2026-03-08", to: "2026-03-08" }, "America/New_York")).toEqual({
      from: Date.parse("2026-03-08T05:00:00Z"),
      to: Date.parse("2026-03-09T04:00:00Z") - 1,
    });
  });

  it("takes an exact ISO time as it is", () => {
    expect(timeRange({ from: "2026-03-08T12:00:00Z" }, "America/New_York")).toEqual({ from: Date.parse("2026-03-08T12:00:00Z") });
  });
});
