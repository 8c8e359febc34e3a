// The merchant portal's help center (/api/portal/tickets): a merchant user opens a ticket, lists
// their own merchant's tickets, reads one (public replies and their own words only: internal notes
// never leave the console), replies, reopens a resolved one (which escalates it to sales) and rates
// the help 1-5 once it is resolved. Every change goes through the ticket's room as the system actor
// named after the user (the room is the single writer). Another merchant's ticket id is 404, the
// attempt recorded in the user's own audit stream.
import type { Context } from "hono";
import { Hono } from "hono";
import type * as v from "valibot";
import { systemActor } from "../../core/domain/system-actor";
import { AppError } from "../../core/protocol/errors";
import type { PortalTicketDetail, PortalTicketListSchema } from "../../core/protocol/ticket-answers";
import type { TicketCommand } from "../../core/protocol/ticket-commands";
import { PortalTicketOpenSchema, PortalTicketRateSchema, PortalTicketReplySchema, TicketParamSchema } from "../../core/protocol/tickets";
import { newId } from "../../db/crypto";
import { findTicket, merchantTickets, type TicketRecord, ticketMessagesOf } from "../../db/repositories/tickets";
import type { AppEnv } from "../env";
import { merchantAudit, recordMerchantAudit, requireMerchantUser } from "../middleware/merchant-session";
import { validate } from "../middleware/validate";
import { commandThroughTicketRoom } from "../rooms";
import { presentPortalMessages, presentPortalTicket } from "../ticket-presenters";

/** The user's merchant's ticket; any other id (another merchant's, another org's, none) is 404, audited. */
async function ownTicket(c: Context<AppEnv>, id: string, action: string): Promise<TicketRecord> {
  const user = c.var.merchantUser;
  const ticket = await findTicket(c.var.db, user.orgId, id);
  if (!ticket || ticket.merchantId !== user.merchantId) {
    await recordMerchantAudit(
      c,
      merchantAudit(c, { action, targetType: "ticket", targetId: id, outcome: "denied", details: { code: "NOT_FOUND" } }),
    );
    throw new AppError("NOT_FOUND", "No such ticket");
  }
  return ticket;
}

const clientActor = (c: Context<AppEnv>) => systemActor(c.var.merchantUser.orgId, "portal", c.var.merchantUser.name);

function run(c: Context<AppEnv>, ticketId: string, command: TicketCommand) {
  return commandThroughTicketRoom(c, ticketId, command, clientActor(c));
}

async function detail(c: Context<AppEnv>, ticket: TicketRecord): Promise<PortalTicketDetail> {
  const messages = await ticketMessagesOf(c.var.db, ticket.id, true);
  const lastReply = messages.filter((m) => m.visibility === "public").at(-1)?.createdAt ?? null;
  return {
    ticket: presentPortalTicket({ ...ticket, lastReplyAt: lastReply }),
    messages: presentPortalMessages(messages),
  };
}

export const portalTicketRoutes = new Hono<AppEnv>()
  .use(requireMerchantUser)
  .get("/", async (c) => {
    const user = c.var.merchantUser;
    const rows = await merchantTickets(c.var.db, user.orgId, user.merchantId);
    return c.json<v.InferOutput<typeof PortalTicketListSchema>>({ items: rows.map(presentPortalTicket) });
  })
  .post("/", validate("json", PortalTicketOpenSchema), async (c) => {
    const user = c.var.merchantUser;
    const body = c.req.valid("json");
    const ticketId = newId("tkt");
    await run(c, ticketId, {
      type: "ticket.client_open",
      merchantId: user.merchantId,
      customerId: null,
      subject: body.subject,
      priority: body.priority,
      team: body.team,
      body: body.body,
      contactEmail: user.email,
      contactName: user.name,
      channel: "portal",
      replyToken: newId("rt"),
    });
    const ticket = await ownTicket(c, ticketId, "ticket.read");
    return c.json<PortalTicketDetail>(await detail(c, ticket), 201);
  })
  .get("/:id", validate("param", TicketParamSchema), async (c) => {
    const ticket = await ownTicket(c, c.req.valid("param").id, "ticket.read");
    return c.json<PortalTicketDetail>(await detail(c, ticket));
  })
  .post("/:id/replies", validate("param", TicketParamSchema), validate("json", PortalTicketReplySchema), async (c) => {
    const ticket = await ownTicket(c, c.req.valid("param").id, "ticket.client_message");
    await run(c, ticket.id, {
      type: "ticket.client_message",
      body: c.req.valid("json").body,
      authorName: c.var.merchantUser.name,
      via: "portal",
    });
    return c.json<PortalTicketDetail>(await detail(c, (await findTicket(c.var.db, ticket.orgId, ticket.id)) ?? ticket), 201);
  })
  .post("/:id/reopen", validate("param", TicketParamSchema), validate("json", PortalTicketReplySchema), async (c) => {
    const ticket = await ownTicket(c, c.req.valid("param").id, "ticket.client_reopen");
    await run(c, ticket.id, { type: "ticket.client_reopen", body: c.req.valid("json").body, authorName: c.var.merchantUser.name });
    return c.json<PortalTicketDetail>(await detail(c, (await findTicket(c.var.db, ticket.orgId, ticket.id)) ?? ticket));
  })
  .post("/:id/rating", validate("param", TicketParamSchema), validate("json", PortalTicketRateSchema), async (c) => {
    const ticket = await ownTicket(c, c.req.valid("param").id, "ticket.client_rate");
    await run(c, ticket.id, { type: "ticket.client_rate", rating: c.req.valid("json").rating, authorName: c.var.merchantUser.name });
    return c.json<PortalTicketDetail>(await detail(c, (await findTicket(c.var.db, ticket.orgId, ticket.id)) ?? ticket));
  });
