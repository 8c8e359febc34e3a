// Escalation to sales: the ticket goes to the sales team, assigned to the sales rep with the fewest
// active tickets, with its history (the rep is emailed the conversation by the room, and sees it in
// the console). The alarm's escalation (ticket.escalate_due) runs once: the handler re-reads the
// ticket and does nothing unless it is still active, unescalated and past its due time.
import type * as v from "valibot";
import { shouldEscalate } from "../../core/domain/tickets";
import { AppError } from "../../core/protocol/errors";
import type { TicketEscalateDueSchema } from "../../core/protocol/ticket-commands";
import { salesRepFor, type TicketSet, updateTicket } from "../../db/repositories/tickets";
import type { CommandPlan } from "../commands/types";
import type { TicketContext, TicketHandler } from "./types";

export async function escalationPlan(ctx: TicketContext, note: string, why: string): Promise<CommandPlan> {
  const { ticket } = ctx;
  const rep = await salesRepFor(ctx.db, ctx.actor.orgId);
  if (!rep) throw new AppError("CONFLICT", "No active sales rep to escalate to");
  const set: TicketSet = {
    team: "sales",
    assigneeId: rep.id,
    escalated: true,
    escalatedAt: ctx.now,
    updatedAt: ctx.now,
    ...(ticket.status === "new" ? { status: "open" as const } : {}),
  };
  return {
    statements: [updateTicket(ctx.db, ticket.id, set)],
    note: { text: `${note} Assigned to ${rep.name} (sales).`, category: "escalation", action: "ticket.escalate", kind: "system" },
    activity: { kind: "system", summary: `Escalated to sales (${why}): ${rep.name}`, data: { assigneeId: rep.id, why } },
    audit: { action: "ticket.escalate", targetType: "ticket", targetId: ticket.id, details: { assigneeId: rep.id, why } },
    reply: { ticketId: ticket.id, assigneeId: rep.id },
    accountChanged: true,
  };
}

export const ticketEscalateDue: TicketHandler<v.InferOutput<typeof TicketEscalateDueSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx) {
    if (!ctx.exists || !shouldEscalate(ctx.ticket, ctx.now)) return { skip: "stale" };
    return escalationPlan(ctx, "Not resolved by its SLA due time.", "SLA lapsed");
  },
};
