// The inbound email webhook: signed with the Worker secret over timestamp + "." + body; a forged
// signature, a stale timestamp, a replayed delivery and an oversized body are refused, typed, with
// nothing written; a signed reply threads onto its ticket by the reply token (in the address or the
// subject), and on a ticket waiting on the client it brings it back to open with the clock running;
// a reply to a resolved ticket reopens it, which escalates it to sales; an email from a merchant's
// contact without a token opens a ticket.
import { SELF } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signatureHeader, signedText } from "../../../core/domain/webhook-signature";
import { webhookHmac } from "../../../db/crypto";
import { merchantContacts, tickets } from "../../../db/schema";
import { DEV_INBOUND_EMAIL_SECRET } from "../../../worker/routes/email-inbound";
import { ORIGIN, seedSmall } from "../support/http";
import { db, historyOf, messagesOf, ticketNow } from "./support";

beforeAll(async () => {
  await seedSmall();
});

async function deliver(body: string, options: { secret?: string; at?: number; signature?: string } = {}) {
  const timestamp = String(Math.floor((options.at ?? Date.now()) / 1000));
  const signature =
    options.signature ?? signatureHeader([await webhookHmac(options.secret ?? DEV_INBOUND_EMAIL_SECRET, signedText(timestamp, body))]);
  const response = await SELF.fetch(`${ORIGIN}/api/email/inbound`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", "Tandem-Timestamp": timestamp, "Tandem-Signature": signature },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, signature };
}

const email = (to: string, subject: string, text: string, from = "owner@merchant.test") =>
  JSON.stringify({ from, fromName: "Lakeside owner", to, subject, text });
/** Seeded tickets' reply tokens: rt_seed<nnnn> and 16 a's. */
const token = (n: number) => `rt_seed${String(n).padStart(4, "0")}aaaaaaaaaaaaaaaa`;
const code = (r: { json: Record<string, unknown> }) => (r.json.error as { code: string } | undefined)?.code;

describe("refusals, nothing written", () => {
  it("a forged signature, a stale timestamp, an oversized body: 401, 401, 413", async () => {
    const body = email(`desk+${token(3)}@tandem.test`, "Re: invoice", "forged");
    const before = (await messagesOf("tkt_0003")).length;
    const forged = await deliver(body, { secret: "not-the-secret" });
    expect([forged.status, code(forged)]).toEqual([401, "UNAUTHENTICATED"]);
    const stale = await deliver(body, { at: Date.now() - 10 * 60_000 });
    expect([stale.status, code(stale)]).toEqual([401, "UNAUTHENTICATED"]);
    const huge = await deliver(email(`desk+${token(3)}@tandem.test`, "Re: invoice", "x".repeat(200 * 1024)));
    expect([huge.status, code(huge)]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(await messagesOf("tkt_0003")).toHaveLength(before);
    expect((await ticketNow("tkt_0003"))?.status).toBe("waiting_on_client");
  });

  it("a token no ticket has is 404", async () => {
    const unknown = await deliver(email("desk+rt_nosuchtoken000000000@tandem.test", "Re: x", "hello", "stranger@example.test"));
    expect([unknown.status, code(unknown)]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("threading by reply token", () => {
  it("a reply on a ticket waiting on the client brings it back to open, the clock running again", async () => {
    const before = await ticketNow("tkt_0003");
    expect(before?.slaPausedAt).not.toBeNull();
    const answer = await deliver(email(`desk+${token(3)}@tandem.test`, "Re: Invoice October", "Orders 1042 and 1043 were charged twice."));
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({ ticketId: "tkt_0003", threaded: true });
    const after = await ticketNow("tkt_0003");
    expect(after?.status).toBe("open");
    expect(after?.slaPausedAt).toBeNull();
    // The clock moved forward by the time it was paused.
    expect((after?.slaDueAt ?? 0) - (before?.slaDueAt ?? 0)).toBeGreaterThanOrEqual(Date.now() - 5_000 - (before?.slaPausedAt ?? 0));
    const last = (await messagesOf("tkt_0003")).at(-1);
    expect(last).toMatchObject({ visibility: "client", authorName: "Lakeside owner", text: "Orders 1042 and 1043 were charged twice." });
    expect((await messagesOf("tkt_0003")).filter((m) => m.text.startsWith("Orders 1042"))).toHaveLength(1);
  });

  it("replaying the exact same signed delivery is refused as a replay", async () => {
    const body = email("desk@tandem.test", `Re: Payout [#tkt:${token(1)}]`, "Any news?");
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = signatureHeader([await webhookHmac(DEV_INBOUND_EMAIL_SECRET, signedText(timestamp, body))]);
    const send = () =>
      SELF.fetch(`${ORIGIN}/api/email/inbound`, {
        method: "POST",
        body,
        headers: { "Content-Type": "application/json", "Tandem-Timestamp": timestamp, "Tandem-Signature": signature },
      });
    expect((await send()).status).toBe(202);
    const again = await send();
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", details: { reason: "replayed" } } });
    expect((await messagesOf("tkt_0001")).filter((m) => m.text === "Any news?")).toHaveLength(1);
  });

  it("a reply to a resolved ticket reopens it and escalates it to sales", async () => {
    expect((await ticketNow("tkt_0007"))?.status).toBe("resolved");
    const answer = await deliver(email(`desk+${token(7)}@tandem.test`, "Re: API key", "It broke again this morning."));
    expect(answer.status).toBe(202);
    const row = await ticketNow("tkt_0007");
    expect(row).toMatchObject({ status: "open", escalated: true, team: "sales" });
    expect((await historyOf("tkt_0007")).at(-1)?.summary).toMatch(/^Escalated to sales \(reopened by the client\)/);
  });

  it("an email from a merchant's portal user without a token opens a ticket for that merchant", async () => {
    const answer = await deliver(email("desk@tandem.test", "New terminal", "We bought a second card reader.", "owner@merchant2.test"));
    expect(answer.status).toBe(202);
    const row = await ticketNow(String(answer.json.ticketId));
    expect(row).toMatchObject({ merchantId: "mer_0002", channel: "email", contactEmail: "owner@merchant2.test" });
  });

  it("an email from a merchant's contact without a token opens a ticket for that merchant", async () => {
    const [contact] = await db().select().from(merchantContacts).where(eq(merchantContacts.merchantId, "mer_0004")).limit(1);
    expect(contact?.email).toBeTruthy();
    const answer = await deliver(email("desk@tandem.test", "Terminal question", "How do I print a receipt?", contact?.email ?? ""));
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({ threaded: false });
    const [row] = await db()
      .select()
      .from(tickets)
      .where(eq(tickets.id, String(answer.json.ticketId)));
    expect(row).toMatchObject({ merchantId: "mer_0004", channel: "email", status: "new", subject: "Terminal question" });
  });
});
