// The phone line end to end through its webhooks, as the voice provider would drive it: a known caller
// verifies by keypad and hears their own next lease payment; a question nothing answers goes to a
// person and shows at once in the reps' call list (floor frame + waiting list) and in the customer's
// room with what was asked, what was answered and how sure the assistant was.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { CallTakenSchema } from "../../../core/protocol/voice-answers";
import { createDatabase } from "../../../db/client";
import { auditLog, leases, voiceCalls } from "../../../db/schema";
import { call, ORIGIN, postJson, seedSmall, signIn } from "../support/http";
import { joinRoom, openRoom } from "../support/room-client";
import { Caller, spoken } from "../support/voice";

const MAYA = "+15550102233"; // cus_0001's number (fixtures), SSN ending 9999
let ana: string;
let ben: string;
const db = () => createDatabase({ DB: env.DB });
let callCounter = 0;
const newCaller = (from = MAYA) => new Caller(`CA${String(++callCounter).padStart(32, "0")}`, from);

beforeAll(async () => {
  await seedSmall(40);
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

/** "$93.62" and "December 6": how a person says a payment and a date. */
const dollars = (cents: number) => `$${(cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const dayOf = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;

describe("a verified caller", () => {
  it("is greeted without being named, verifies with the last 4 of the SSN, hears their own next lease payment, and the call is logged", async () => {
    const caller = newCaller();
    const hello = await caller.dial();
    expect(hello.status).toBe(200);
    expect(spoken(hello.text).join(" ")).toMatch(/last four digits of your Social Security number, or your five digit ZIP code/);
    expect(hello.text).not.toContain("Maya");
    expect(caller.next).toContain("step=verify");

    const verified = await caller.say({ digits: "9999#" });
    expect(spoken(verified.text)).toContain("Thank you, you're verified.");
    expect(caller.next).toContain("step=ask");

    // Maya's active lease due soonest: its payment and due date, said the way a person says them.
    const [lease] = await db()
      .select()
      .from(leases)
      .where(and(eq(leases.customerId, "cus_0001"), eq(leases.status, "active")))
      .orderBy(leases.nextDueDate)
      .limit(1);
    expect(lease?.nextDueDate).toBeTruthy();
    const answered = await caller.say({ speech: "When is my next lease payment due?" });
    expect(spoken(answered.text)[0]).toBe(
      `Your next lease payment of ${dollars(lease?.paymentCents ?? 0)} is due ${dayOf(lease?.nextDueDate ?? "")}.`,
    );
    expect(spoken(answered.text)[1]).toMatch(/Did that answer your question/);

    const room = await joinRoom(ana, "cus_0001");
    const logged = room.client.next((f) => f.type === "activity" && (f.item as { data?: { call?: string } }).data?.call === "answered");
    expect(spoken((await caller.say({ speech: "yes thanks" })).text)).toContain(
      "Is there anything else I can help with? If not, just say no.",
    );
    const bye = await caller.say({ speech: "no that's all" });
    expect(bye.text).toContain("<Hangup/>");
    const item = (await logged).item as { summary: string; kind: string };
    expect(item.kind).toBe("communication");
    expect(item.summary).toMatch(/^Phone assistant answered the verified caller \(1 question\)/);
    room.client.close();
  });
});

describe("a question nothing answers", () => {
  it("goes to a person, and the rep sees it at once in the room and the call list", async () => {
    const room = await joinRoom(ana, "cus_0001");
    const floor = await openRoom(ana, "team_east", { party: "floor-room" });
    await floor.nextOfType("floor-state", 0);
    const caller = newCaller();
    await caller.dial();
    await caller.say({ digits: "*" }); // no verification: general answers only
    const from = room.client.frames.length;
    const handedOver = await caller.say({ speech: "what's the weather going to be tomorrow in Chicago" });
    expect(spoken(handedOver.text).join(" ")).toMatch(/not sure I have the right answer/);
    expect(handedOver.text).toContain("<Enqueue>reps</Enqueue>");

    const frame = await room.client.next(
      (f) => f.type === "activity" && (f.item as { data?: { call?: string } }).data?.call === "transferred",
      { from },
    );
    expect((frame.item as { summary: string }).summary).toBe(
      `Phone assistant transferred the caller (not verified) to a rep. Caller asked: "what's the weather going to be tomorrow in Chicago"; assistant answered: nothing; confidence 0%.`,
    );
    await floor.nextOfType("calls-changed", 0);
    const waiting = (await (await call("/api/voice/waiting", { cookie: ben })).json()) as {
      items: { id: string; question: string; customer: { id: string } | null }[];
    };
    const mine = waiting.items.find((w) => w.question === "what's the weather going to be tomorrow in Chicago");
    expect(mine?.customer?.id).toBe("cus_0001");

    // One rep takes the caller; a second is told someone did, and the list drops it.
    const took = await postJson(`/api/voice/calls/${mine?.id}/take`, {}, ana);
    expect(took.status).toBe(200);
    expect(v.parse(CallTakenSchema, await took.json())).toEqual({ id: mine?.id, takenBy: "Ana Alvarez" });
    const second = await postJson(`/api/voice/calls/${mine?.id}/take`, {}, ben);
    expect(second.status).toBe(409);
    const after = (await (await call("/api/voice/waiting", { cookie: ben })).json()) as { items: { id: string }[] };
    expect(after.items.map((w) => w.id)).not.toContain(mine?.id);
    room.client.close();
    floor.close();
  });
});

describe("bad input", () => {
  const incoming = `${ORIGIN}/api/voice/northwind/incoming`;
  const voiceRefusals = async () =>
    db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.stream, "voice:org_northwind"), eq(auditLog.action, "voice.webhook")));

  it("refuses unsigned, forged and replayed webhooks with 403, each on record", async () => {
    const { webhook } = await import("../support/voice");
    const params = { CallSid: "CA9999999999999999999999999999999a", From: MAYA };
    expect((await webhook(incoming, params, null)).status).toBe(403);
    expect((await webhook(incoming, params, undefined, "someone else's token")).status).toBe(403);
    const first = await webhook(incoming, { ...params, CallSid: "CA9999999999999999999999999999999b" });
    expect(first.status).toBe(200);
    const replay = await webhook(incoming, { ...params, CallSid: "CA9999999999999999999999999999999b" });
    expect(replay.status).toBe(403);
    expect(JSON.parse(replay.text)).toMatchObject({ error: { code: "FORBIDDEN" } });
    const reasons = (await voiceRefusals()).map((r) => (JSON.parse(r.details) as { reason: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(["unsigned", "bad-signature", "replayed"]));
  });

  it("asks again after silence, then hands over", async () => {
    const caller = newCaller("+15550000001");
    const hello = await caller.dial();
    expect(caller.next).toContain("step=ask"); // an unknown number is never asked to verify
    expect(spoken(hello.text).join(" ")).not.toMatch(/Social Security/);
    expect(spoken((await caller.say({ speech: "" })).text)).toContain("Sorry, I didn't catch that. What's your question?");
    const gone = await caller.say({ speech: "" });
    expect(gone.text).toContain("<Enqueue>reps</Enqueue>");
  });

  it("takes a 10 KB speech result as no question it can answer, and hands over with what it heard cut short", async () => {
    const caller = newCaller("+15550000002");
    await caller.dial();
    const long = `please ${"tell me everything about my account ".repeat(300)}`.slice(0, 10_240);
    const reply = await caller.say({ speech: long });
    expect(spoken(reply.text).join(" ")).toMatch(/more than I can follow/);
    const [row] = await db().select().from(voiceCalls).where(eq(voiceCalls.callSid, caller.callSid));
    expect(row?.transferReason).toBe("too-long");
    expect(row?.question?.length).toBe(500);
  });

  it("gives a caller who did not verify only the general answer to a personal question", async () => {
    const caller = newCaller();
    await caller.dial();
    await caller.say({ digits: "*" }); // known number, verification skipped
    const reply = await caller.say({ speech: "how much is my early purchase amount on my lease" });
    const said = spoken(reply.text).join(" ");
    expect(said).toMatch(/110% of the item's cash price minus half of the lease payments you have made/);
    expect(said).toMatch(/To hear your own figures/);
    expect(said).not.toMatch(/Your early purchase amount today is/);
  });

  it("locks self-service for the number after three failed keypad tries, and says a rep will help", async () => {
    const caller = newCaller();
    await caller.dial();
    expect(spoken((await caller.say({ digits: "1111#" })).text)).toContain(
      "That didn't match our records. Please try again, then press pound. Or press star to skip.",
    );
    await caller.say({ digits: "22222#" });
    const third = await caller.say({ digits: "3333#" });
    expect(spoken(third.text).join(" ")).toMatch(/couldn't verify your identity.*A representative will help you/);
    expect(third.text).toContain("<Enqueue>reps</Enqueue>");
    // The next call from that number is not offered verification, and is told why.
    const again = newCaller();
    const hello = await again.dial();
    expect(spoken(hello.text).join(" ")).toMatch(/account details by phone are paused for this number/);
    expect(again.next).toContain("step=ask");
  });
});
