// Days in an org's time zone: where each begins and ends, across daylight-saving changes, and the
// week (Monday first) a day belongs to. Expected moments are written out by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayRange, localDate, startOfLocalDay, weekOf } from "../../../../core/domain/org-time";

const NY = "America/New_York";

describe("days in New York", () => {
  it("start at midnight local time, 05:00 UTC in winter and 04:00 UTC in summer", () => {
    expect(new Date(startOfLocalDay("2026-12-02", NY)).toISOString()).toBe("2026-12-02T05:00:00.000Z");
    expect(new Date(startOfLocalDay("2026-07-01", NY)).toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });

  it("last 23 hours on the spring change (8 March 2026) and 25 on the fall change (1 November 2026)", () => {
    expect(startOfLocalDay("2026-03-09", NY) - startOfLocalDay("2026-03-08", NY)).toBe(23 * 3_600_000);
    expect(startOfLocalDay("2026-11-02", NY) - startOfLocalDay("2026-11-01", NY)).toBe(25 * 3_600_000);
  });

  it("work east of UTC too: in Auckland, 5 April 2026 (clocks go back at 3 am) starts 11:00 UTC the day before, lasts 25 hours", () => {
    expect(new Date(startOfLocalDay("2026-04-05", "Pacific/Auckland")).toISOString()).toBe("2026-04-04T11:00:00.000Z");
    expect(startOfLocalDay("2026-04-06", "Pacific/Auckland") - startOfLocalDay("2026-04-05", "Pacific/Auckland")).toBe(25 * 3_600_000);
  });

  it("put a moment on the local calendar day, not the UTC one", () => {
    expect(localDate(Date.parse("2026-11-02T04:59:59Z"), NY)).toBe("2026-11-01");
    expect(localDate(Date.parse("2026-11-02T05:00:00Z"), NY)).toBe("2026-11-02");
    expect(localDate(Date.parse("2026-12-02T03:00:00Z"), NY)).toBe("2026-12-01");
    expect(localDate(Date.parse("2026-12-02T03:00:00Z"), "Asia/Tokyo")).toBe("2026-12-02");
  });

  it("hold every moment between its day's start and the next day's, in any zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(NY, "Europe/London", "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Kolkata", "UTC"),
        (ms, zone) => {
          const day = localDate(ms, zone);
          expect(startOfLocalDay(day, zone)).toBeLessThanOrEqual(ms);
          expect(ms).toBeLessThan(startOfLocalDay(addDays(day, 1), zone));
        },
      ),
    );
  });
});

describe("weeks and ranges", () => {
  it("give a Wednesday, a Sunday and a Monday the Monday of their week", () => {
    expect(weekOf("2026-12-02")).toBe("2026-11-30");
    expect(weekOf("2026-12-06")).toBe("2026-11-30");
    expect(weekOf("2026-11-30")).toBe("2026-11-30");
  });

  it("default to four weeks ending today, and never run longer than asked", () => {
    expect(dayRange({}, "2026-12-02", 28, 92)).toEqual({ from: "2026-11-05", to: "2026-12-02" });
    expect(dayRange({ from: "2026-01-01", to: "2026-12-02" }, "2026-12-02", 28, 92)).toEqual({ from: "2026-09-02", to: "2026-12-02" });
  });
});
