// How the phone assistant reads a caller, and when keypad failures lock self-service for a number.
import { describe, expect, it } from "vitest";
import {
  countFailure,
  isLocked,
  readProduct,
  readQuestion,
  readVerification,
  readYesNo,
} from "../../../../../core/domain/voice/conversation";
import { escapeXml, twiml } from "../../../../../core/domain/voice/twiml";

const MIN = 60_000;

describe("keypad verification", () => {
  it("reads 4 digits as the SSN's last 4, 5 as a ZIP, * as skip, anything else as invalid", () => {
    expect(readVerification("9999#")).toEqual({ kind: "ssn4", digits: "9999" });
    expect(readVerification("10001")).toEqual({ kind: "zip5", digits: "10001" });
    expect(readVerification("*")).toEqual({ kind: "skip" });
    expect(readVerification("12")).toEqual({ kind: "invalid" });
    expect(readVerification(undefined)).toEqual({ kind: "invalid" });
  });

  it("locks the number for 30 minutes at the third failure within an hour, and counts afresh after it", () => {
    const first = countFailure(null, 0);
    const second = countFailure(first, 10 * MIN);
    const third = countFailure(second, 20 * MIN);
    expect([first.lockedUntil, second.lockedUntil, third.lockedUntil]).toEqual([null, null, 50 * MIN]);
    expect(isLocked(third, 49 * MIN)).toBe(true);
    expect(isLocked(third, 51 * MIN)).toBe(false);
    expect(countFailure(second, 2 * 60 * MIN)).toEqual({ failures: 1, firstFailureAt: 120 * MIN, lockedUntil: null });
  });
});

describe("reading speech and keys", () => {
  it("hears yes and no, in words or on the keypad", () => {
    expect(readYesNo("Yes, thanks", undefined)).toBe("yes");
    expect(readYesNo("no it didn't", undefined)).toBe("no");
    expect(readYesNo(undefined, "2")).toBe("no");
    expect(readYesNo("maybe", undefined)).toBeNull();
  });

  it("hears lease or loan, and nothing when both or neither are said", () => {
    expect(readProduct("it's my lease", undefined)).toBe("lease");
    expect(readProduct(undefined, "2")).toBe("loan");
    expect(readProduct("both my lease and my loan", undefined)).toBeNull();
  });

  it("tells a request for a person from a question that mentions someone", () => {
    expect(readQuestion("can I talk to a real person", undefined, false)).toEqual({ kind: "person" });
    expect(readQuestion(undefined, "0", false)).toEqual({ kind: "person" });
    expect(readQuestion("someone opened an account in my name", undefined, false)).toEqual({
      kind: "question",
      text: "someone opened an account in my name",
    });
  });

  it("hears silence, a done caller after an answer, and cuts a flood of speech", () => {
    expect(readQuestion("  ", undefined, false)).toEqual({ kind: "silence" });
    expect(readQuestion("no that's all", undefined, true)).toEqual({ kind: "done" });
    const flood = readQuestion("a".repeat(10_240), undefined, false);
    expect(flood.kind).toBe("too-long");
    expect(flood.kind === "too-long" && flood.text.length).toBe(500);
  });
});

describe("TwiML", () => {
  it("escapes whatever is said, so a caller's words never become markup", () => {
    expect(escapeXml(`<Hangup/> & "x"`)).toBe("&lt;Hangup/&gt; &amp; &quot;x&quot;");
    expect(twiml([{ verb: "Say", text: "a <b>" }, { verb: "Hangup" }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="Polly.Joanna" language="en-US">a &lt;b&gt;</Say><Hangup/></Response>',
    );
  });
});
