// The service desk's demo tickets: Northwind's merchants (and two consumer customers) asking about
// payouts, invoices, integrations and contracts, at every status and priority, a few past their SLA
// (one already escalated to sales, one resolved and rated); tkt_0010.. tkt_0018 are open tickets the
// authorization matrix rigs, one per role; Harbor has one of its own (tkt_9001) for isolation.
// Times are relative to the seed's anchor (the org's start of today); reply tokens are fixed.
import { slaDueAt, type TicketPriority, type TicketStatus, type TicketTeam } from "../../core/domain/tickets";
import type { Database } from "../client";
import * as schema from "../schema";
import { northwindCustomerId } from "./fixtures";
import { insertRows, runAll } from "./rows";

const HOUR = 3_600_000;

interface SeedTicket {
  n: number;
  orgId: string;
  merchantId: string | null;
  customerId: string | null;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  team: TicketTeam;
  /** Hours after the anchor it was opened (negative: before today). */
  openedAt: number;
  contact: [string, string];
  body: string;
  reply?: string;
  escalatedTo?: string;
  rating?: number;
}

const T = (
  n: number,
  merchant: string | null,
  subject: string,
  priority: TicketPriority,
  status: TicketStatus,
  team: TicketTeam,
  openedAt: number,
  body: string,
  extra: Partial<SeedTicket> = {},
): SeedTicket => ({
  n,
  orgId: "org_northwind",
  merchantId: merchant,
  customerId: null,
  subject,
  priority,
  status,
  team,
  openedAt,
  contact: merchant ? ["Store owner", merchant === "mer_0001" ? "owner@merchant.test" : `desk.${merchant}@merchants.test`] : ["", ""],
  body,
  ...extra,
});

const TICKETS: SeedTicket[] = [
  T(
    1,
    "mer_0001",
    "Payout for last Friday is missing",
    "high",
    "new",
    "billing",
    -1,
    "Our settlement for Friday's sales has not arrived. Can you check?",
  ),
  T(
    2,
    "mer_0001",
    "Checkout shows 'decision pending' forever",
    "urgent",
    "open",
    "technical",
    -0.5,
    "Customers see a spinner at checkout since this morning.",
    {
      reply: "We are looking at your endpoint's logs now.",
    },
  ),
  T(
    3,
    "mer_0002",
    "Invoice October: fee looks doubled",
    "normal",
    "waiting_on_client",
    "billing",
    -20,
    "The per-transaction fee on INV-2026-10 looks twice what we agreed.",
    {
      reply: "Could you send the order numbers you think were charged twice?",
    },
  ),
  T(
    4,
    "mer_0003",
    "How do I add a second store location?",
    "low",
    "new",
    "support",
    -30,
    "We opened a second shop and want both on the same account.",
  ),
  T(
    5,
    "mer_0004",
    "Refund to a customer after a lease was funded",
    "normal",
    "open",
    "support",
    -26,
    "A customer returned a sofa; how does the refund reach the lessor?",
  ),
  T(
    6,
    "mer_0005",
    "Contract renewal terms",
    "normal",
    "open",
    "sales",
    -50,
    "Our agreement renews next month; we would like to talk about the discount.",
    {
      escalatedTo: "stf_sales",
    },
  ),
  T(7, "mer_0006", "API key rotated by mistake", "high", "resolved", "technical", -72, "Someone rotated our key and orders fail.", {
    reply: "We issued a new key; orders are flowing again.",
    rating: 5,
  }),
  T(8, "mer_0007", "Statement CSV has no header row", "low", "closed", "support", -200, "The CSV export opens without column names.", {
    reply: "Fixed: the export now starts with a header row.",
    rating: 4,
  }),
  T(
    9,
    "mer_0008",
    "Funding timeline says 'lender' but we use a lessor",
    "normal",
    "new",
    "support",
    -2,
    "The funding timeline names the wrong party for lease orders.",
  ),
  // The matrix's tickets, one per role (open, nobody owns them).
  ...Array.from({ length: 9 }, (_, i) =>
    T(
      10 + i,
      `mer_000${(i % 8) + 1}`,
      `Matrix ticket ${10 + i}`,
      "normal",
      "open",
      "support",
      -3,
      "A question for the authorization matrix.",
    ),
  ),
  {
    ...T(
      19,
      null,
      "Wants a copy of the lease agreement",
      "normal",
      "open",
      "support",
      -4,
      "The customer asked for a copy of their agreement by email.",
    ),
    customerId: northwindCustomerId(1),
    contact: ["Customer", "customer.0001@example.test"],
  },
  {
    ...T(9001, "mer_9001", "Harbor: payout question", "normal", "open", "billing", -5, "Harbor's own ticket."),
    orgId: "org_harbor",
    contact: ["Harbor store", "desk.mer_9001@merchants.test"],
  },
];

const ticketId = (n: number) => `tkt_${String(n).padStart(4, "0")}`;

export async function seedTickets(db: Database, options: { anchor: number; maxParams: number }): Promise<void> {
  const { anchor, maxParams } = options;
  const tickets: (typeof schema.tickets.$inferInsert)[] = [];
  const messages: (typeof schema.ticketMessages.$inferInsert)[] = [];
  const activity: (typeof schema.ticketActivity.$inferInsert)[] = [];
  for (const t of TICKETS) {
    const id = ticketId(t.n);
    const opened = anchor + Math.round(t.openedAt * HOUR);
    const replied = opened + 20 * 60_000;
    const closed = t.status === "resolved" || t.status === "closed";
    const paused = t.status === "waiting_on_client" ? replied : null;
    const [contactName, contactEmail] = t.contact;
    tickets.push({
      id,
      orgId: t.orgId,
      merchantId: t.merchantId,
      customerId: t.customerId,
      subject: t.subject,
      priority: t.priority,
      status: t.status,
      team: t.team,
      assigneeId: t.escalatedTo ?? (t.reply ? (t.orgId === "org_harbor" ? null : "stf_ana") : null),
      slaDueAt: slaDueAt(t.priority, opened),
      slaPausedAt: paused,
      escalated: t.escalatedTo !== undefined,
      escalatedAt: t.escalatedTo ? opened + 25 * HOUR : null,
      replyToken: `rt_seed${String(t.n).padStart(4, "0")}aaaaaaaaaaaaaaaa`,
      contactEmail,
      contactName: contactName || "Customer",
      channel: t.customerId ? "console" : "portal",
      rating: t.rating ?? null,
      ratedAt: t.rating ? replied + HOUR : null,
      createdAt: opened,
      updatedAt: t.reply ? replied : opened,
      resolvedAt: closed ? replied : null,
    });
    messages.push({
      id: `tmsg_${t.n}_1`,
      orgId: t.orgId,
      ticketId: id,
      visibility: t.customerId ? "public" : "client",
      authorId: null,
      authorName: contactName || "Customer",
      kind: "system",
      category: t.customerId ? "reply" : "client",
      action: t.customerId ? "ticket.open" : "ticket.client_open",
      text: t.body,
      immutable: true,
      createdAt: opened,
    });
    activity.push({
      id: `tact_${t.n}_1`,
      orgId: t.orgId,
      ticketId: id,
      kind: "communication",
      summary: `Ticket opened: ${t.subject}`,
      data: "{}",
      actorId: null,
      actorName: contactName || "Customer",
      at: opened,
    });
    if (t.reply) {
      messages.push({
        id: `tmsg_${t.n}_2`,
        orgId: t.orgId,
        ticketId: id,
        visibility: "public",
        authorId: "stf_ana",
        authorName: "Ana Alvarez",
        kind: "manual",
        category: "reply",
        action: "ticket.reply",
        text: t.reply,
        immutable: false,
        createdAt: replied,
      });
      messages.push({
        id: `tmsg_${t.n}_3`,
        orgId: t.orgId,
        ticketId: id,
        visibility: "internal",
        authorId: "stf_ana",
        authorName: "Ana Alvarez",
        kind: "manual",
        category: "internal",
        action: "ticket.note",
        text: "Checked the account first; nothing unusual on our side.",
        immutable: false,
        createdAt: replied - 60_000,
      });
    }
  }
  await runAll(db, [
    ...insertRows(db, schema.tickets, tickets, maxParams),
    ...insertRows(db, schema.ticketMessages, messages, maxParams),
    ...insertRows(db, schema.ticketActivity, activity, maxParams),
  ]);
}
