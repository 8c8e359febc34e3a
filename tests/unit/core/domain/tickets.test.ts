// The service desk's rules against tables worked by hand: the SLA table (urgent 1 h, high 4 h,
// normal 24 h, low 72 h), who may move a ticket where, the clock that pauses while the ticket waits
// on the client, breach and escalation, rating and the CS score, and the reply token in an email.
import { describe, expect, it } from "vitest";
import {
  clockAfter,
  csScore,
  escalationDeadline,
  isBreached,
  mayMove,
  mayRate,
  nextMailTry,
  replyTokenFrom,
  shouldEscalate,
  slaDueAt,
  slaRemaining,
  subjectWithToken,
  type TicketMover,
  type TicketStatus,
} from "../../../../core/domain/tickets";

const at = (iso: string) => Date.parse(iso);
const OPENED = at("2026-12-02T09:00:00Z");

describe("SLA due time by priority", () => {
  it.each([
    ["urgent", "2026-12-02T10:00:00Z"],
    ["high", "2026-12-02T13:00:00Z"],
    ["normal", "2026-12-03T09:00:00Z"],
    ["low", "2026-12-05T09:00:00Z"],
  ] as const)("%s opened at 09:00 is due at %s", (priority, due) => {
    expect(slaDueAt(priority, OPENED)).toBe(at(due));
  });

  it("the e2e scale shrinks the table: urgent at 1/720 is due after 5 seconds", () => {
    expect(slaDueAt("urgent", OPENED, 1 / 720)).toBe(OPENED + 5_000);
  });
});

describe("the status machine", () => {
  const rows: [TicketStatus, TicketStatus, TicketMover, boolean][] = [
    ["new", "open", "staff", true],
    ["new", "waiting_on_client", "staff", true],
    ["new", "resolved", "staff", true],
    ["new", "closed", "staff", false],
    ["open", "waiting_on_client", "staff", true],
    ["open", "resolved", "staff", true],
    ["open", "new", "staff", false],
    ["waiting_on_client", "open", "staff", true],
    ["resolved", "open", "staff", true],
    ["resolved", "closed", "staff", true],
    ["closed", "open", "staff", false],
    ["waiting_on_client", "open", "client", true],
    ["resolved", "open", "client", true],
    ["open", "resolved", "client", false],
    ["new", "open", "client", false],
    ["closed", "open", "client", false],
    ["resolved", "closed", "system", true],
    ["open", "resolved", "system", false],
  ];
  it.each(rows)("%s -> %s by %s: %s", (from, to, by, allowed) => {
    expect(mayMove(from, to, by)).toBe(allowed);
  });
});

describe("the clock pauses while waiting on the client", () => {
  const due = at("2026-12-02T13:00:00Z");
  it("entering waiting pauses at that moment; the due time stays", () => {
    expect(clockAfter({ status: "open", slaDueAt: due, slaPausedAt: null }, "waiting_on_client", at("2026-12-02T10:00:00Z"))).toEqual({
      slaDueAt: due,
      slaPausedAt: at("2026-12-02T10:00:00Z"),
    });
  });
  it("two hours waiting (10:00 to 12:00) move the due time from 13:00 to 15:00", () => {
    const paused = { status: "waiting_on_client" as const, slaDueAt: due, slaPausedAt: at("2026-12-02T10:00:00Z") };
    expect(clockAfter(paused, "open", at("2026-12-02T12:00:00Z"))).toEqual({ slaDueAt: at("2026-12-02T15:00:00Z"), slaPausedAt: null });
  });
  it("a paused clock shows the 3 hours it had left, whatever the time", () => {
    const paused = { status: "waiting_on_client" as const, slaDueAt: due, slaPausedAt: at("2026-12-02T10:00:00Z") };
    expect(slaRemaining(paused, at("2026-12-02T20:00:00Z"))).toBe(3 * 3_600_000);
    expect(isBreached(paused, at("2026-12-02T20:00:00Z"))).toBe(false);
  });
});

describe("breach and escalation", () => {
  const due = at("2026-12-02T13:00:00Z");
  it.each([
    ["open, a minute before due", "open", "2026-12-02T12:59:00Z", false],
    ["open, at due", "open", "2026-12-02T13:00:00Z", true],
    ["new, an hour late", "new", "2026-12-02T14:00:00Z", true],
    ["resolved, late: never breached", "resolved", "2026-12-02T14:00:00Z", false],
    ["closed, late", "closed", "2026-12-02T14:00:00Z", false],
  ] as const)("%s", (_name, status, now, breached) => {
    expect(isBreached({ status, slaDueAt: due, slaPausedAt: null }, at(now))).toBe(breached);
    expect(shouldEscalate({ status, slaDueAt: due, slaPausedAt: null, escalated: false }, at(now))).toBe(breached);
  });
  it("an escalated ticket is not escalated again", () => {
    expect(shouldEscalate({ status: "open", slaDueAt: due, slaPausedAt: null, escalated: true }, at("2026-12-02T14:00:00Z"))).toBe(false);
  });
  it("the alarm's deadline is the due time of a running clock only", () => {
    expect(escalationDeadline({ status: "open", slaDueAt: due, slaPausedAt: null, escalated: false })).toBe(due);
    expect(escalationDeadline({ status: "waiting_on_client", slaDueAt: due, slaPausedAt: due - 1, escalated: false })).toBeNull();
    expect(escalationDeadline({ status: "resolved", slaDueAt: due, slaPausedAt: null, escalated: false })).toBeNull();
    expect(escalationDeadline({ status: "open", slaDueAt: due, slaPausedAt: null, escalated: true })).toBeNull();
  });
});

describe("rating and the CS score", () => {
  it.each([
    ["resolved, not rated", "resolved", null, true],
    ["closed, not rated", "closed", null, true],
    ["resolved, rated already", "resolved", 4, false],
    ["open", "open", null, false],
  ] as const)("%s", (_name, status, rating, allowed) => {
    expect(mayRate(status, rating)).toBe(allowed);
  });
  it("ratings 5, 4, 4, 2 average 3.75, shown as 3.8; none rated: no score", () => {
    expect(csScore([5, 4, 4, 2])).toBe(3.8);
    expect(csScore([])).toBeNull();
  });
});

describe("the reply token in an email", () => {
  const token = "rt_0123456789abcdef0123";
  it("rides in the subject and comes back from a reply's subject or address", () => {
    expect(subjectWithToken("Payout missing", token)).toBe(`Payout missing [#tkt:${token}]`);
    expect(replyTokenFrom(`Re: Payout missing [#tkt:${token}]`)).toBe(token);
    expect(replyTokenFrom(`desk+${token}@tandem.test`)).toBe(token);
    expect(replyTokenFrom("Re: hello")).toBeNull();
  });
});

describe("a ticket email's next try", () => {
  // The backoff as the desk states it: 5 s, 30 s, 2 min, 10 min, 1 h, then it is given up (six tries).
  const now = 1_800_000_000_000;
  it.each([
    [1, now + 5_000],
    [2, now + 30_000],
    [3, now + 2 * 60_000],
    [4, now + 10 * 60_000],
    [5, now + 60 * 60_000],
    [6, null],
  ])("after %i failed tries: %s", (attempts, expected) => {
    expect(nextMailTry(attempts, now)).toBe(expected);
  });
});
