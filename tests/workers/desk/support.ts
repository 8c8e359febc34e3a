// Working a ticket in tests as the console does: its room socket (presence, ownership) and the
// desk's endpoints with the owner's token; the database for checking what was (not) written.
import { env } from "cloudflare:test";
import { and, asc, eq, ne } from "drizzle-orm";
import { createDatabase } from "../../../db/client";
import { ticketActivity, ticketMessages, tickets } from "../../../db/schema";
import { type Frame, openRoom, type RoomClient } from "../support/room-client";

export const db = () => createDatabase({ DB: env.DB });

export async function joinTicket(cookie: string, ticketId: string, device = "desktop"): Promise<{ client: RoomClient; state: Frame }> {
  const client = await openRoom(cookie, ticketId, { party: "ticket-room", device });
  const state = await client.nextOfType("room-state", 0);
  return { client, state };
}

export interface TicketOwnership {
  client: RoomClient;
  token: number;
  release(): Promise<void>;
}

/** Joins the ticket's room and takes ownership; its token is what replies and status changes carry. */
export async function ownTicket(cookie: string, ticketId: string): Promise<TicketOwnership> {
  const { client } = await joinTicket(cookie, ticketId);
  const granted = await client.request({ type: "lock-request" }, ["lock-granted", "lock-denied", "error"]);
  if (granted.type !== "lock-granted") throw new Error(`no lock on ${ticketId}: ${JSON.stringify(granted)}`);
  await client.request({ type: "heartbeat", active: true }, ["ack"]);
  return {
    client,
    token: Number(granted.token),
    async release() {
      await client.request({ type: "lock-release" }, ["lock-released", "lock-denied", "error"]);
      await client.request({ type: "heartbeat", active: false }, ["ack"]);
      client.close();
    },
  };
}

export async function ticketNow(id: string) {
  const [row] = await db().select().from(tickets).where(eq(tickets.id, id));
  return row;
}

/** The ticket's messages, without the automatic "viewed" notes a visit leaves. */
export async function messagesOf(id: string) {
  return db()
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, id), ne(ticketMessages.action, "ticket.view")))
    .orderBy(asc(ticketMessages.createdAt));
}

export async function historyOf(id: string) {
  return db().select().from(ticketActivity).where(eq(ticketActivity.ticketId, id)).orderBy(asc(ticketActivity.at));
}
