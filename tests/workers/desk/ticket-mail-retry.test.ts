// A ticket's email the mail provider does not take is not lost: the room keeps it in its storage,
// tries again on its alarm after 5 s (then 30 s, 2 min, 10 min, 1 h), and sends it once the
// provider is back. Here the provider is the dev outbox, made to fail for real by moving its
// table away, then put back.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { messageOutbox } from "../../../db/schema";
import type { TicketRoom } from "../../../worker/ticket-room";
import { seedSmall, signIn } from "../support/http";
import { post } from "../support/json";
import { db, ownTicket } from "./support";

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
