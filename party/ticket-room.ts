// One room per ticket: the account room (party/account-room.ts) with the ticket's kind (its tables
// and permissions; no team floors: the desk's room follows tickets) and the ticket's commands. A
// ticket is worked live like an account: presence, ownership before replying or changing status,
// every action with a note, live on every open screen (docs/decisions/015-merchant-rooms.md).
//
// Its own deadline is the SLA due time of a ticket whose clock runs, kept in storage so eviction
// loses nothing; on the alarm the room escalates the ticket to sales as the system, through the
// same mutation path every change takes (once: the handler re-reads the ticket and skips one already
// escalated). After a change is committed the room sends the ticket's emails through the mailer
// the Worker gives it (`mailer()`: the Worker's subclass, worker/ticket-room.ts, since the mail
// providers are the Worker's) and tells the desk's room, whose queues fetch again.
import type { Actor } from "../core/domain/actor";
import { systemActor } from "../core/domain/system-actor";
import { escalationDeadline, subjectWithToken, type TicketMailPurpose } from "../core/domain/tickets";
import type { MutationResult } from "../core/protocol/commands";
import { frame } from "../core/protocol/room";
import type { TicketCommand } from "../core/protocol/ticket-commands";
import { staffContact, type TicketRecord, ticketById, ticketMessagesOf } from "../db/repositories/tickets";
import { AccountRoom, type Origin } from "./account-room";
import { type AccountKind, TICKET_KIND } from "./room/account-kind";
import { PendingMails } from "./room/pending-mails";
import { ticketCommands } from "./ticket-commands";

const NO_ORIGIN: Origin = { ip: null, userAgent: null };
const ESCALATE_AT = "escalateAt";
/** An escalation the database could not take yet is tried again after this long. */
const RETRY_MS = 5_000;

/** One email about a ticket (the Worker's mailer takes exactly this shape: worker/messaging/mailer.ts). */
export interface TicketMail {
  orgId: string;
  to: string;
  subject: string;
  text: string;
  purpose: TicketMailPurpose;
  replyToken?: string;
  merchantId?: string;
  customerId?: string;
}
export interface TicketMailer {
  send(mail: TicketMail, now: number): Promise<void>;
}

export abstract class TicketRoomBase extends AccountRoom {
  /** The mail provider the Worker configured. */
  protected abstract mailer(): TicketMailer;

  protected get kind(): AccountKind {
    return TICKET_KIND;
  }

  private get commands() {
    const scale = Number(this.env.TICKET_SLA_SCALE ?? "1");
    return ticketCommands(Number.isFinite(scale) && scale > 0 ? scale : 1);
  }

  /** The ticket's row changed: its screens reload it. */
  protected async broadcastAccount(): Promise<void> {
    for (const connection of this.sockets.connections()) {
      try {
        connection.send(frame({ type: "record-changed", record: "ticket", id: this.name }));
      } catch {
        // closing socket
      }
    }
  }

  /** The ticket's emails not yet taken by the provider, kept in storage until they are. */
  private readonly mails = new PendingMails<TicketMail>(
    this.ctx.storage,
    (mail, now) => this.mailer().send(mail, now),
    () => this.name,
  );

  /** The escalation's time, or an email's next try, whichever comes first. */
  protected override async accountDeadline(): Promise<number | null> {
    const deadlines = [await this.ctx.storage.get<number>(ESCALATE_AT), await this.mails.nextDue()];
    const due = deadlines.filter((at): at is number => typeof at === "number");
    return due.length === 0 ? null : Math.min(...due);
  }

  protected override async accountAlarm(now: number): Promise<void> {
    await this.mails.deliver(now);
    await this.mails.settleGivenUp((mail, attempts) => this.recordUndelivered(mail, attempts), now);
    const at = await this.ctx.storage.get<number>(ESCALATE_AT);
    if (at === undefined || at > now) return;
    const ticket = await ticketById(this.db, this.name);
    if (ticket) {
      const system = systemActor(ticket.orgId, "sla", "SLA clock");
      const result = await this.mutations.one(system, { type: "ticket.escalate_due" }, NO_ORIGIN, this.commands);
      if (result.ok && !("skipped" in result.reply)) await this.afterChange({ type: "ticket.escalate_due" }, ticket.orgId);
      if (!result.ok)
        console.error(JSON.stringify({ level: "warn", msg: "ticket escalation refused", room: this.name, code: result.error.code }));
    }
    await this.rememberDeadline(Date.now());
  }

  /** An email's last try failed: an internal note on the ticket says so, live (in the alarm's turn: `mutations.one`). */
  private async recordUndelivered(mail: TicketMail, attempts: number): Promise<void> {
    const system = systemActor(mail.orgId, "mailer", "Email delivery");
    const command = { type: "ticket.mail_undelivered" as const, purpose: mail.purpose, attempts };
    const result = await this.mutations.one(system, command, NO_ORIGIN, this.commands);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  }

  /** The ticket's next escalation time from the database (the truth), kept in storage for the alarm. */
  private async rememberDeadline(now: number): Promise<void> {
    const ticket = await ticketById(this.db, this.name);
    const due = ticket ? escalationDeadline(ticket) : null;
    const at = due === null ? null : due <= now ? now + (ticket?.escalated ? RETRY_MS : 10) : due;
    if (at === null) await this.ctx.storage.delete(ESCALATE_AT);
    else await this.ctx.storage.put(ESCALATE_AT, at);
  }

  /** The mutation path: the Worker validated the body; the room checks ownership and writes. */
  async mutate(actor: Actor, command: TicketCommand, origin: Origin): Promise<MutationResult> {
    const result = await this.runCommand(actor, command, origin, this.commands);
    if (result.ok && !result.reply.duplicate) {
      await this.serial(async () => {
        const now = Date.now();
        await this.rememberDeadline(now);
        await this.alarms.scheduleFor(await this.store.lock(), now);
      });
      await this.afterChange(command, actor.orgId);
    }
    return result;
  }

  /** After a committed change: the emails it sends, and the desk's queues told. */
  private async afterChange(command: TicketCommand, orgId: string): Promise<void> {
    const ticket = await ticketById(this.db, this.name);
    if (!ticket) return;
    const opened = command.type === "ticket.open" || command.type === "ticket.client_open";
    try {
      const desk = this.env.DeskRoom.get(this.env.DeskRoom.idFromName(orgId));
      await desk.ticketChanged({ ticketId: ticket.id, change: opened ? "opened" : "changed" });
    } catch (error) {
      console.error(JSON.stringify({ level: "warn", msg: "desk not told", room: this.name, error: String(error) }));
    }
    // Kept before sending: one the provider does not take is tried again on the alarm.
    const now = Date.now();
    await this.mails.keep(await this.mailsFor(command, ticket), now);
    await this.mails.deliver(now);
    const retry = await this.mails.nextDue();
    if (retry !== null) await this.alarms.wakeAt(retry);
  }

  /** The emails a change sends: public replies (and the opening) to the client, escalations to the sales rep. */
  private async mailsFor(command: TicketCommand, ticket: TicketRecord): Promise<TicketMail[]> {
    const toClient = (purpose: TicketMailPurpose, subject: string, text: string): TicketMail => ({
      orgId: ticket.orgId,
      to: ticket.contactEmail,
      subject: subjectWithToken(subject, ticket.replyToken),
      text: `${text}\n\nReply to this email to answer; keep the reference in the subject.`,
      purpose,
      replyToken: ticket.replyToken,
      ...(ticket.merchantId ? { merchantId: ticket.merchantId } : {}),
      ...(ticket.customerId ? { customerId: ticket.customerId } : {}),
    });
    switch (command.type) {
      case "ticket.open":
        return [toClient("ticket.opened", ticket.subject, `We opened a ticket for you: ${ticket.subject}\n\n${command.body}`)];
      case "ticket.client_open":
        return [toClient("ticket.received", ticket.subject, `We received your request "${ticket.subject}" and will answer soon.`)];
      case "ticket.reply":
        return [toClient("ticket.reply", `Re: ${ticket.subject}`, command.body)];
      case "ticket.status":
        return command.status === "resolved"
          ? [
              toClient(
                "ticket.resolved",
                `Resolved: ${ticket.subject}`,
                "We marked your ticket resolved. You can rate the help, or reopen it.",
              ),
            ]
          : [];
      case "ticket.escalate":
      case "ticket.escalate_due":
      case "ticket.client_reopen":
        return this.escalationMail(ticket);
      default:
        return [];
    }
  }

  /** The sales rep's notification: the ticket and its conversation (internal notes included: it is staff mail). */
  private async escalationMail(ticket: TicketRecord): Promise<TicketMail[]> {
    if (!ticket.assigneeId) return [];
    const rep = await staffContact(this.db, ticket.assigneeId);
    if (!rep) return [];
    const history = (await ticketMessagesOf(this.db, ticket.id, false))
      .map((m) => `[${new Date(m.createdAt).toISOString().slice(0, 16)} ${m.visibility}] ${m.authorName}: ${m.text}`)
      .join("\n");
    return [
      {
        orgId: ticket.orgId,
        to: rep.email,
        subject: `Escalated to you: ${ticket.subject} (${ticket.id})`,
        text: `${ticket.contactName}'s ticket "${ticket.subject}" was escalated to sales and assigned to you.\n\nHistory:\n${history}`,
        purpose: "ticket.escalated",
        ...(ticket.merchantId ? { merchantId: ticket.merchantId } : {}),
      },
    ];
  }

  /**
   * The cron's safety net (worker/jobs/ticket-lapses.ts): a ticket whose clock lapsed while its room
   * held no alarm (seeded, imported, or a room that never ran) gets its deadline from the database
   * and its alarm armed; the alarm then escalates it as it would have. Idempotent: a ticket already
   * escalated or no longer due arms nothing. Answers the deadline the alarm now waits for.
   */
  async armEscalation(): Promise<number | null> {
    await this.serial(async () => {
      const now = Date.now();
      await this.rememberDeadline(now);
      await this.alarms.scheduleFor(await this.store.lock(), now);
    });
    return this.escalationAt();
  }

  /** For tests and diagnostics: the escalation the alarm waits for. */
  async escalationAt(): Promise<number | null> {
    return (await this.ctx.storage.get<number>(ESCALATE_AT)) ?? null;
  }

  /** For tests and diagnostics: the emails waiting for another try (purpose, tries, when due). */
  async pendingMails(): Promise<{ purpose: string; to: string; attempts: number; dueAt: number }[]> {
    return (await this.mails.list()).map((p) => ({ purpose: p.mail.purpose, to: p.mail.to, attempts: p.attempts, dueAt: p.dueAt }));
  }
}
