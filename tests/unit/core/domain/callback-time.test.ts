// Reading "call back Friday 3 pm" in the org's time zone. `now` is Wednesday 2026-11-25 10:00 in
// New York (15:00Z, EST = UTC-5) unless a case says otherwise; every expected instant was worked
// out by hand from that (and the US DST dates of 2026: March 8 and November 1).
import { describe, expect, it } from "vitest";
import { parseCallbackTime } from "../../../../core/domain/callback-time";

const at = (iso: string) => Date.parse(iso);
const NY = "America/New_York";
const WEDNESDAY_10AM = at("2026-11-25T15:00:00Z");

const due = (text: string, now = WEDNESDAY_10AM, zone = NY) => {
  const found = parseCallbackTime(text, now, zone);
  return found ? new Date(found.dueAt).toISOString() : null;
};

describe("parseCallbackTime", () => {
  it.each([
    ["Client asked to call back Friday 3 pm", "2026-11-27T20:00:00.000Z"],
    ["call back friday at 3", "2026-11-27T20:00:00.000Z"],
    ["Callback tomorrow at 10:30am about the payment date", "2026-11-26T15:30:00.000Z"],
    ["call-back tmrw 2:15 p.m. She is at work until then.", "2026-11-26T19:15:00.000Z"],
    ["callback at 4pm", "2026-11-25T21:00:00.000Z"],
    ["Call back Monday", "2026-11-30T14:00:00.000Z"],
    ["call back Dec 3 at noon", "2026-12-03T17:00:00.000Z"],
    ["call back on the 3rd of December, morning", "2026-12-03T14:00:00.000Z"],
    ["call back 12/1 at 11", "2026-12-01T16:00:00.000Z"],
    ["call back 15:00 today", "2026-11-25T20:00:00.000Z"],
    ["Call the client back tonight", "2026-11-25T23:00:00.000Z"],
    ["call back in 2 hours", "2026-11-25T17:00:00.000Z"],
    ["call back in 30 minutes", "2026-11-25T15:30:00.000Z"],
  ])("reads %j", (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it("reads a weekday as the next one after today: on a Wednesday, Wednesday is next week", () => {
    expect(due("call back Wednesday 2pm")).toBe("2026-12-02T19:00:00.000Z");
  });

  it("reads a time that has passed today as tomorrow's", () => {
    // 9 am has passed at 10 am.
    expect(due("call back at 9am")).toBe("2026-11-26T14:00:00.000Z");
  });

  it("reads a date that has passed this year as next year's", () => {
    expect(due("call back Jan 5 10am")).toBe("2027-01-05T15:00:00.000Z");
  });

  it("reads tomorrow in the org's zone, not UTC's, late in the evening", () => {
    // 22:00 EST on Wednesday is already Thursday in UTC; "tomorrow" is still Thursday.
    expect(due("call back tomorrow 9am", at("2026-11-26T03:00:00Z"))).toBe("2026-11-26T14:00:00.000Z");
  });

  it("keeps the wall time across a change of clocks", () => {
    // Friday March 6, 10:00 EST; Monday March 9 is in EDT (UTC-4): 9 am is 13:00Z.
    expect(due("call back Monday 9am", at("2026-03-06T15:00:00Z"))).toBe("2026-03-09T13:00:00.000Z");
    // Friday October 30, 10:00 EDT; Monday November 2 is in EST (UTC-5): 9 am is 14:00Z.
    expect(due("call back Monday 9am", at("2026-10-30T14:00:00Z"))).toBe("2026-11-02T14:00:00.000Z");
  });

  it("reads the time in the org's own zone", () => {
    // Los Angeles is UTC-8 in November: Friday 3 pm there is 23:00Z.
    expect(due("call back Friday 3 pm", WEDNESDAY_10AM, "America/Los_Angeles")).toBe("2026-11-27T23:00:00.000Z");
  });

  it("says what it understood", () => {
    expect(parseCallbackTime("Please call back Friday 3 pm. Thanks", WEDNESDAY_10AM, NY)?.phrase).toBe("Friday 3 pm");
  });

  it.each([
    ["a note that asks for no callback", "Paid $50 on Friday 3 pm"],
    ["a callback without a time", "Please call back"],
    ["a day that does not exist", "call back Feb 30"],
    ["an hour that does not exist", "call back at 25:00"],
    ["a time in another sentence", "Call back when she can. Friday 3 pm works for the store"],
  ])("finds nothing in %s", (_what, text) => {
    expect(parseCallbackTime(text, WEDNESDAY_10AM, NY)).toBeNull();
  });
});
