// Opening a ticket: a rep on behalf of a consumer customer (ticket.open, from the customer's
// profile), or a client through the portal or an email (ticket.client_open, run as the system).
// The ticket's first message is public: the client reads it in the email and the portal.
import type * as v from "valibot";
import { slaDueAt } from "../../core/domain/tickets";
import { AppError } from "../../core/protocol/errors";
import type { TicketClientOpenSchema, TicketOpenSchema } from "../../core/protocol/ticket-commands";
import { customerContact, insertTicket } from "../../db/repositories/tickets";
import type { TicketContext, TicketHandler } from "./types";

function refuseExisting(ctx: TicketContext): void {
  if (ctx.exists) throw new AppError("CONFLICT", "This ticket exists already");
}

export const ticketOpen: TicketHandler<v.InferOutput<typeof TicketOpenSchema>> = {
  permission: "ticket.open",
  requiresOwnership: false,
  async plan(ctx, command) {
    refuseExisting(ctx);
    const customer = await customerContact(ctx.db, ctx.actor.orgId, command.customerId);
    if (!customer) throw new AppError("NOT_FOUND", "No such customer");
    if (!customer.email) throw new AppError("VALIDATION", "The customer has no email address for ticket updates");
    const id = ctx.ticket.id;
    return {
      statements: [
        insertTicket(ctx.db, {
          id,
          orgId: ctx.actor.orgId,
          merchantId: null,
          customerId: customer.id,
          subject: command.subject,
          priority: command.priority,
          status: "new",
          team: command.team,
          assigneeId: ctx.actor.id,
          slaDueAt: slaDueAt(command.priority, ctx.now, ctx.slaScale),
          slaPausedAt: null,
          replyToken: ctx.id("rt"),
          contactEmail: customer.email,
          contactName: customer.name,
          channel: "console",
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }),
      ],
      note: { text: command.body, category: "reply", action: "ticket.open" },
      activity: { kind: "system", summary: `Ticket opened for ${customer.name}: ${command.subject}`, data: { priority: command.priority } },
      audit: {
        action: "ticket.open",
        targetType: "ticket",
        targetId: id,
        details: { customerId: customer.id, priority: command.priority },
      },
      reply: { ticketId: id },
      accountChanged: true,
    };
  },
};

export const ticketClientOpen: TicketHandler<v.InferOutput<typeof TicketClientOpenSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    refuseExisting(ctx);
    const id = ctx.ticket.id;
    return {
      statements: [
        insertTicket(ctx.db, {
          id,
          orgId: ctx.actor.orgId,
          merchantId: command.merchantId,
          customerId: command.customerId,
          subject: command.subject,
          priority: command.priority,
          status: "new",
          team: command.team,
          assigneeId: null,
          slaDueAt: slaDueAt(command.priority, ctx.now, ctx.slaScale),
          slaPausedAt: null,
          replyToken: command.replyToken,
          contactEmail: command.contactEmail,
          contactName: command.contactName,
          channel: command.channel,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }),
      ],
      note: { text: command.body, category: "client", action: "ticket.client_open", kind: "system" },
      activity: {
        kind: "communication",
        summary: `${command.contactName} opened a ticket: ${command.subject}`,
        data: { channel: command.channel, priority: command.priority },
      },
      audit: { action: "ticket.client_open", targetType: "ticket", targetId: id, details: { channel: command.channel } },
      reply: { ticketId: id },
      accountChanged: true,
    };
  },
};
