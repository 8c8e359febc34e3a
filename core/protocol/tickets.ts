// The service desk's HTTP shapes: the queue's query (every filter in the URL, a keyset cursor), the
// bodies of the console's ticket endpoints, the portal's, and the inbound email webhook's.
import * as v from "valibot";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TEAMS } from "../domain/tickets";
import { TicketBodySchema, TicketSubjectSchema } from "./ticket-commands";

export const TicketIdSchema = v.pipe(v.string(), v.regex(/^tkt_[\w-]{1,60}$/, "is not a ticket id"));
export const TicketParamSchema = v.object({ id: TicketIdSchema });

const Bool = v.optional(
  v.pipe(
    v.picklist(["true", "false", "1", "0"]),
    v.transform((s) => s === "true" || s === "1"),
  ),
);

/** GET /api/desk/tickets. Status "active" (the default) is new, open and waiting on the client; "all" is every status. */
export const TicketQueueQuerySchema = v.object({
  status: v.optional(v.picklist(["active", "all", ...TICKET_STATUSES]), "active"),
  /** One merchant's tickets (the merchant profile's Tickets tab). */
  merchant: v.optional(v.pipe(v.string(), v.regex(/^mer_\d{4,8}$/, "is not a merchant id"))),
  priority: v.optional(v.picklist(TICKET_PRIORITIES)),
  team: v.optional(v.picklist(TICKET_TEAMS)),
  mine: Bool,
  breached: Bool,
  /** The keyset cursor: the last row's SLA due time and id. */
  afterDue: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number))),
  afterId: v.optional(TicketIdSchema),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(100)), "50"),
});
export type TicketQueueQuery = v.InferOutput<typeof TicketQueueQuerySchema>;

/** POST /api/desk/tickets/:id/replies (public, needs ownership). */
export const TicketReplyBodySchema = v.object({ lockToken: v.pipe(v.number(), v.integer(), v.minValue(1)), body: TicketBodySchema });

/** POST /api/portal/tickets: a merchant user opens a ticket. */
export const PortalTicketOpenSchema = v.object({
  subject: TicketSubjectSchema,
  priority: v.optional(v.picklist(TICKET_PRIORITIES), "normal"),
  team: v.optional(v.picklist(["support", "billing", "technical"]), "support"),
  body: TicketBodySchema,
});
export const PortalTicketReplySchema = v.object({ body: TicketBodySchema });
export const PortalTicketRateSchema = v.object({ rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)) });

/** POST /api/email/inbound: the mail provider's parsed message (signed by the Worker secret). */
export const InboundEmailSchema = v.object({
  from: v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200)),
  fromName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(120))),
  to: v.pipe(v.string(), v.trim(), v.maxLength(300)),
  subject: v.pipe(v.string(), v.maxLength(500)),
  text: TicketBodySchema,
});
