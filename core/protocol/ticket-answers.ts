// The service desk's HTTP answers: the queue page, a ticket with its messages and history (the
// console's), the portal's ticket (public replies and the client's words only), the counters.
import * as v from "valibot";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TEAMS } from "../domain/tickets";
import { commandReply } from "./replies";

const Person = v.object({ staffId: v.string(), name: v.string() });
const Status = v.picklist(TICKET_STATUSES);
const Priority = v.picklist(TICKET_PRIORITIES);
const Team = v.picklist(TICKET_TEAMS);

export const TicketRowSchema = v.object({
  id: v.string(),
  subject: v.string(),
  priority: Priority,
  status: Status,
  team: Team,
  /** Who the ticket concerns: the merchant's or the customer's name. */
  client: v.object({ kind: v.picklist(["merchant", "customer"]), id: v.string(), name: v.string() }),
  assignee: v.nullable(Person),
  slaDueAt: v.number(),
  slaPausedAt: v.nullable(v.number()),
  breached: v.boolean(),
  escalated: v.boolean(),
  createdAt: v.number(),
  updatedAt: v.number(),
});
export type TicketRow = v.InferOutput<typeof TicketRowSchema>;

export const TicketQueuePageSchema = v.object({
  items: v.array(TicketRowSchema),
  next: v.nullable(v.object({ afterDue: v.number(), afterId: v.string() })),
  serverTime: v.number(),
});
export type TicketQueuePage = v.InferOutput<typeof TicketQueuePageSchema>;

export const TicketMessageSchema = v.object({
  id: v.string(),
  visibility: v.picklist(["public", "internal", "client"]),
  author: v.object({ staffId: v.nullable(v.string()), name: v.string() }),
  action: v.string(),
  text: v.string(),
  createdAt: v.number(),
});
export type TicketMessage = v.InferOutput<typeof TicketMessageSchema>;

export const TicketDetailSchema = v.object({
  ticket: v.object({
    ...TicketRowSchema.entries,
    contactName: v.string(),
    contactEmail: v.string(),
    channel: v.picklist(["portal", "email", "console"]),
    rating: v.nullable(v.number()),
    resolvedAt: v.nullable(v.number()),
  }),
  messages: v.array(TicketMessageSchema),
  serverTime: v.number(),
});
export type TicketDetail = v.InferOutput<typeof TicketDetailSchema>;

/** The portal's view: no internal notes, no assignee's identity beyond a first name, no history. */
export const PortalTicketSchema = v.object({
  id: v.string(),
  subject: v.string(),
  status: Status,
  priority: Priority,
  createdAt: v.number(),
  updatedAt: v.number(),
  rating: v.nullable(v.number()),
  /** Replies from the service team the client has not seen in the list (the last public message's time). */
  lastReplyAt: v.nullable(v.number()),
});
export type PortalTicket = v.InferOutput<typeof PortalTicketSchema>;
export const PortalTicketListSchema = v.object({ items: v.array(PortalTicketSchema) });
export const PortalTicketDetailSchema = v.object({
  ticket: PortalTicketSchema,
  messages: v.array(
    v.object({ id: v.string(), from: v.picklist(["you", "support"]), author: v.string(), text: v.string(), createdAt: v.number() }),
  ),
});
export type PortalTicketDetail = v.InferOutput<typeof PortalTicketDetailSchema>;

export const DeskCountersSchema = v.object({
  open: v.number(),
  breached: v.number(),
  /** The average rating, one decimal, or null when nothing is rated; and how many ratings. */
  csScore: v.nullable(v.number()),
  ratings: v.number(),
});
export type DeskCounters = v.InferOutput<typeof DeskCountersSchema>;

export const TicketChangedSchema = commandReply({
  ticketId: v.optional(v.string()),
  status: v.optional(Status),
  assigneeId: v.optional(v.string()),
});
export const TicketOpenedSchema = commandReply({ ticketId: v.string() });
export const InboundEmailAnswerSchema = v.object({ ticketId: v.string(), threaded: v.boolean() });
