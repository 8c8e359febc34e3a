// A rep working a ticket: a public reply (emailed to the client), an internal note (never leaves the
// console), a status change by the status machine (core/domain/tickets.ts), and escalation to sales.
// Replying, changing status and escalating need ownership; a note does not (it records, it changes nothing).
import type * as v from "valibot";
import { clockAfter, isActive, mayMove, STATUS_LABELS } from "../../core/domain/tickets";
import { AppError } from "../../core/protocol/errors";
import type {
  TicketEscalateSchema,
  TicketNoteSchema,
  TicketReplySchema,
  TicketStatusChangeSchema,
} from "../../core/protocol/ticket-commands";
import { type TicketSet, updateTicket } from "../../db/repositories/tickets";
import { escalationPlan } from "./escalate";
import type { TicketContext, TicketHandler } from "./types";

export function requireTicket(ctx: TicketContext): void {
  if (!ctx.exists) throw new AppError("NOT_FOUND", "No such ticket");
}

export const ticketReply: TicketHandler<v.InferOutput<typeof TicketReplySchema>> = {
  permission: "ticket.work",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireTicket(ctx);
    const { ticket } = ctx;
    if (ticket.status === "closed") throw new AppError("TICKET_STATE", "A closed ticket takes no replies");
    const set: TicketSet = { updatedAt: ctx.now, assigneeId: ticket.assigneeId ?? ctx.actor.id };
    // The first answer opens a new ticket.
    if (ticket.status === "new") set.status = "open";
    return {
      statements: [updateTicket(ctx.db, ticket.id, set)],
      note: { text: command.body, category: "reply", action: "ticket.reply" },
      activity: { kind: "communication", summary: `${ctx.actor.name} replied to ${ticket.contactName}`, data: { visibility: "public" } },
      audit: { action: "ticket.reply", targetType: "ticket", targetId: ticket.id },
      reply: { ticketId: ticket.id, status: set.status ?? ticket.status },
      accountChanged: true,
    };
  },
};

export const ticketNote: TicketHandler<v.InferOutput<typeof TicketNoteSchema>> = {
  permission: "ticket.work",
  requiresOwnership: false,
  async plan(ctx, command) {
    requireTicket(ctx);
    return {
      statements: [],
      note: { text: command.text, category: "internal", action: "ticket.note" },
      activity: { kind: "note", summary: command.text, data: { visibility: "internal" } },
      audit: { action: "ticket.note", targetType: "ticket", targetId: ctx.ticket.id },
      reply: { ticketId: ctx.ticket.id },
      // A new message: every open screen of the ticket reloads its conversation.
      accountChanged: true,
    };
  },
};

export const ticketStatus: TicketHandler<v.InferOutput<typeof TicketStatusChangeSchema>> = {
  permission: "ticket.work",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireTicket(ctx);
    const { ticket } = ctx;
    if (!mayMove(ticket.status, command.status, "staff"))
      throw new AppError(
        "TICKET_STATE",
        `A ticket cannot move from ${STATUS_LABELS[ticket.status].toLowerCase()} to ${STATUS_LABELS[command.status].toLowerCase()}`,
        { from: ticket.status, to: command.status },
      );
    const clock = clockAfter(ticket, command.status, ctx.now);
    const set: TicketSet = { status: command.status, ...clock, updatedAt: ctx.now, assigneeId: ticket.assigneeId ?? ctx.actor.id };
    if (command.status === "resolved") set.resolvedAt = ctx.now;
    if (isActive(command.status)) set.resolvedAt = null;
    return {
      statements: [updateTicket(ctx.db, ticket.id, set)],
      note: { text: command.note, category: "status", action: "ticket.status" },
      activity: {
        kind: "system",
        summary: `Status: ${STATUS_LABELS[ticket.status]} → ${STATUS_LABELS[command.status]}`,
        data: { from: ticket.status, to: command.status },
      },
      audit: { action: "ticket.status", targetType: "ticket", targetId: ticket.id, details: { from: ticket.status, to: command.status } },
      reply: { ticketId: ticket.id, status: command.status },
      accountChanged: true,
    };
  },
};

export const ticketEscalate: TicketHandler<v.InferOutput<typeof TicketEscalateSchema>> = {
  permission: "ticket.work",
  requiresOwnership: true,
  async plan(ctx, command) {
    requireTicket(ctx);
    if (!isActive(ctx.ticket.status)) throw new AppError("TICKET_STATE", "Only an active ticket can be escalated");
    return escalationPlan(ctx, command.note, "by hand");
  },
};
