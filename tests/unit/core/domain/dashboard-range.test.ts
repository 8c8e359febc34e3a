// The dashboard's date range is whole days of the org's time zone. Expected instants are worked out
// by hand: New York is UTC-5 in winter, UTC-4 in summer (until November 1 2026).
import { describe, expect, it } from "vitest";
import { dashboardRange } from "../../../../core/domain/dashboard";

const NY = "America/New_York";

describe("dashboardRange", () => {
  it("defaults to the last 7 days including the org's today, even late in its evening", () => {
    // 2026-11-26T02:00Z is 21:00 on Wednesday November 25 in New York: today is the 25th there.
    expect(dashboardRange({}, Date.parse("2026-11-26T02:00:00Z"), NY)).toEqual({
      firstDay: "2026-11-19",
      lastDay: "2026-11-25",
      from: Date.parse("2026-11-19T05:00:00Z"),
      to: Date.parse("2026-11-26T05:00:00Z"),
    });
  });

  it("keeps at most 92 days, counted back from the last one", () => {
    // November 25 back 91 days is August 26 (in EDT: midnight is 04:00Z).
    expect(dashboardRange({ from: "2026-01-01", to: "2026-11-25" }, Date.parse("2026-11-26T02:00:00Z"), NY)).toMatchObject({
      firstDay: "2026-08-26",
      from: Date.parse("2026-08-26T04:00:00Z"),
      to: Date.parse("2026-11-26T05:00:00Z"),
    });
  });
});
