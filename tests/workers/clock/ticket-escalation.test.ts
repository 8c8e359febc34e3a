// A ticket not resolved by its SLA due time escalates to sales on the ticket room's real alarm:
// assigned to the sales rep with the fewest active tickets, moved to the sales team, the history
// and audit saying so, every open screen told. Exactly once however often the alarm fires, and
// after an eviction between arming and the due time. A ticket waiting on the client (its clock
// paused) or resolved in time does not escalate.
import { env, evictDurableObject, runDurableObjectAlarm } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, tickets } from "../../../db/schema";
import type { TicketRoom } from "../../../worker/ticket-room";
import { db, historyOf, joinTicket, ownTicket, ticketNow } from "../desk/support";
import { seedSmall, signIn } from "../support/http";
import { post } from "../support/json";

let ana = "";
const stub = (id: string) => env.TicketRoom.get(env.TicketRoom.idFromName(id)) as DurableObjectStub<TicketRoom>;

beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

/** A seeded open ticket due `inMs` from now; an internal note (any change) arms its room's alarm. */
async function dueSoon(id: string, inMs: number): Promise<number> {
  const due = Date.now() + inMs;
  await db()
    .update(tickets)
    .set({ slaDueAt: due, status: "open", escalated: false, assigneeId: "stf_ana", team: "support" })
    .where(eq(tickets.id, id));
  const note = await post(`/api/desk/tickets/${id}/notes`, ana, { text: "Checking the payout with finance" });
  expect(note.status).toBe(201);
  expect(await stub(id).escalationAt()).toBe(due);
  return due;
}

async function escalations(id: string) {
  const rows = await db()
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "ticket.escalate"), eq(auditLog.outcome, "success")));
  return rows.filter((r) => (JSON.parse(r.details) as { targetId?: string }).targetId === id).length;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("escalation at the SLA due time", () => {
  it("escalates to sales at its time, live to the screen, exactly once", async () => {
    const { client: watcher } = await joinTicket(ana, "tkt_0010");
    const due = await dueSoon("tkt_0010", 2_000);
    await watcher.next((f) => f.type === "activity" && String((f.item as { summary: string }).summary).startsWith("Escalated"), {
      timeoutMs: 15_000,
    });
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    const row = await ticketNow("tkt_0010");
    // Seeded: Sofia Marsh (stf_sales) holds tkt_0006; Kai Moreno (stf_sales_kai) holds none, so he gets it.
    expect(row).toMatchObject({ escalated: true, team: "sales", assigneeId: "stf_sales_kai", status: "open" });
    expect(row?.escalatedAt ?? 0).toBeGreaterThanOrEqual(due);
    const history = await historyOf("tkt_0010");
    expect(history.at(-1)?.summary).toBe("Escalated to sales (SLA lapsed): Kai Moreno");
    expect(await escalations("tkt_0010")).toBe(1);
    await runDurableObjectAlarm(stub("tkt_0010"));
    await runDurableObjectAlarm(stub("tkt_0010"));
    expect(await escalations("tkt_0010")).toBe(1);
    expect(await stub("tkt_0010").escalationAt()).toBeNull();
    watcher.close();
  });

  it("still escalates, once, when the room is evicted before the due time", async () => {
    await dueSoon("tkt_0011", 2_000);
    await evictDurableObject(stub("tkt_0011"));
    await until(async () => (await ticketNow("tkt_0011"))?.escalated === true, "escalation after eviction");
    await runDurableObjectAlarm(stub("tkt_0011"));
    expect(await escalations("tkt_0011")).toBe(1);
  });

  it("does not escalate a ticket waiting on the client: its clock is paused", async () => {
    const due = await dueSoon("tkt_0012", 1_500);
    const owner = await ownTicket(ana, "tkt_0012");
    const waiting = await post("/api/desk/tickets/tkt_0012/status", ana, {
      lockToken: owner.token,
      status: "waiting_on_client",
      note: "Asked for the invoice number",
    });
    expect(waiting.status).toBe(200);
    expect(await stub("tkt_0012").escalationAt()).toBeNull();
    await until(async () => Date.now() > due + 500, "past the due time");
    await runDurableObjectAlarm(stub("tkt_0012"));
    expect((await ticketNow("tkt_0012"))?.escalated).toBe(false);
    expect(await escalations("tkt_0012")).toBe(0);
    await owner.release();
  });
});
