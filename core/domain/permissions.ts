// Who may do what: one matrix of permission -> roles, used by HTTP routes and rooms alike.
// Org levels: every check is inside one org (tenant); cross-org access is "not found".
import type { Actor } from "./actor";
import type { Role } from "./roles";

const ALL_STAFF: readonly Role[] = ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "engineering", "sales", "admin"];
const SERVICE: readonly Role[] = ["rep", "senior_rep", "team_lead", "director", "admin"];
const LEADS: readonly Role[] = ["team_lead", "director", "admin"];
/** Who works tickets: the service team, and sales (escalations land with them). */
const DESK: readonly Role[] = ["rep", "senior_rep", "team_lead", "director", "sales", "admin"];
/** The people who run the merchant network (sales, finance, engineering) and those who oversee it. */
const MERCHANT_READERS: readonly Role[] = ["director", "compliance", "finance", "engineering", "sales", "admin"];

/**
 * The permission matrix. Read a row as "these roles may ...".
 * Engineering works on the platform, not on customers, so it sees no customer data.
 */
export const PERMISSIONS = {
  /** open a customer's profile and room */
  "customer.read": ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "sales", "admin"],
  /** add a note (records the contact; needs no ownership) */
  "customer.note": ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "sales", "admin"],
  /** take ownership and change profile fields */
  "customer.edit": SERVICE,
  /** finance takes ownership to post payments and promises (loan.service), nothing else */
  "lock.acquire": [...SERVICE, "finance"],

  /** take ownership from another rep, with a reason */
  "lock.takeover": LEADS,
  "order.manage": SERVICE,
  "order.review_item": SERVICE,
  "card.issue": SERVICE,
  "shopper.manage": SERVICE,
  "loan.service": [...SERVICE, "finance"],
  /** open a direct-deposit loan for a client (it waits for its payout) */
  "loan.originate": SERVICE,
  /** pay a direct-deposit loan out: not the reps who open them (two people on every payout) */
  "loan.disburse": ["finance", "director", "admin"],
  "prompt.dismiss": SERVICE,
  /** lift a customer's promo-code lockout (with ownership and a note) */
  "promo.reset": SERVICE,
  /** schedule, reschedule and complete one's own callbacks (no ownership needed: it is a task, not the account's data) */
  "callback.manage": [...SERVICE, "finance"],
  /** assign a callback to someone else, and work anyone's */
  "callback.assign": LEADS,
  /** dashboards: the floor board of a team and its charts */
  "floor.watch": LEADS,
  "dashboard.view": ALL_STAFF,
  /** the process monitor: step times per rep against the processes, and what is behind each figure */
  "monitor.view": ["team_lead", "director"],
  /** edit processes, their steps and timings (audited, versioned) */
  "process.manage": ["director"],
  /** assign a course or a mentor meeting for a step */
  "training.assign": ["team_lead", "director"],
  /** the people measured: their serving time is captured, and they see their own figures and training */
  "monitor.self": ["rep", "senior_rep"],
  /** compliance review of notes and the audit trail, with CSV export */
  "audit.read": ["compliance", "director", "admin"],
  "audit.export": ["compliance", "admin"],
  /** mark a quarterly review done (who, when, what was reviewed) */
  "review.sign_off": ["compliance", "admin"],
  /** maintain staff, roles and teams */
  "staff.manage": ["admin"],
  /** integration endpoints' health: dead letters (inspect, replay), test events, retrying failed outbound changes */
  "integration.manage": ["engineering", "admin"],
  /** the FAQ: ask it in the console, read the knowledge base and its history */
  "faq.read": ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "sales", "admin"],
  /** write articles and new versions (authors); nothing is answered before compliance approves it */
  "faq.write": ["senior_rep", "team_lead", "director", "admin"],
  /** approve a version (it goes live) or withdraw an article: compliance only */
  "faq.approve": ["compliance"],

  // --- merchants (issue 15; docs/decisions/015-merchant-rooms.md) ---
  /** open a merchant's profile and room, the merchants list, the plan catalogue and the request board */
  "merchant.read": MERCHANT_READERS,
  /** add a note to a merchant (records the contact; needs no ownership) */
  "merchant.note": MERCHANT_READERS,
  /** take ownership of a merchant account: everyone who changes something on it */
  "merchant.own": ["finance", "engineering", "sales", "admin"],
  /** take a merchant account over from its owner, with a reason */
  "merchant.takeover": ["director", "admin"],
  /** a merchant's business details and contacts */
  "merchant.edit": ["sales", "admin"],
  /** the plan catalogue: a change is a new version */
  "plan.manage": ["admin"],
  /** endpoints, their keys, test events and delivery logs, and the decision models serving them: engineering only */
  "endpoint.manage": ["engineering"],
  /** deposits, withdrawals and adjustments on a merchant's balance */
  "ledger.post": ["finance"],
  /** generate a month's invoice, mark one paid or void */
  "invoice.manage": ["finance"],
  /** a new version of a merchant's agreement */
  "contract.manage": ["sales"],
  /** open a plan change, resubmit or cancel a returned one */
  "plan_change.open": ["sales"],
  /** act at one's own stage of a plan change (which stage is whose: core/domain/plan-change.ts) */
  "plan_change.approve": ["engineering", "finance", "sales"],

  // --- the service desk (issue 16; a ticket is a kind of account, docs/decisions/015-merchant-rooms.md) ---
  /** the ticket queue, a ticket's screen and room, the desk's counters */
  "ticket.read": DESK,
  /** own a ticket (before replying or changing its status), reply, change its status, escalate; add internal notes */
  "ticket.work": DESK,
  /** take a ticket over from its owner, with a reason */
  "ticket.takeover": LEADS,
  /** open a ticket on behalf of a consumer customer, from the customer's profile */
  "ticket.open": SERVICE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Same org only: anything else is indistinguishable from "does not exist". */
export function sameOrg(actor: Pick<Actor, "orgId">, orgId: string): boolean {
  return actor.orgId === orgId;
}

/** Which team floors an actor may watch: leads their own team, directors and admins any in the org. */
export function canWatchTeam(actor: Pick<Actor, "role" | "teamId">, teamId: string): boolean {
  if (!can(actor.role, "floor.watch")) return false;
  if (actor.role === "team_lead") return actor.teamId === teamId;
  return true;
}

/** Whose step times an actor may see: leads their own team's, directors the whole org's. */
export function canMonitorTeam(actor: Pick<Actor, "role" | "teamId">, teamId: string | null): boolean {
  if (!can(actor.role, "monitor.view")) return false;
  return actor.role === "team_lead" ? teamId !== null && actor.teamId === teamId : true;
}

/**
 * Who may follow a team's floor feed: those who may watch it, and the team's own members, whose
 * search results and call lists show live who is on each account (so work is not doubled).
 */
export function canFollowTeam(actor: Pick<Actor, "role" | "teamId">, teamId: string): boolean {
  return canWatchTeam(actor, teamId) || (actor.teamId === teamId && can(actor.role, "customer.read"));
}

export function rolesWith(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
