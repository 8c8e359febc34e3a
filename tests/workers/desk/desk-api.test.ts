// The service desk through its routes and the ticket's room: the queue by SLA due with a keyset
// cursor and filters; ownership before a public reply or a status change (a typed refusal and
// nothing written without it); the status machine through the route; internal notes never in a
// client's view; a rep opening a ticket for a consumer customer; new tickets reaching the desk room.
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { openRoom } from "../support/room-client";
import { joinTicket, messagesOf, ownTicket, ticketNow } from "./support";

let ana = "";
let ben = "";
let sales = "";
let finance = "";

beforeAll(async () => {
  await seedSmall();
  [ana, ben, sales, finance] = (await Promise.all(
    ["rep.ana@tandem.test", "rep.ben@tandem.test", "sales@tandem.test", "finance@tandem.test"].map(signIn),
  )) as [string, string, string, string];
});

type Row = { id: string; slaDueAt: number; status: string; priority: string; team: string; breached: boolean };
type Page = { items: Row[]; next: { afterDue: number; afterId: string } | null };

describe("the queue", () => {
  it("lists active tickets by SLA due, pages with a keyset cursor, and filters", async () => {
    const first = await get<Page>("/api/desk/tickets?limit=5", ana);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    const dues = first.body.items.map((r) => r.slaDueAt);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(first.body.items.every((r) => ["new", "open", "waiting_on_client"].includes(r.status))).toBe(true);
    const next = first.body.next;
    expect(next).not.toBeNull();
    const second = await get<Page>(`/api/desk/tickets?limit=5&afterDue=${next?.afterDue}&afterId=${next?.afterId}`, ana);
    const ids = new Set(first.body.items.map((r) => r.id));
    expect(second.body.items.some((r) => ids.has(r.id))).toBe(false);
    expect(second.body.items[0]?.slaDueAt ?? Infinity).toBeGreaterThanOrEqual(dues.at(-1) ?? 0);
    // Seeded: tkt_0001 (high, billing, new) and tkt_0003 (normal, billing, waiting on the client).
    const billing = await get<Page>("/api/desk/tickets?team=billing", ana);
    expect(billing.body.items.map((r) => r.id).sort()).toEqual(["tkt_0001", "tkt_0003"]);
    const urgent = await get<Page>("/api/desk/tickets?priority=urgent", ana);
    expect(urgent.body.items.map((r) => r.id)).toEqual(["tkt_0002"]);
    const closed = await get<Page>("/api/desk/tickets?status=closed", ana);
    expect(closed.body.items.map((r) => r.id)).toEqual(["tkt_0008"]);
    // One merchant's tickets, every status (the merchant profile's tab): seeded tkt_0001, tkt_0002 and
    // the matrix's tkt_0010 and tkt_0018 are Lakeside's (mer_0001).
    const lakeside = await get<Page>("/api/desk/tickets?merchant=mer_0001&status=all", ana);
    expect(lakeside.body.items.map((r) => r.id).sort()).toEqual(["tkt_0001", "tkt_0002", "tkt_0010", "tkt_0018"]);
    // Another org's ticket never appears.
    const all = await get<Page>("/api/desk/tickets?limit=100", ana);
    expect(all.body.items.some((r) => r.id === "tkt_9001")).toBe(false);
  });

  it("is refused to roles outside the desk, typed", async () => {
    const answer = await get("/api/desk/tickets", finance);
    expect([answer.status, (answer.body as { error: { code: string } }).error.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("refuses a bad filter with the field named", async () => {
    const answer = await get("/api/desk/tickets?priority=whenever", ana);
    expect(answer.status).toBe(400);
  });
});

describe("working a ticket", () => {
  it("a reply without ownership is LOCK_NOT_HELD and writes no message", async () => {
    const before = await messagesOf("tkt_0004");
    const answer = await post("/api/desk/tickets/tkt_0004/replies", ana, { lockToken: 1, body: "Hello from nowhere" });
    expect(answer.status).toBe(409);
    expect((answer.body as { error: { code: string } }).error.code).toMatch(/^LOCK_/);
    expect(await messagesOf("tkt_0004")).toHaveLength(before.length);
  });

  it("the owner replies in public (the ticket opens), adds an internal note, waits on the client, resolves", async () => {
    const owner = await ownTicket(ana, "tkt_0004");
    const reply = await post("/api/desk/tickets/tkt_0004/replies", ana, {
      lockToken: owner.token,
      body: "Add the second store under Settings.",
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ ticketId: "tkt_0004", status: "open" });
    const note = await post("/api/desk/tickets/tkt_0004/notes", ana, { text: "Internal: owner called twice" });
    expect(note.status).toBe(201);
    const waiting = await post("/api/desk/tickets/tkt_0004/status", ana, {
      lockToken: owner.token,
      status: "waiting_on_client",
      note: "Asked for the store's address",
    });
    expect(waiting.status).toBe(200);
    const paused = await ticketNow("tkt_0004");
    expect(paused?.status).toBe("waiting_on_client");
    expect(paused?.slaPausedAt).not.toBeNull();
    // waiting -> closed is not a move the machine allows.
    const skip = await post("/api/desk/tickets/tkt_0004/status", ana, { lockToken: owner.token, status: "closed", note: "skip" });
    expect([skip.status, (skip.body as { error: { code: string } }).error.code]).toEqual([409, "TICKET_STATE"]);
    expect((await ticketNow("tkt_0004"))?.status).toBe("waiting_on_client");
    const resolved = await post("/api/desk/tickets/tkt_0004/status", ana, { lockToken: owner.token, status: "resolved", note: "Done" });
    expect(resolved.status).toBe(200);
    const row = await ticketNow("tkt_0004");
    expect([row?.status, row?.slaPausedAt, row?.assigneeId]).toEqual(["resolved", null, "stf_ana"]);
    const messages = await messagesOf("tkt_0004");
    expect(messages.map((m) => [m.visibility, m.action])).toEqual([
      ["client", "ticket.client_open"],
      ["public", "ticket.reply"],
      ["internal", "ticket.note"],
      ["internal", "ticket.status"],
      ["internal", "ticket.status"],
    ]);
    await owner.release();
  });

  it("another rep cannot reply while the owner holds the ticket", async () => {
    const owner = await ownTicket(ana, "tkt_0005");
    const { client } = await joinTicket(ben, "tkt_0005");
    const answer = await post("/api/desk/tickets/tkt_0005/replies", ben, { lockToken: owner.token, body: "Me too" });
    expect(answer.status).toBe(409);
    expect(await messagesOf("tkt_0005")).toHaveLength(1);
    client.close();
    await owner.release();
  });

  it("a ticket's room shows presence and sends record-changed to every screen on a change", async () => {
    const { client: watcher, state } = await joinTicket(ben, "tkt_0009");
    expect(state).toMatchObject({ type: "room-state", ticketId: "tkt_0009" });
    const owner = await ownTicket(ana, "tkt_0009");
    await post("/api/desk/tickets/tkt_0009/notes", ana, { text: "Looking" });
    const changed = await watcher.next((f) => f.type === "record-changed" && f.record === "ticket");
    expect(changed).toMatchObject({ id: "tkt_0009" });
    watcher.close();
    await owner.release();
  });

  it("another org's ticket is 404 on read and on change", async () => {
    expect((await get("/api/desk/tickets/tkt_9001", ana)).status).toBe(404);
    expect((await post("/api/desk/tickets/tkt_9001/notes", ana, { text: "peek" })).status).toBe(404);
  });
});

describe("a rep opens a ticket for a consumer customer", () => {
  it("creates it with the customer as contact, and the desk room hears it opened", async () => {
    const desk = await openRoom(ana, "org_northwind", { party: "desk-room" });
    await desk.nextOfType("desk-state", 0);
    const answer = await post<{ ticketId: string }>("/api/desk/tickets", ana, {
      customerId: "cus_0001",
      subject: "Copy of the agreement",
      priority: "high",
      body: "Sending you a copy of your agreement.",
    });
    expect(answer.status).toBe(201);
    const id = answer.body.ticketId;
    const heard = await desk.next((f) => f.type === "desk-changed" && f.ticketId === id);
    expect(heard).toMatchObject({ change: "opened" });
    const row = await ticketNow(id);
    expect(row).toMatchObject({ customerId: "cus_0001", status: "new", priority: "high", channel: "console" });
    expect((row?.slaDueAt ?? 0) - (row?.createdAt ?? 0)).toBe(4 * 3_600_000);
    desk.close();
  });

  it("another org's desk room refuses the socket", async () => {
    const desk = await openRoom(ana, "org_harbor", { party: "desk-room" });
    expect(await desk.next((f) => f.type === "error")).toMatchObject({ code: "FORBIDDEN" });
  });

  it("sales see the desk; finance may not open a ticket", async () => {
    expect((await get("/api/desk/tickets", sales)).status).toBe(200);
    const refused = await post("/api/desk/tickets", finance, { customerId: "cus_0001", subject: "x", priority: "low", body: "x" });
    expect(refused.status).toBe(403);
  });
});
