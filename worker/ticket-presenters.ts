// The desk's rows and details as the console's answers; the portal's, with public messages only.
import { isBreached } from "../core/domain/tickets";
import type { PortalTicket, PortalTicketDetail, TicketDetail, TicketMessage, TicketRow } from "../core/protocol/ticket-answers";
import type { TicketQueueRow, ticketMessagesOf, ticketRow } from "../db/repositories/tickets";

type MessageRow = Awaited<ReturnType<typeof ticketMessagesOf>>[number];
type DetailRow = NonNullable<Awaited<ReturnType<typeof ticketRow>>>;

export function presentTicketRow(row: TicketQueueRow, now: number): TicketRow {
  return {
    id: row.id,
    subject: row.subject,
    priority: row.priority,
    status: row.status,
    team: row.team,
    client: row.merchantId
      ? { kind: "merchant", id: row.merchantId, name: row.merchantName ?? row.merchantId }
      : { kind: "customer", id: row.customerId ?? "", name: row.customerName ?? "Customer" },
    assignee: row.assigneeId ? { staffId: row.assigneeId, name: row.assigneeName ?? "" } : null,
    slaDueAt: row.slaDueAt,
    slaPausedAt: row.slaPausedAt,
    breached: isBreached(row, now),
    escalated: row.escalated,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentMessage(m: MessageRow): TicketMessage {
  return {
    id: m.id,
    visibility: m.visibility,
    author: { staffId: m.authorId, name: m.authorName },
    action: m.action,
    text: m.text,
    createdAt: m.createdAt,
  };
}

export function presentTicketDetail(row: DetailRow, messages: MessageRow[], now: number): TicketDetail {
  return {
    ticket: {
      ...presentTicketRow(row, now),
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      channel: row.channel,
      rating: row.rating,
      resolvedAt: row.resolvedAt,
    },
    messages: messages.map(presentMessage),
    serverTime: now,
  };
}

export function presentPortalTicket(row: {
  id: string;
  subject: string;
  status: PortalTicket["status"];
  priority: PortalTicket["priority"];
  createdAt: number;
  updatedAt: number;
  rating: number | null;
  lastReplyAt: number | null;
}): PortalTicket {
  return { ...row, lastReplyAt: row.lastReplyAt === null ? null : Number(row.lastReplyAt) };
}

/** The portal's messages: public replies and the client's own words; internal notes never leave the console. */
export function presentPortalMessages(messages: MessageRow[]): PortalTicketDetail["messages"] {
  return messages
    .filter((m) => m.visibility === "public" || m.visibility === "client")
    .map((m) => ({
      id: m.id,
      from: m.visibility === "client" ? ("you" as const) : ("support" as const),
      // Staff are shown by first name only to clients.
      author: m.visibility === "client" ? m.authorName : (m.authorName.split(" ")[0] ?? "Support"),
      text: m.text,
      createdAt: m.createdAt,
    }));
}
