// An email of the ticket that the mail provider never took, after its last try (the room's alarm,
// party/room/pending-mails.ts): the ticket says so in an internal note, live on every open screen,
// so a person follows up another way. Nothing else of the ticket changes.
import type * as v from "valibot";
import { TICKET_MAIL_NAMES } from "../../core/domain/tickets";
import type { TicketMailUndeliveredSchema } from "../../core/protocol/ticket-commands";
import type { TicketHandler } from "./types";
import { requireTicket } from "./work";

export const ticketMailUndelivered: TicketHandler<v.InferOutput<typeof TicketMailUndeliveredSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    requireTicket(ctx);
    const what = TICKET_MAIL_NAMES[command.purpose];
    const text = `Email not delivered: ${what} could not be sent after ${command.attempts} tries. Reach them another way.`;
    return {
      statements: [],
      note: { text, category: "delivery", action: "ticket.mail_undelivered", kind: "system" },
      activity: {
        kind: "communication",
        summary: `Email not delivered: ${what}`,
        data: { purpose: command.purpose, attempts: command.attempts },
      },
      audit: {
        action: "ticket.mail_undelivered",
        targetType: "ticket",
        targetId: ctx.ticket.id,
        details: { purpose: command.purpose, attempts: command.attempts },
      },
      reply: { ticketId: ctx.ticket.id },
      // A new message: every open screen of the ticket reloads its conversation.
      accountChanged: true,
    };
  },
};
