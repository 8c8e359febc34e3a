// What the client does, run by the Worker as the system actor named after the client: a message
// (portal reply or email; on a ticket waiting on the client it comes back to the desk, the clock
// running again), reopening a resolved ticket (which escalates it to sales), and rating the help.
import type * as v from "valibot";
import { clockAfter, mayMove, mayRate } from "../../core/domain/tickets";
import { AppError } from "../../core/protocol/errors";
import type { TicketClientMessageSchema, TicketClientRateSchema, TicketClientReopenSchema } from "../../core/protocol/ticket-commands";
import { type TicketSet, updateTicket } from "../../db/repositories/tickets";
import { escalationPlan } from "./escalate";
import type { TicketHandler } from "./types";
import { requireTicket } from "./work";

export const ticketClientMessage: TicketHandler<v.InferOutput<typeof TicketClientMessageSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    requireTicket(ctx);
    const { ticket } = ctx;
    if (ticket.status === "resolved" || ticket.status === "closed")
      throw new AppError("TICKET_STATE", "This ticket is resolved: reopen it to write again");
    const set: TicketSet = { updatedAt: ctx.now };
    if (ticket.status === "waiting_on_client" && mayMove(ticket.status, "open", "client"))
      Object.assign(set, { status: "open", ...clockAfter(ticket, "open", ctx.now) });
    return {
      statements: [updateTicket(ctx.db, ticket.id, set)],
      note: { text: command.body, category: "client", action: "ticket.client_message", kind: "system" },
      activity: {
        kind: "communication",
        summary: `${command.authorName} wrote (${command.via})`,
        data: { via: command.via, ...(set.status ? { from: ticket.status, to: set.status } : {}) },
      },
      audit: { action: "ticket.client_message", targetType: "ticket", targetId: ticket.id, details: { via: command.via } },
      reply: { ticketId: ticket.id, status: set.status ?? ticket.status },
      accountChanged: true,
    };
  },
};

export const ticketClientReopen: TicketHandler<v.InferOutput<typeof TicketClientReopenSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    requireTicket(ctx);
    const { ticket } = ctx;
    if (!mayMove(ticket.status, "open", "client")) throw new AppError("TICKET_STATE", "Only a resolved ticket can be reopened");
    const escalation = await escalationPlan(ctx, `Reopened by ${command.authorName}: "${command.body}"`, "reopened by the client");
    return {
      ...escalation,
      statements: [
        updateTicket(ctx.db, ticket.id, { status: "open", resolvedAt: null, ...clockAfter(ticket, "open", ctx.now), updatedAt: ctx.now }),
        ...escalation.statements,
      ],
      // The client's words are theirs (visible in the portal); the escalation is in the history and audit.
      note: { text: command.body, category: "client", action: "ticket.client_reopen", kind: "system" },
      audit: { ...escalation.audit, action: "ticket.client_reopen" },
      reply: { ticketId: ticket.id, status: "open" },
    };
  },
};

export const ticketClientRate: TicketHandler<v.InferOutput<typeof TicketClientRateSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    requireTicket(ctx);
    const { ticket } = ctx;
    if (!mayRate(ticket.status, ticket.rating)) throw new AppError("TICKET_STATE", "A ticket is rated once, after it is resolved");
    return {
      statements: [updateTicket(ctx.db, ticket.id, { rating: command.rating, ratedAt: ctx.now, updatedAt: ctx.now })],
      note: {
        text: `${command.authorName} rated the help ${command.rating}/5.`,
        category: "rating",
        action: "ticket.client_rate",
        kind: "system",
      },
      activity: { kind: "system", summary: `Rated ${command.rating}/5 by ${command.authorName}`, data: { rating: command.rating } },
      audit: { action: "ticket.client_rate", targetType: "ticket", targetId: ticket.id, details: { rating: command.rating } },
      reply: { ticketId: ticket.id },
      accountChanged: true,
    };
  },
};
