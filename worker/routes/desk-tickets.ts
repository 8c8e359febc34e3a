// The service desk in the console: the queue (GET /api/desk/tickets, one indexed query with a
// keyset cursor), the floor's counters, a ticket with its messages and history, and the ticket's
// changes through its room (docs/decisions/015-merchant-rooms.md): a public reply (needs
// ownership; emailed to the client), an internal note, a status change, escalation to sales; and a
// rep opening a ticket on behalf of a consumer customer.
import { Hono } from "hono";
import * as v from "valibot";
import { csScore } from "../../core/domain/tickets";
import { AppError } from "../../core/protocol/errors";
import type { DeskCounters, TicketDetail, TicketQueuePage } from "../../core/protocol/ticket-answers";
import { TicketEscalateSchema, TicketNoteSchema, TicketOpenSchema, TicketStatusChangeSchema } from "../../core/protocol/ticket-commands";
import { TicketParamSchema, TicketQueueQuerySchema, TicketReplyBodySchema } from "../../core/protocol/tickets";
import { newId } from "../../db/crypto";
import { deskCounters, ticketMessagesOf, ticketQueuePage, ticketRow } from "../../db/repositories/tickets";
import type { AppEnv } from "../env";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughTicketRoom } from "../rooms";
import { presentTicketDetail, presentTicketRow } from "../ticket-presenters";

const OpenBodySchema = v.omit(TicketOpenSchema, ["type"]);
const NoteBodySchema = v.omit(TicketNoteSchema, ["type"]);
const StatusBodySchema = v.omit(TicketStatusChangeSchema, ["type"]);
const EscalateBodySchema = v.omit(TicketEscalateSchema, ["type"]);

export const deskTicketRoutes = new Hono<AppEnv>()
  .use(requirePermission("ticket.read"))
  .get("/tickets", validate("query", TicketQueueQuerySchema), async (c) => {
    const query = c.req.valid("query");
    const now = Date.now();
    const rows = await ticketQueuePage(c.var.db, c.var.actor.orgId, {
      status: query.status,
      merchantId: query.merchant,
      priority: query.priority,
      team: query.team,
      assigneeId: query.mine ? c.var.actor.id : undefined,
      breachedAt: query.breached ? now : undefined,
      after: query.afterDue !== undefined && query.afterId ? { due: query.afterDue, id: query.afterId } : undefined,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return c.json<TicketQueuePage>({
      items: page.map((row) => presentTicketRow(row, now)),
      next: rows.length > query.limit && last ? { afterDue: last.slaDueAt, afterId: last.id } : null,
      serverTime: now,
    });
  })
  .get("/counters", async (c) => {
    const counters = await deskCounters(c.var.db, c.var.actor.orgId, Date.now());
    const score = counters.average === null ? null : csScore([counters.average]);
    return c.json<DeskCounters>({ open: counters.open, breached: counters.breached, csScore: score, ratings: counters.ratings });
  })
  .get("/tickets/:id", validate("param", TicketParamSchema), async (c) => {
    const { id } = c.req.valid("param");
    const row = await ticketRow(c.var.db, c.var.actor.orgId, id);
    if (!row) throw new AppError("NOT_FOUND", "No such ticket");
    const messages = await ticketMessagesOf(c.var.db, id, false);
    return c.json<TicketDetail>(presentTicketDetail(row, messages, Date.now()));
  })
  .post("/tickets", requirePermission("ticket.open"), validate("json", OpenBodySchema), async (c) => {
    return mutateThroughTicketRoom(c, newId("tkt"), { type: "ticket.open", ...c.req.valid("json") }, 201);
  })
  .post(
    "/tickets/:id/replies",
    requirePermission("ticket.work"),
    validate("param", TicketParamSchema),
    validate("json", TicketReplyBodySchema),
    async (c) => {
      return mutateThroughTicketRoom(c, c.req.valid("param").id, { type: "ticket.reply", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/tickets/:id/notes",
    requirePermission("ticket.work"),
    validate("param", TicketParamSchema),
    validateNoted(NoteBodySchema, "text"),
    async (c) => {
      return mutateThroughTicketRoom(c, c.req.valid("param").id, { type: "ticket.note", ...c.req.valid("json") }, 201);
    },
  )
  .post(
    "/tickets/:id/status",
    requirePermission("ticket.work"),
    validate("param", TicketParamSchema),
    validateNoted(StatusBodySchema, "note"),
    async (c) => {
      return mutateThroughTicketRoom(c, c.req.valid("param").id, { type: "ticket.status", ...c.req.valid("json") });
    },
  )
  .post(
    "/tickets/:id/escalate",
    requirePermission("ticket.work"),
    validate("param", TicketParamSchema),
    validateNoted(EscalateBodySchema, "note"),
    async (c) => {
      return mutateThroughTicketRoom(c, c.req.valid("param").id, { type: "ticket.escalate", ...c.req.valid("json") });
    },
  );
