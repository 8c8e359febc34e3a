// The ticket room wrangler binds: party/ticket-room.ts with the Worker's mailer (the mail providers
// are configuration of the Worker, worker/messaging/mailer.ts; a room may not import the Worker).
import { type TicketMailer, TicketRoomBase } from "../party/ticket-room";
import { mailerFor } from "./messaging/mailer";

export class TicketRoom extends TicketRoomBase {
  protected mailer(): TicketMailer {
    return mailerFor(this.env, this.db);
  }
}
