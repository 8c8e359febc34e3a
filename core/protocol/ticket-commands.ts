// Commands that change a ticket. Each goes through the ticket's room (`mutate`), which checks
// permission, ownership and the fencing token, and writes the change, the note (a ticket message),
// the history item and the audit row together, exactly as a customer's or a merchant's room does.
// Staff commands come from the console; the `client.*` and `system` ones are run by the Worker as the
// system actor for what a merchant user or an emailing client did, and by the room's alarm.
import * as v from "valibot";
import { TICKET_MAIL_PURPOSES, TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TEAMS } from "../domain/tickets";
import { NoteTextSchema } from "./api";

const LockToken = v.pipe(v.number(), v.integer(), v.minValue(1));
const Id = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[\\w-]{1,60}$`), `is not a ${prefix} id`));
export const TicketSubjectSchema = v.pipe(v.string(), v.trim(), v.minLength(1, "a subject is required"), v.maxLength(200));
/** A message's body: a note's limits. */
export const TicketBodySchema = NoteTextSchema;
const Email = v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

/** A rep opens a ticket on behalf of a consumer customer (from the customer's profile). */
export const TicketOpenSchema = v.object({
  type: v.literal("ticket.open"),
  customerId: Id("cus"),
  subject: TicketSubjectSchema,
  priority: v.picklist(TICKET_PRIORITIES),
  team: v.optional(v.picklist(TICKET_TEAMS), "support"),
  body: TicketBodySchema,
});

/** A merchant user (portal) or an email opens a ticket: run as the system, attributed to the client by name. */
export const TicketClientOpenSchema = v.object({
  type: v.literal("ticket.client_open"),
  merchantId: v.nullable(Id("mer")),
  customerId: v.nullable(Id("cus")),
  subject: TicketSubjectSchema,
  priority: v.picklist(TICKET_PRIORITIES),
  team: v.picklist(TICKET_TEAMS),
  body: TicketBodySchema,
  contactEmail: Email,
  contactName: Name,
  channel: v.picklist(["portal", "email"]),
  replyToken: v.pipe(v.string(), v.regex(/^rt_[A-Za-z0-9]{20,60}$/)),
});

export const TicketReplySchema = v.object({ type: v.literal("ticket.reply"), lockToken: LockToken, body: TicketBodySchema });
export const TicketNoteSchema = v.object({ type: v.literal("ticket.note"), text: NoteTextSchema });
export const TicketStatusChangeSchema = v.object({
  type: v.literal("ticket.status"),
  lockToken: LockToken,
  status: v.picklist(TICKET_STATUSES),
  note: NoteTextSchema,
});
export const TicketEscalateSchema = v.object({ type: v.literal("ticket.escalate"), lockToken: LockToken, note: NoteTextSchema });
/** The room's alarm: the SLA lapsed. */
export const TicketEscalateDueSchema = v.object({ type: v.literal("ticket.escalate_due") });
/** The room, after an email's last try: the provider never took it (the ticket says so, for a person to follow up). */
export const TicketMailUndeliveredSchema = v.object({
  type: v.literal("ticket.mail_undelivered"),
  purpose: v.picklist(TICKET_MAIL_PURPOSES),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
/** The client wrote (portal reply or inbound email). */
export const TicketClientMessageSchema = v.object({
  type: v.literal("ticket.client_message"),
  body: TicketBodySchema,
  authorName: Name,
  via: v.picklist(["portal", "email"]),
});
export const TicketClientReopenSchema = v.object({ type: v.literal("ticket.client_reopen"), body: TicketBodySchema, authorName: Name });
export const TicketClientRateSchema = v.object({
  type: v.literal("ticket.client_rate"),
  rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  authorName: Name,
});

export const TicketCommandSchema = v.variant("type", [
  TicketOpenSchema,
  TicketClientOpenSchema,
  TicketReplySchema,
  TicketNoteSchema,
  TicketStatusChangeSchema,
  TicketEscalateSchema,
  TicketEscalateDueSchema,
  TicketMailUndeliveredSchema,
  TicketClientMessageSchema,
  TicketClientReopenSchema,
  TicketClientRateSchema,
]);
export type TicketCommand = v.InferOutput<typeof TicketCommandSchema>;
export type TicketCommandType = TicketCommand["type"];
