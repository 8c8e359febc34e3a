// Every query and statement of the service desk: a ticket by id or reply token, the queue (a team's
// open tickets by SLA due, one indexed query with a keyset cursor), messages, a merchant's tickets
// for the portal, the floor's counters, the sales rep an escalation goes to, inbound emails seen.
import { aliasedTable, and, asc, avg, count, desc, eq, gt, inArray, isNotNull, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { TicketPriority, TicketStatus, TicketTeam } from "../../core/domain/tickets";
import type { Database } from "../client";
import { customers, inboundEmails, merchantContacts, merchants, merchantUsers, staff, ticketMessages, tickets } from "../schema";
import type { Statement } from "./audit";

export type TicketRecord = typeof tickets.$inferSelect;
export type TicketInsert = typeof tickets.$inferInsert;
export type TicketSet = Partial<Omit<TicketInsert, "id" | "orgId" | "replyToken" | "createdAt">>;

export async function findTicket(db: Database, orgId: string, id: string): Promise<TicketRecord | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.orgId, orgId), eq(tickets.id, id)))
    .limit(1);
  return row ?? null;
}

export async function ticketById(db: Database, id: string): Promise<TicketRecord | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row ?? null;
}

export async function ticketByReplyToken(db: Database, token: string): Promise<TicketRecord | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.replyToken, token)).limit(1);
  return row ?? null;
}

export function insertTicket(db: Database, row: TicketInsert): Statement {
  return db.insert(tickets).values(row);
}

export function updateTicket(db: Database, id: string, set: TicketSet): Statement {
  return db.update(tickets).set(set).where(eq(tickets.id, id));
}

const ACTIVE_STATUSES: TicketStatus[] = ["new", "open", "waiting_on_client"];

export interface TicketQueueFilters {
  status: "active" | "all" | TicketStatus;
  merchantId?: string;
  priority?: TicketPriority;
  team?: TicketTeam;
  assigneeId?: string;
  /** Only tickets whose clock reached its due time by then. */
  breachedAt?: number;
  after?: { due: number; id: string };
  limit: number;
}

const assignee = aliasedTable(staff, "assignee");

/** A queue row's columns (the ticket with its merchant's, customer's and assignee's names). */
const QUEUE_COLUMNS = {
  id: tickets.id,
  subject: tickets.subject,
  priority: tickets.priority,
  status: tickets.status,
  team: tickets.team,
  merchantId: tickets.merchantId,
  merchantName: merchants.name,
  customerId: tickets.customerId,
  customerName: customers.fullName,
  assigneeId: tickets.assigneeId,
  assigneeName: assignee.name,
  slaDueAt: tickets.slaDueAt,
  slaPausedAt: tickets.slaPausedAt,
  escalated: tickets.escalated,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
};

/**
 * One page of the queue, by SLA due then id. With `status` active and a team it reads the partial
 * index tickets_queue_idx (org, team, sla_due_at, id WHERE active) in order, stopping at `limit`.
 */
export function ticketQueuePage(db: Database, orgId: string, filters: TicketQueueFilters) {
  const where: (SQL | undefined)[] = [eq(tickets.orgId, orgId)];
  if (filters.status === "active") where.push(sql`${tickets.status} IN ('new', 'open', 'waiting_on_client')`);
  else if (filters.status !== "all") where.push(eq(tickets.status, filters.status));
  if (filters.merchantId) where.push(eq(tickets.merchantId, filters.merchantId));
  if (filters.team) where.push(eq(tickets.team, filters.team));
  if (filters.priority) where.push(eq(tickets.priority, filters.priority));
  if (filters.assigneeId) where.push(eq(tickets.assigneeId, filters.assigneeId));
  if (filters.breachedAt !== undefined)
    where.push(
      inArray(tickets.status, ACTIVE_STATUSES),
      sql`${tickets.slaDueAt} <= coalesce(${tickets.slaPausedAt}, ${filters.breachedAt})`,
    );
  if (filters.after)
    where.push(or(gt(tickets.slaDueAt, filters.after.due), and(eq(tickets.slaDueAt, filters.after.due), gt(tickets.id, filters.after.id))));
  return db
    .select(QUEUE_COLUMNS)
    .from(tickets)
    .leftJoin(merchants, eq(merchants.id, tickets.merchantId))
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .where(and(...where))
    .orderBy(asc(tickets.slaDueAt), asc(tickets.id))
    .limit(filters.limit);
}
export type TicketQueueRow = Awaited<ReturnType<typeof ticketQueuePage>>[number];

/** The queue's statement as SQL and parameters (the plan check in the unit tests, the bench). */
export function ticketQueueSql(db: Database, orgId: string, filters: TicketQueueFilters) {
  return ticketQueuePage(db, orgId, filters).toSQL();
}

/** The same row for one ticket (the detail's header). */
export async function ticketRow(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select({
      ...QUEUE_COLUMNS,
      contactName: tickets.contactName,
      contactEmail: tickets.contactEmail,
      channel: tickets.channel,
      rating: tickets.rating,
      resolvedAt: tickets.resolvedAt,
    })
    .from(tickets)
    .leftJoin(merchants, eq(merchants.id, tickets.merchantId))
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .leftJoin(assignee, eq(assignee.id, tickets.assigneeId))
    .where(and(eq(tickets.orgId, orgId), eq(tickets.id, id)))
    .limit(1);
  return row ?? null;
}

/** A ticket's messages, oldest first; `publicOnly` leaves internal notes out (the portal's and the email's view). */
export async function ticketMessagesOf(db: Database, ticketId: string, publicOnly: boolean) {
  return db
    .select()
    .from(ticketMessages)
    .where(
      and(
        eq(ticketMessages.ticketId, ticketId),
        // The automatic "viewed" notes stay in the record (and the audit), out of the conversation.
        ne(ticketMessages.action, "ticket.view"),
        publicOnly ? inArray(ticketMessages.visibility, ["public", "client"]) : undefined,
      ),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id))
    .limit(500);
}

/** The portal's tracking list: a merchant's tickets, newest first, with the last public reply's time. */
export async function merchantTickets(db: Database, orgId: string, merchantId: string) {
  // Qualified by hand: both tables have id and created_at, and the subquery must name the outer ticket.
  const lastReply = sql<
    number | null
  >`(SELECT max(m.created_at) FROM ticket_messages m WHERE m.ticket_id = "tickets"."id" AND m.visibility = 'public')`;
  return db
    .select({
      id: tickets.id,
      subject: tickets.subject,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
      updatedAt: tickets.updatedAt,
      rating: tickets.rating,
      lastReplyAt: lastReply,
    })
    .from(tickets)
    .where(and(eq(tickets.orgId, orgId), eq(tickets.merchantId, merchantId)))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(200);
}

/** The floor's counters: active tickets, breached ones now, and the CS score (average rating). */
export async function deskCounters(db: Database, orgId: string, now: number) {
  const [open, breached, rated] = await db.batch([
    db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.orgId, orgId), inArray(tickets.status, ACTIVE_STATUSES))),
    db
      .select({ n: count() })
      .from(tickets)
      .where(
        and(
          eq(tickets.orgId, orgId),
          inArray(tickets.status, ACTIVE_STATUSES),
          sql`${tickets.slaDueAt} <= coalesce(${tickets.slaPausedAt}, ${now})`,
        ),
      ),
    db
      .select({ n: count(), average: avg(tickets.rating) })
      .from(tickets)
      .where(and(eq(tickets.orgId, orgId), isNotNull(tickets.rating))),
  ]);
  return {
    open: open[0]?.n ?? 0,
    breached: breached[0]?.n ?? 0,
    ratings: rated[0]?.n ?? 0,
    average: rated[0]?.average === null || rated[0]?.average === undefined ? null : Number(rated[0].average),
  };
}

/**
 * The sales rep an escalation goes to: the active sales rep of the org with the fewest active
 * escalated tickets (ties by id), so escalations spread.
 */
export async function salesRepFor(db: Database, orgId: string) {
  const load = sql<number>`(SELECT count(*) FROM ${tickets} WHERE ${tickets.assigneeId} = ${staff.id} AND ${tickets.status} IN ('new', 'open', 'waiting_on_client'))`;
  const [row] = await db
    .select({ id: staff.id, name: staff.name, email: staff.email })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.role, "sales"), eq(staff.status, "active")))
    .orderBy(load, asc(staff.id))
    .limit(1);
  return row ?? null;
}

export async function staffContact(db: Database, staffId: string) {
  const [row] = await db.select({ id: staff.id, name: staff.name, email: staff.email }).from(staff).where(eq(staff.id, staffId)).limit(1);
  return row ?? null;
}

/** The customer a rep opens a ticket for: name and email (the ticket's contact). */
export async function customerContact(db: Database, orgId: string, customerId: string) {
  const [row] = await db
    .select({ id: customers.id, name: customers.fullName, email: customers.email })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId)))
    .limit(1);
  return row ?? null;
}

/** A signed inbound email is taken once: a replay of the same signature is refused (the row's key). */
export async function rememberInboundEmail(db: Database, signature: string, ticketId: string | null, now: number): Promise<boolean> {
  const rows = await db.insert(inboundEmails).values({ signature, ticketId, receivedAt: now }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/**
 * Tickets of every org whose clock lapsed by `before` and that are not escalated yet (active, clock
 * running): the cron hands each to its room (worker/jobs/ticket-lapses.ts), oldest lapse first.
 */
export function lapsedTicketsQuery(db: Database, before: number, limit: number) {
  // The literal condition is the partial index tickets_lapse_idx's own, so SQLite reads that index.
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        sql`${tickets.status} IN ('new', 'open') AND ${tickets.escalated} = 0 AND ${tickets.slaPausedAt} IS NULL`,
        lte(tickets.slaDueAt, before),
      ),
    )
    .orderBy(asc(tickets.slaDueAt))
    .limit(limit);
}

export async function ticketsAwaitingEscalation(db: Database, before: number, limit: number): Promise<{ id: string }[]> {
  return lapsedTicketsQuery(db, before, limit);
}

/**
 * The merchant an email comes from (an email without a ticket's reference opens a ticket): an active
 * portal user's address first, else one of the merchant's contacts.
 */
export async function merchantByContactEmail(db: Database, email: string) {
  const address = email.toLowerCase();
  const [user] = await db
    .select({ merchantId: merchantUsers.merchantId, orgId: merchantUsers.orgId, contactName: merchantUsers.name })
    .from(merchantUsers)
    .where(and(eq(merchantUsers.email, address), eq(merchantUsers.status, "active")))
    .limit(1);
  if (user) return user;
  const [row] = await db
    .select({ merchantId: merchants.id, orgId: merchants.orgId, contactName: merchantContacts.name })
    .from(merchantContacts)
    .innerJoin(merchants, eq(merchants.id, merchantContacts.merchantId))
    .where(eq(sql`lower(${merchantContacts.email})`, address))
    .limit(1);
  return row ?? null;
}
