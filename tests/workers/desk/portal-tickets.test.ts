// The portal's help center through its routes: a merchant user opens a ticket (it reaches the desk's
// room, and a confirmation mail sits in the outbox with the reply token); the rep's public reply is
// emailed and shows in the portal, the internal note never does; a reply from the merchant on a
// waiting ticket brings it back to open; rating once after resolve; reopening escalates to sales;
// another merchant's ticket is 404 and audited in the user's own stream; a staff cookie is no
// portal session, and a portal cookie no staff one.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { signInPortal } from "../support/portal";
import { openRoom } from "../support/room-client";
import { db, ownTicket, ticketNow } from "./support";

let owner = "";
let other = "";
let ana = "";

beforeAll(async () => {
  await seedSmall();
  [owner, other, ana] = await Promise.all([
    signInPortal("owner@merchant.test"),
    signInPortal("owner@merchant2.test"),
    signIn("rep.ana@tandem.test"),
  ]);
});

type Detail = { ticket: { id: string; status: string; rating: number | null }; messages: { from: string; author: string; text: string }[] };
type Outbox = { items: { to: string; subject: string; text: string; purpose: string; replyToken: string | null }[] };

describe("the help center", () => {
  it("a merchant opens a ticket; the desk hears it; the rep's reply is emailed and shown, the internal note never", async () => {
    const desk = await openRoom(ana, "org_northwind", { party: "desk-room" });
    await desk.nextOfType("desk-state", 0);
    const opened = await post<Detail>("/api/portal/tickets", owner, {
      subject: "Payout missing for Nov 30",
      priority: "urgent",
      team: "billing",
      body: "We did not receive Monday's payout.",
    });
    expect(opened.status).toBe(201);
    const id = opened.body.ticket.id;
    expect(opened.body.messages).toEqual([expect.objectContaining({ from: "you", text: "We did not receive Monday's payout." })]);
    await desk.next((f) => f.type === "desk-changed" && f.ticketId === id && f.change === "opened");
    desk.close();
    const row = await ticketNow(id);
    expect(row).toMatchObject({
      merchantId: "mer_0001",
      status: "new",
      priority: "urgent",
      contactEmail: "owner@merchant.test",
      channel: "portal",
    });
    expect((row?.slaDueAt ?? 0) - (row?.createdAt ?? 0)).toBe(3_600_000);

    const rep = await ownTicket(ana, id);
    expect((await post(`/api/desk/tickets/${id}/notes`, ana, { text: "INTERNAL: bank file rejected, do not tell yet" })).status).toBe(201);
    expect(
      (await post(`/api/desk/tickets/${id}/replies`, ana, { lockToken: rep.token, body: "The payout was re-sent this morning." })).status,
    ).toBe(201);
    expect(
      (await post(`/api/desk/tickets/${id}/status`, ana, { lockToken: rep.token, status: "waiting_on_client", note: "Asked to confirm" }))
        .status,
    ).toBe(200);

    const seen = await get<Detail>(`/api/portal/tickets/${id}`, owner);
    expect(seen.body.ticket.status).toBe("waiting_on_client");
    expect(seen.body.messages.map((m) => [m.from, m.text])).toEqual([
      ["you", "We did not receive Monday's payout."],
      ["support", "The payout was re-sent this morning."],
    ]);
    expect(JSON.stringify(seen.body)).not.toContain("INTERNAL");
    const tracking = await get<{ items: { id: string; lastReplyAt: number | null }[] }>("/api/portal/tickets", owner);
    expect(JSON.stringify(tracking.body)).not.toContain("INTERNAL");
    const mine = tracking.body.items.find((t) => t.id === id);
    expect(mine?.lastReplyAt).toBeGreaterThanOrEqual(row?.createdAt ?? Infinity);
    // Seeded tkt_0001 has no reply yet.
    expect(tracking.body.items.find((t) => t.id === "tkt_0001")?.lastReplyAt).toBeNull();

    const outbox = await get<Outbox>("/api/dev/outbox?to=owner%40merchant.test");
    const reply = outbox.body.items.find((m) => m.purpose === "ticket.reply");
    expect(reply?.subject).toBe(`Re: Payout missing for Nov 30 [#tkt:${row?.replyToken}]`);
    expect(reply?.text).toContain("The payout was re-sent this morning.");
    expect(reply?.replyToken).toBe(row?.replyToken);
    expect(outbox.body.items.some((m) => m.text.includes("INTERNAL"))).toBe(false);

    // The merchant answers in the portal: back to open.
    const answered = await post<Detail>(`/api/portal/tickets/${id}/replies`, owner, { body: "Received, thanks." });
    expect(answered.status).toBe(201);
    expect(answered.body.ticket.status).toBe("open");

    // Not rateable until resolved; then once.
    const early = await post(`/api/portal/tickets/${id}/rating`, owner, { rating: 5 });
    expect([early.status, (early.body as { error: { code: string } }).error.code]).toEqual([409, "TICKET_STATE"]);
    expect((await post(`/api/desk/tickets/${id}/status`, ana, { lockToken: rep.token, status: "resolved", note: "Paid" })).status).toBe(
      200,
    );
    const rated = await post<Detail>(`/api/portal/tickets/${id}/rating`, owner, { rating: 4 });
    expect(rated.body.ticket.rating).toBe(4);
    expect((await post(`/api/portal/tickets/${id}/rating`, owner, { rating: 5 })).status).toBe(409);
    expect((await post(`/api/portal/tickets/${id}/rating`, owner, { rating: 9 })).status).toBe(400);

    // Reopening escalates to sales, and the sales rep is emailed the history.
    const reopened = await post<Detail>(`/api/portal/tickets/${id}/reopen`, owner, { body: "It happened again today." });
    expect(reopened.body.ticket.status).toBe("open");
    const after = await ticketNow(id);
    expect(after).toMatchObject({ escalated: true, team: "sales" });
    const salesMail = await get<Outbox>("/api/dev/outbox");
    const escalated = salesMail.body.items.find((m) => m.purpose === "ticket.escalated" && m.subject.includes(id));
    expect(escalated?.text).toContain("It happened again today.");
    await rep.release();
  });

  it("another merchant's ticket is 404 on every route, and the attempt is audited", async () => {
    for (const [method, path, body] of [
      ["GET", "/api/portal/tickets/tkt_0001", undefined],
      ["POST", "/api/portal/tickets/tkt_0001/replies", { body: "peek" }],
      ["POST", "/api/portal/tickets/tkt_0001/rating", { rating: 1 }],
      ["POST", "/api/portal/tickets/tkt_9001/reopen", { body: "peek" }],
    ] as const) {
      const answer = method === "GET" ? await get(path, other) : await post(path, other, body);
      expect([path, answer.status]).toEqual([path, 404]);
    }
    const list = await get<{ items: { id: string }[] }>("/api/portal/tickets", other);
    expect(list.body.items.some((t) => t.id === "tkt_0001")).toBe(false);
    const denied = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, "tkt_0001"), eq(auditLog.outcome, "denied"), eq(auditLog.actorRole, "merchant_owner")));
    expect(denied.length).toBeGreaterThanOrEqual(3);
    expect((await ticketNow("tkt_0001"))?.status).toBe("new");
  });

  it("a staff cookie is no portal session; a portal cookie is no staff session", async () => {
    expect((await get("/api/portal/tickets", ana)).status).toBe(401);
    expect((await get("/api/desk/tickets", owner)).status).toBe(401);
    expect((await post("/api/desk/tickets/tkt_0001/notes", owner, { text: "x" })).status).toBe(401);
  });
});
