// The service desk's rules: a ticket's status machine (which moves are allowed, and by whom), its
// SLA due time by priority, when it is breached, the clock that pauses while waiting on the client,
// when it escalates to sales, and when the client may rate the help. Pure: state and `now` in.

export const TICKET_STATUSES = ["new", "open", "waiting_on_client", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const TICKET_TEAMS = ["support", "billing", "technical", "sales"] as const;
export type TicketTeam = (typeof TICKET_TEAMS)[number];

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: "New",
  open: "Open",
  waiting_on_client: "Waiting on client",
  resolved: "Resolved",
  closed: "Closed",
};

const HOUR = 3_600_000;

/** Hours from opening to the SLA due time, by priority (the README states the same table). */
export const SLA_HOURS: Record<TicketPriority, number> = { urgent: 1, high: 4, normal: 24, low: 72 };

/**
 * When a ticket opened at `openedAt` is due. `scale` shrinks the table for the end-to-end tests only
 * (the TICKET_SLA_SCALE var their setup sets); production runs at 1.
 */
export function slaDueAt(priority: TicketPriority, openedAt: number, scale = 1): number {
  return openedAt + Math.round(SLA_HOURS[priority] * HOUR * scale);
}

/** Who moves a ticket: the rep who owns it, the client (merchant user or emailing customer), or the system (its alarm). */
export type TicketMover = "staff" | "client" | "system";

const ACTIVE: readonly TicketStatus[] = ["new", "open", "waiting_on_client"];

export function isActive(status: TicketStatus): boolean {
  return ACTIVE.includes(status);
}

/** The allowed moves, by who makes them. Anything not listed is refused. */
export const TRANSITIONS: Record<TicketMover, Partial<Record<TicketStatus, readonly TicketStatus[]>>> = {
  staff: {
    new: ["open", "waiting_on_client", "resolved"],
    open: ["waiting_on_client", "resolved"],
    waiting_on_client: ["open", "resolved"],
    resolved: ["open", "closed"],
  },
  client: {
    // The client answering a question brings the ticket back to the desk.
    waiting_on_client: ["open"],
    // Reopening a resolved ticket (it also escalates to sales).
    resolved: ["open"],
  },
  system: {
    resolved: ["closed"],
  },
};

export function mayMove(from: TicketStatus, to: TicketStatus, by: TicketMover): boolean {
  return (TRANSITIONS[by][from] ?? []).includes(to);
}

export interface TicketClock {
  status: TicketStatus;
  slaDueAt: number;
  /** Since when the clock is paused (the ticket waits on the client), or null. */
  slaPausedAt: number | null;
}

/**
 * The clock after a status change at `now`: entering "waiting on client" pauses it; leaving it
 * moves the due time forward by the time spent waiting. Resolved and closed tickets keep their due time.
 */
export function clockAfter(clock: TicketClock, to: TicketStatus, now: number): { slaDueAt: number; slaPausedAt: number | null } {
  const paused = clock.slaPausedAt;
  if (to === "waiting_on_client") return { slaDueAt: clock.slaDueAt, slaPausedAt: paused ?? now };
  if (paused !== null) return { slaDueAt: clock.slaDueAt + Math.max(0, now - paused), slaPausedAt: null };
  return { slaDueAt: clock.slaDueAt, slaPausedAt: null };
}

/** Milliseconds left on the SLA at `now` (negative once breached); a paused clock stands where it paused. */
export function slaRemaining(clock: TicketClock, now: number): number {
  const at = clock.slaPausedAt ?? now;
  return clock.slaDueAt - at;
}

/** Breached: an active ticket whose clock reached its due time (a paused clock counts where it stopped). */
export function isBreached(clock: TicketClock, now: number): boolean {
  return isActive(clock.status) && slaRemaining(clock, now) <= 0;
}

/** The alarm escalates an active, not yet escalated ticket whose running clock has lapsed. */
export function shouldEscalate(ticket: TicketClock & { escalated: boolean }, now: number): boolean {
  return !ticket.escalated && ticket.slaPausedAt === null && ticket.status !== "waiting_on_client" && isBreached(ticket, now);
}

/** When the room's alarm must look at the ticket again: its due time while the clock runs, else never. */
export function escalationDeadline(ticket: TicketClock & { escalated: boolean }): number | null {
  if (ticket.escalated || !isActive(ticket.status) || ticket.status === "waiting_on_client" || ticket.slaPausedAt !== null) return null;
  return ticket.slaDueAt;
}

/** The client may rate the help once, 1 to 5, after the ticket is resolved (or closed). */
export function mayRate(status: TicketStatus, rating: number | null): boolean {
  return (status === "resolved" || status === "closed") && rating === null;
}

/** The CS score: the average rating (one decimal) of rated tickets, or null when none is rated. */
export function csScore(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  const sum = ratings.reduce((a, b) => a + b, 0);
  return Math.round((sum / ratings.length) * 10) / 10;
}

/** The reply token in an email's subject line: "[#tkt:<token>]". */
export function subjectWithToken(subject: string, token: string): string {
  return `${subject} [#tkt:${token}]`;
}

/** The token from an inbound email's subject or address (`desk+<token>@...`), or null. */
export function replyTokenFrom(text: string): string | null {
  const match = /\[#tkt:([A-Za-z0-9_-]{16,64})\]/.exec(text) ?? /\+([A-Za-z0-9_-]{16,64})@/.exec(text);
  return match?.[1] ?? null;
}

/** Waits between tries of a ticket's email the provider did not take: 5 s, 30 s, 2 min, 10 min, 1 h. */
export const MAIL_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000] as const;

/** The emails a ticket sends (party/ticket-room.ts `mailsFor`). */
export const TICKET_MAIL_PURPOSES = ["ticket.opened", "ticket.received", "ticket.reply", "ticket.resolved", "ticket.escalated"] as const;
export type TicketMailPurpose = (typeof TICKET_MAIL_PURPOSES)[number];

/** What each of them is, as the ticket's note says it when one could not be delivered. */
export const TICKET_MAIL_NAMES: Record<TicketMailPurpose, string> = {
  "ticket.opened": "the client's confirmation that the ticket was opened",
  "ticket.received": "the client's receipt for their request",
  "ticket.reply": "a reply to the client",
  "ticket.resolved": "the client's notice that the ticket was resolved",
  "ticket.escalated": "the sales rep's notice of the escalation",
};

/** When to try a mail again after `attempts` failed tries; null once every wait is spent (six tries in all). */
export function nextMailTry(attempts: number, now: number): number | null {
  const wait = MAIL_RETRY_DELAYS_MS[attempts - 1];
  return wait === undefined ? null : now + wait;
}
