// Day boundaries in an org's time zone. Every expected instant was worked out by hand from the
// zone's rules (US: clocks go forward at 02:00 on the second Sunday of March, back at 02:00 on the
// first Sunday of November; 2026: March 8 and November 1) and checked with GNU date's tz database.
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayBounds,
  describeDay,
  describeInstant,
  endOfDay,
  instantOf,
  isTimeZone,
  localDate,
  previousQuarter,
  startOfDay,
} from "../../../../core/domain/time-zone";

const at = (iso: string) => Date.parse(iso);
const NY = "America/New_York";

describe("the org's day", () => {
  it("is the org's calendar day, not UTC's: 9 pm in New York is still the same day", () => {
    // 2026-11-26T02:00Z is 21:00 EST on Wednesday November 25.
    expect(localDate(at("2026-11-26T02:00:00Z"), NY)).toBe("2026-11-25");
    expect(startOfDay(at("2026-11-26T02:00:00Z"), NY)).toBe(at("2026-11-25T05:00:00Z"));
    expect(endOfDay(at("2026-11-26T02:00:00Z"), NY)).toBe(at("2026-11-26T05:00:00Z"));
  });

  it("is 23 hours long on the day clocks go forward and 25 on the day they go back", () => {
    expect(dayBounds("2026-03-08", NY)).toEqual({ start: at("2026-03-08T05:00:00Z"), end: at("2026-03-09T04:00:00Z") });
    expect(dayBounds("2026-11-01", NY)).toEqual({ start: at("2026-11-01T04:00:00Z"), end: at("2026-11-02T05:00:00Z") });
    // London: forward at 01:00 UTC on the last Sunday of March (2026-03-29).
    expect(dayBounds("2026-03-29", "Europe/London")).toEqual({ start: at("2026-03-29T00:00:00Z"), end: at("2026-03-29T23:00:00Z") });
  });

  it("knows the day an instant falls on either side of a change", () => {
    // 06:59Z on March 8 is 01:59 EST; 07:00Z is 03:00 EDT: the same day, an hour of wall time apart.
    expect(localDate(at("2026-03-08T06:59:00Z"), NY)).toBe("2026-03-08");
    expect(startOfDay(at("2026-03-08T07:00:00Z"), NY)).toBe(at("2026-03-08T05:00:00Z"));
    // 04:30Z on November 2 is 23:30 EST on November 1.
    expect(localDate(at("2026-11-02T04:30:00Z"), NY)).toBe("2026-11-01");
  });

  it("handles half-hour offsets and zones ahead of UTC", () => {
    // Kolkata is UTC+5:30 all year: 20:00Z on June 15 is 01:30 on June 16.
    expect(localDate(at("2026-06-15T20:00:00Z"), "Asia/Kolkata")).toBe("2026-06-16");
    expect(startOfDay(at("2026-06-15T20:00:00Z"), "Asia/Kolkata")).toBe(at("2026-06-15T18:30:00Z"));
  });

  it("starts at 01:00 on a day whose midnight the clocks skip", () => {
    // Chile goes from -04 to -03 at midnight on the first Sunday of September (2026-09-06):
    // that day has no 00:00 and begins at 01:00 -03, while the day before is a whole 24 hours.
    expect(dayBounds("2026-09-05", "America/Santiago")).toEqual({ start: at("2026-09-05T04:00:00Z"), end: at("2026-09-06T04:00:00Z") });
  });
});

describe("a wall-clock time in the org's zone", () => {
  it("is the instant it names on an ordinary day", () => {
    expect(instantOf({ year: 2026, month: 11, day: 27, hour: 15, minute: 0 }, NY)).toBe(at("2026-11-27T20:00:00Z"));
    expect(instantOf({ year: 2026, month: 7, day: 1, hour: 15, minute: 0 }, NY)).toBe(at("2026-07-01T19:00:00Z"));
  });

  it("moves a skipped time forward by the gap, and takes the first of a repeated one", () => {
    // 02:30 does not exist on March 8: it reads as 03:30 EDT.
    expect(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NY)).toBe(at("2026-03-08T07:30:00Z"));
    // 01:30 happens twice on November 1: first in EDT (05:30Z), then in EST (06:30Z).
    expect(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NY)).toBe(at("2026-11-01T05:30:00Z"));
  });
});

describe("calendar helpers", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("names the last whole quarter before today's, across a year's turn", () => {
    expect(previousQuarter("2026-12-02")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(previousQuarter("2026-10-01")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(previousQuarter("2027-02-14")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(previousQuarter("2028-05-31")).toEqual({ from: "2028-01-01", to: "2028-03-31" });
  });

  it("describes a calendar day and an instant on the org's clock", () => {
    expect(describeDay("2027-01-02")).toBe("Jan 2, 2027");
    // 20:00Z on Friday November 27 2026 is 3 pm in New York and noon in Los Angeles.
    expect(describeInstant(at("2026-11-27T20:00:00Z"), NY)).toBe("Fri, Nov 27, 3:00 PM");
    expect(describeInstant(at("2026-11-27T20:00:00Z"), "America/Los_Angeles")).toBe("Fri, Nov 27, 12:00 PM");
  });

  it("knows a real zone name from a made-up one", () => {
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
