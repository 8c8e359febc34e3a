// Every command a ticket's room runs, by type, and how the mutation path finds a ticket (or, for
// an opening command, the ticket it creates).
import type { TicketCommand, TicketCommandType } from "../../core/protocol/ticket-commands";
import { TICKET_TABLES } from "../../db/repositories/ticket-tables";
import { findTicket, type TicketRecord } from "../../db/repositories/tickets";
import type { AccountCommands } from "../mutation";
import { ticketClientMessage, ticketClientRate, ticketClientReopen } from "./client";
import { ticketMailUndelivered } from "./delivery";
import { ticketEscalateDue } from "./escalate";
import { ticketClientOpen, ticketOpen } from "./open";
import type { TicketContext, TicketHandler } from "./types";
import { ticketEscalate, ticketNote, ticketReply, ticketStatus } from "./work";

type HandlerMap = { [T in TicketCommandType]: TicketHandler<Extract<TicketCommand, { type: T }>> };

export const TICKET_HANDLERS: HandlerMap = {
  "ticket.open": ticketOpen,
  "ticket.client_open": ticketClientOpen,
  "ticket.reply": ticketReply,
  "ticket.note": ticketNote,
  "ticket.status": ticketStatus,
  "ticket.escalate": ticketEscalate,
  "ticket.escalate_due": ticketEscalateDue,
  "ticket.mail_undelivered": ticketMailUndelivered,
  "ticket.client_message": ticketClientMessage,
  "ticket.client_reopen": ticketClientReopen,
  "ticket.client_rate": ticketClientRate,
};

const OPENING: ReadonlySet<string> = new Set(["ticket.open", "ticket.client_open"]);

/** The record an opening command starts from (its handler writes the row); `exists` false. */
function blankTicket(command: TicketCommand, ids: { accountId: string; orgId: string }, now: number): TicketRecord | null {
  if (!OPENING.has(command.type)) return null;
  return {
    id: ids.accountId,
    orgId: ids.orgId,
    merchantId: null,
    customerId: null,
    subject: "",
    priority: "normal",
    status: "new",
    team: "support",
    assigneeId: null,
    slaDueAt: now,
    slaPausedAt: null,
    escalated: false,
    escalatedAt: null,
    replyToken: "",
    contactEmail: "",
    contactName: "",
    channel: "portal",
    rating: null,
    ratedAt: null,
    lockEpoch: 0,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
  };
}

/** The ticket commands, with the SLA table's scale the room runs at. */
export function ticketCommands(slaScale: number): AccountCommands<TicketRecord & { exists?: boolean }, TicketCommand, TicketContext> {
  return {
    tables: TICKET_TABLES,
    notFound: "No such ticket",
    async find(db, orgId, id) {
      const row = await findTicket(db, orgId, id);
      return row ? { ...row, exists: true } : null;
    },
    handlerFor: (command) => TICKET_HANDLERS[command.type] as TicketHandler<TicketCommand>,
    context: (base, account) => {
      const { exists, ...ticket } = account;
      return { ...base, ticket, exists: exists === true, slaScale };
    },
    create: (command, ids, now) => {
      const blank = blankTicket(command, ids, now);
      return blank ? { ...blank, exists: false } : null;
    },
  };
}
