// The cron's safety net for the tickets' SLA alarms: a ticket whose clock lapsed while its room held
// no alarm (here: set straight in the database, as a seed or an import leaves it) is escalated by
// the "ticket-lapses" job through its room, once however often the job runs; a ticket still inside
// its time and one waiting on the client (clock paused) are left alone.
import { createExecutionContext, createScheduledController, env, runDurableObjectAlarm, waitOnExecutionContext } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, tickets } from "../../../db/schema";
import worker from "../../../worker/index";
import type { TicketRoom } from "../../../worker/ticket-room";
import { db, historyOf, ticketNow } from "../desk/support";
import { seedSmall } from "../support/http";

const HOUR = 3_600_000;
const stub = (id: string) => env.TicketRoom.get(env.TicketRoom.idFromName(id)) as DurableObjectStub<TicketRoom>;

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/5 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function escalations(id: string): Promise<number> {
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
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  await seedSmall();
  const now = Date.now();
  const set = (id: string, values: Partial<typeof tickets.$inferInsert>) =>
    db()
      .update(tickets)
      .set({ escalated: false, escalatedAt: null, team: "support", slaPausedAt: null, ...values })
      .where(eq(tickets.id, id));
  await set("tkt_0016", { status: "open", slaDueAt: now - HOUR }); // lapsed an hour ago, no room ever ran
  await set("tkt_0017", { status: "open", slaDueAt: now + HOUR }); // an hour left
  await set("tkt_0015", { status: "waiting_on_client", slaDueAt: now - HOUR, slaPausedAt: now - 2 * HOUR }); // clock paused
});

describe("the ticket-lapses job", () => {
  it("escalates a lapsed ticket whose room held no alarm, once, and leaves the others", async () => {
    expect(await stub("tkt_0016").escalationAt()).toBeNull(); // nothing armed: only the cron can catch it
    await runCron();
    // The room armed its alarm from the database; run it now rather than wait for it.
    await runDurableObjectAlarm(stub("tkt_0016"));
    await until(async () => (await ticketNow("tkt_0016"))?.escalated === true, "the lapsed ticket's escalation");
    expect(await ticketNow("tkt_0016")).toMatchObject({ escalated: true, team: "sales", status: "open" });
    expect((await historyOf("tkt_0016")).at(-1)?.summary).toMatch(/^Escalated to sales \(SLA lapsed\): /);

    expect(await ticketNow("tkt_0017")).toMatchObject({ escalated: false, team: "support" });
    expect(await ticketNow("tkt_0015")).toMatchObject({ escalated: false, status: "waiting_on_client" });
    expect(await stub("tkt_0015").escalationAt()).toBeNull();

    await runCron();
    await runDurableObjectAlarm(stub("tkt_0016"));
    expect(await escalations("tkt_0016")).toBe(1);
    expect(await escalations("tkt_0017")).toBe(0);
    expect(await escalations("tkt_0015")).toBe(0);
  });
});
