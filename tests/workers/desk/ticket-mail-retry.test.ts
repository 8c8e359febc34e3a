// A ticket's email the mail provider does not take is not lost: the room keeps it in its storage,
// tries again on its alarm after 5 s (then 30 s, 2 min, 10 min, 1 h), and sends it once the
// provider is back. Here the provider is the dev outbox, made to fail for real by moving its
// table away, then put back. One whose last try fails is given up, and the ticket says so: an
// internal note and a history item, live on the open screen, and an audit row.
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, messageOutbox, ticketMessages } from "../../../db/schema";
import type { TicketRoom } from "../../../worker/ticket-room";
import { seedSmall, signIn } from "../support/http";
import { post } from "../support/json";
import { db, historyOf, ownTicket } from "./support";

const stub = (id: string) => env.TicketRoom.get(env.TicketRoom.idFromName(id)) as DurableObjectStub<TicketRoom>;
async function until<T>(check: () => Promise<T | null | false>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(() => seedSmall());

describe("a ticket's email while the mail provider is down", () => {
  it("is kept, tried again on the room's alarm, and sent once the provider is back", async () => {
    const ana = await signIn("rep.ana@tandem.test");
    const owner = await ownTicket(ana, "tkt_0004");
    const sentBefore = await db().select().from(messageOutbox).where(eq(messageOutbox.purpose, "ticket.reply"));

    await env.DB.exec("ALTER TABLE message_outbox RENAME TO message_outbox_away");
    const reply = await post("/api/desk/tickets/tkt_0004/replies", ana, { lockToken: owner.token, body: "Your refund went out today." });
    // The reply is committed whatever its email does.
    expect(reply.status).toBe(201);
    const [kept] = await stub("tkt_0004").pendingMails();
    expect(kept).toMatchObject({ purpose: "ticket.reply", attempts: 1 });
    // Its next try is 5 s after the failed one.
    expect(kept?.dueAt).toBeGreaterThan(Date.now());
    expect(kept?.dueAt).toBeLessThanOrEqual(Date.now() + 5_000);
    await env.DB.exec("ALTER TABLE message_outbox_away RENAME TO message_outbox");

    // The room's own alarm sends it: the provider has it once, and nothing is waiting any more.
    const sent = await until(async () => {
      const rows = await db().select().from(messageOutbox).where(eq(messageOutbox.purpose, "ticket.reply"));
      return rows.length > sentBefore.length && rows;
    }, "the reply's email");
    const mail = sent.find((row) => !sentBefore.some((before) => before.id === row.id));
    expect(mail?.body).toContain("Your refund went out today.");
    expect(sent).toHaveLength(sentBefore.length + 1);
    expect(await stub("tkt_0004").pendingMails()).toEqual([]);
    await owner.release();
  });
});

describe("a ticket's email whose every try fails", () => {
  it("is given up after the sixth try, and the ticket says so to every open screen, once", async () => {
    const ana = await signIn("rep.ana@tandem.test");
    const owner = await ownTicket(ana, "tkt_0005");
    await env.DB.exec("ALTER TABLE message_outbox RENAME TO message_outbox_away");
    try {
      const reply = await post("/api/desk/tickets/tkt_0005/replies", ana, { lockToken: owner.token, body: "Your card is on its way." });
      expect(reply.status).toBe(201);
      expect(await stub("tkt_0005").pendingMails()).toMatchObject([{ purpose: "ticket.reply", attempts: 1 }]);
      // Five tries have failed, and the sixth (the last: 5 s, 30 s, 2 min, 10 min, 1 h) is due now.
      await runInDurableObject(stub("tkt_0005"), async (_room, state) => {
        const kept = (await state.storage.get<{ attempts: number; dueAt: number }[]>("pendingMails")) ?? [];
        await state.storage.put(
          "pendingMails",
          kept.map((item) => ({ ...item, attempts: 5, dueAt: Date.now() })),
        );
      });

      await runDurableObjectAlarm(stub("tkt_0005"));
      const shown = await owner.client.next(
        (f) => f.type === "activity" && String((f.item as { summary?: unknown }).summary).startsWith("Email not delivered"),
        { timeoutMs: 10_000 },
      );
      expect((shown.item as { summary: string }).summary).toBe("Email not delivered: a reply to the client");

      // The reply's email waits no more (not sent again), and is not recorded twice however often the alarm runs.
      expect((await stub("tkt_0005").pendingMails()).filter((mail) => mail.purpose === "ticket.reply")).toEqual([]);
      await runDurableObjectAlarm(stub("tkt_0005"));
      const notes = await db()
        .select()
        .from(ticketMessages)
        .where(and(eq(ticketMessages.ticketId, "tkt_0005"), eq(ticketMessages.action, "ticket.mail_undelivered")));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({
        visibility: "internal",
        kind: "system",
        text: "Email not delivered: a reply to the client could not be sent after 6 tries. Reach them another way.",
      });
      expect((await historyOf("tkt_0005")).filter((item) => item.summary.startsWith("Email not delivered"))).toHaveLength(1);
      const audited = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "ticket.mail_undelivered"), eq(auditLog.targetId, "tkt_0005")));
      expect(audited.map((row) => row.outcome)).toEqual(["success"]);
      expect(JSON.parse(audited[0]?.details ?? "{}")).toMatchObject({ purpose: "ticket.reply", attempts: 6, noteId: notes[0]?.id });
      // The reply itself stands.
      expect(await db().select().from(ticketMessages).where(eq(ticketMessages.text, "Your card is on its way."))).toHaveLength(1);
    } finally {
      await env.DB.exec("ALTER TABLE message_outbox_away RENAME TO message_outbox");
      await owner.release();
    }
  });
});
