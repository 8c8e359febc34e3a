// A ticket's live room: the account room (room.ts) on the ticket's party.
import { createAccountRoom } from "./room";

export function createTicketRoom(ticketId: string) {
  return { ...createAccountRoom("ticket-room", ticketId), ticketId };
}
export type TicketRoom = ReturnType<typeof createTicketRoom>;
