// A naive reference model of account ownership, written from the rules in README ("Ownership is
// a lease") and architecture.md ("Lock (ownership) semantics"), not from core/domain/lock.ts.
// It works at the room's level (tabs, frames, sign-outs, the clock) and describes what people
// see as short strings ("granted ana #3 request"), so the model test can compare it step by step.
//
// Where the written rules leave a choice open, the model follows the implementation, and says so:
// - Boundaries: a deadline takes effect at its exact millisecond (grace ending at T: gone at T).
// - A release found late (the room looked after both the grace end and the idle limit had
//   passed) is reported as "expired"; "idle" only when the idle limit came due while grace had not.
// - When the room looks late: a lapsed lease whose grace has also run out is released without
//   the grace announcement, but one released for idleness in the same look is announced first;
//   an idle warning is not announced when the idle release is due in the same look.
// - A grant to someone else (takeover) drops a pending handoff request without a "lapsed" event;
//   screens clear the request on any grant.
// - A handoff accepted after the requester left every tab lapses instead of granting.
// - Asking again for a handoff replaces one's own open request (new id, new clock).
// - The owner's return is announced ("resumed") when they ask again or take over again, or when a
//   heartbeat ends a grace period or an idle warning.
import type { Holder, LockConfig } from "../../../core/domain/lock";
import type { Role } from "../../../core/domain/roles";

export type Person = Holder;

/** What a client sends over a room socket (the handoff request carries the id the room assigns). */
export type LockFrame =
  | { type: "lock-request" }
  | { type: "lock-release" }
  | { type: "heartbeat"; active: boolean }
  | { type: "lock-takeover"; reason: string }
  | { type: "handoff-request"; requestId: string }
  | { type: "handoff-answer"; requestId: string; accept: boolean };

/** Roles that may take over an account (README's permission table, `lock.takeover`). */
const TAKES_OVER: readonly Role[] = ["team_lead", "director", "admin"];

interface Held {
  who: Person;
  token: number;
  /** The lease ends here unless renewed. */
  leaseEnd: number;
  /** When the owner's last tab closed, if it has since their last renewal. */
  closedAt: number | null;
  lastActive: number;
  idleWarned: boolean;
  /** Others have been told the owner is gone and grace is running. */
  graceTold: boolean;
}

export class LockReference {
  private held: Held | null = null;
  private request: { id: string; from: Person; at: number } | null = null;
  private readonly tabs = new Map<string, Person>();
  private notes: string[] = [];

  constructor(
    private readonly config: LockConfig,
    /** The last token handed out (a room starts above the account's stored epoch). */
    private lastToken: number,
  ) {}

  get token(): number {
    return this.lastToken;
  }

  /** Grace runs from the earlier of the lease end and the owner's last tab closing. */
  private graceEnd(h: Held): number {
    return Math.min(h.leaseEnd, h.closedAt ?? Number.POSITIVE_INFINITY) + this.config.graceMs;
  }

  /** Whoever owns the account at `now`, deadlines applied. */
  ownerAt(now: number): string | null {
    const h = this.held;
    if (!h || now >= this.graceEnd(h) || now >= h.lastActive + this.config.idleReleaseMs) return null;
    return h.who.staffId;
  }

  /** Would a write by `staffId` presenting `token` be accepted at `now`? */
  mayWrite(staffId: string, token: number | null, now: number): boolean {
    return this.ownerAt(now) === staffId && token === this.held?.token;
  }

  /** The earliest time something is due (an announcement, a release, a lapse), or null. */
  nextDue(): number | null {
    const times: number[] = [];
    if (this.request) times.push(this.request.at + this.config.handoffTimeoutMs);
    const h = this.held;
    if (h) {
      if (!h.graceTold) times.push(h.leaseEnd);
      times.push(this.graceEnd(h), h.lastActive + this.config.idleReleaseMs);
      if (!h.idleWarned) times.push(h.lastActive + this.config.idleWarnMs);
    }
    return times.length ? Math.min(...times) : null;
  }

  /** Applies the clock: lapsed requests, ended ownership, due warnings. */
  private settle(now: number): void {
    if (this.request && now >= this.request.at + this.config.handoffTimeoutMs) this.lapse();
    const h = this.held;
    if (!h) return;
    if (now >= this.graceEnd(h)) {
      this.end("expired");
      return;
    }
    if (!h.graceTold && now >= h.leaseEnd) this.tellGrace(h);
    const idleEnd = h.lastActive + this.config.idleReleaseMs;
    if (now >= idleEnd) {
      this.end("idle");
      return;
    }
    if (!h.idleWarned && now >= h.lastActive + this.config.idleWarnMs) {
      h.idleWarned = true;
      this.notes.push(`expiring ${h.who.staffId} idle @${idleEnd}`);
    }
  }

  private tellGrace(h: Held): void {
    h.graceTold = true;
    this.notes.push(`expiring ${h.who.staffId} disconnected @${this.graceEnd(h)}`);
  }

  private lapse(): void {
    if (this.request) this.notes.push(`handoff-lapsed ${this.request.id}`);
    this.request = null;
  }

  private end(reason: string): void {
    if (this.held) this.notes.push(`released ${this.held.who.staffId} ${reason}`);
    this.held = null;
    this.lapse();
  }

  private grant(who: Person, now: number, reason: string): void {
    this.lastToken += 1;
    this.held = {
      who,
      token: this.lastToken,
      leaseEnd: now + this.config.ttlMs,
      closedAt: null,
      lastActive: now,
      idleWarned: false,
      graceTold: false,
    };
    this.request = null;
    this.notes.push(`granted ${who.staffId} #${this.lastToken} ${reason}`);
  }

  /** The owner is heard from: a fresh lease, no grace; with activity, the idle clock restarts. */
  private renew(h: Held, now: number, active: boolean, announce: boolean): void {
    const told = announce || h.graceTold || (active && h.idleWarned);
    h.leaseEnd = now + this.config.ttlMs;
    h.closedAt = null;
    h.graceTold = false;
    if (active) {
      h.lastActive = now;
      h.idleWarned = false;
    }
    if (told) this.notes.push(`resumed ${h.who.staffId} #${h.token}`);
  }

  private deny(who: Person, code: string): void {
    this.notes.push(`denied ${who.staffId} ${code}`);
  }

  private take(): string[] {
    const out = this.notes;
    this.notes = [];
    return out;
  }

  private isOwner(p: Person): Held | null {
    return this.held?.who.staffId === p.staffId ? this.held : null;
  }

  private present(staffId: string): boolean {
    return [...this.tabs.values()].some((p) => p.staffId === staffId);
  }

  tick(now: number): string[] {
    this.settle(now);
    return this.take();
  }

  /** A tab opens; the owner coming back (another tab, or within grace) keeps ownership. */
  open(tab: string, who: Person, now: number): string[] {
    this.settle(now);
    this.tabs.set(tab, who);
    const mine = this.isOwner(who);
    if (mine) this.renew(mine, now, false, false);
    return this.take();
  }

  /** A tab closes; grace starts only when it was the owner's last one. */
  close(tab: string, now: number): string[] {
    this.settle(now);
    const who = this.tabs.get(tab);
    this.tabs.delete(tab);
    const mine = who ? this.isOwner(who) : null;
    if (mine && !this.present(mine.who.staffId)) {
      mine.closedAt = now;
      if (!mine.graceTold) this.tellGrace(mine);
    }
    return this.take();
  }

  /** Signing out ends the person's tabs and their ownership at once, without grace. */
  signOut(staffId: string, now: number): string[] {
    this.settle(now);
    for (const [tab, p] of this.tabs) if (p.staffId === staffId) this.tabs.delete(tab);
    if (this.held?.who.staffId === staffId) this.end("signed-out");
    return this.take();
  }

  /** A save through the mutation path: accepted only from the owner with the current token; it counts as activity. */
  save(staffId: string, token: number | null, now: number): string[] {
    this.settle(now);
    const h = this.held;
    if (h && h.who.staffId === staffId && token === h.token) this.renew(h, now, true, false);
    return this.take();
  }

  frame(tab: string, frame: LockFrame, now: number): string[] {
    this.settle(now);
    const who = this.tabs.get(tab);
    if (!who) return this.take();
    const mine = this.isOwner(who);
    switch (frame.type) {
      case "lock-request":
        if (!this.held) this.grant(who, now, "request");
        else if (mine) this.renew(mine, now, true, true);
        else this.deny(who, "LOCK_HELD");
        break;
      case "lock-release":
        if (mine) this.end("released");
        else this.deny(who, "LOCK_NOT_HELD");
        break;
      case "heartbeat":
        if (mine) this.renew(mine, now, frame.active, false);
        break;
      case "lock-takeover":
        if (!TAKES_OVER.includes(who.role)) this.deny(who, "FORBIDDEN");
        else if (frame.reason.trim() === "") this.deny(who, "NOTE_REQUIRED");
        else if (mine) this.renew(mine, now, true, true);
        else {
          if (this.held) this.notes.push(`released ${this.held.who.staffId} taken-over`);
          this.grant(who, now, "takeover");
        }
        break;
      case "handoff-request":
        if (!this.held) this.deny(who, "LOCK_NOT_HELD");
        else if (mine) this.deny(who, "CONFLICT");
        else if (this.request && this.request.from.staffId !== who.staffId) this.deny(who, "CONFLICT");
        else {
          this.request = { id: frame.requestId, from: who, at: now };
          this.notes.push(`handoff-requested ${who.staffId} ${frame.requestId}`);
        }
        break;
      case "handoff-answer": {
        const asked = this.request;
        if (!mine) this.deny(who, "LOCK_NOT_HELD");
        else if (!asked || asked.id !== frame.requestId) this.deny(who, "CONFLICT");
        else if (!frame.accept) {
          this.request = null;
          this.notes.push(`handoff-refused ${asked.id}`);
        } else if (!this.present(asked.from.staffId)) this.lapse();
        else {
          this.notes.push(`released ${who.staffId} handed-off`);
          this.grant(asked.from, now, "handoff");
        }
        break;
      }
    }
    return this.take();
  }
}
