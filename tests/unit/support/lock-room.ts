// The system side of the lock model test: the real decideLock/checkWrite driven the way
// party/customer-room.ts drives them (tabs, frames, sign-outs, saves, alarms), with the lock kept
// as Durable Object storage keeps it, so an eviction is a JSON round trip of that state.
import {
  checkWrite,
  currentOwner,
  decideLock,
  EMPTY_LOCK,
  type LockCommand,
  type LockConfig,
  type LockEvent,
  type LockState,
  nextDeadline,
  type WriteCheck,
} from "../../../core/domain/lock";
import { can } from "../../../core/domain/permissions";
import type { LockFrame, Person } from "./lock-reference";

/** An event as the reference model words it, so the two can be compared. */
export function describeEvent(e: LockEvent): string {
  switch (e.type) {
    case "granted":
      return `granted ${e.owner.staffId} #${e.token} ${e.reason}`;
    case "resumed":
      return `resumed ${e.owner.staffId} #${e.token}`;
    case "denied":
      return `denied ${e.to} ${e.code}`;
    case "released":
      return `released ${e.previous.staffId} ${e.reason}`;
    case "expiring":
      return `expiring ${e.owner.staffId} ${e.reason} @${e.at}`;
    case "handoff-requested":
      return `handoff-requested ${e.request.from.staffId} ${e.request.id}`;
    case "handoff-refused":
      return `handoff-refused ${e.request.id}`;
    case "handoff-lapsed":
      return `handoff-lapsed ${e.request.id}`;
  }
}

export class LockRoom {
  /** The stored lock, as plain data. */
  state: LockState;
  private readonly tabs = new Map<string, Person>();
  /** Every event the real reducer produced during the last input. */
  events: LockEvent[] = [];
  /** Frames the room refused before the lock saw them (a rep's takeover). */
  private refusals: string[] = [];

  constructor(
    private readonly config: LockConfig,
    epochFloor: number,
  ) {
    this.state = { ...EMPTY_LOCK, token: epochFloor };
  }

  private decide(command: LockCommand, now: number): void {
    const result = decideLock(this.state, command, now, this.config);
    this.state = result.state;
    this.events.push(...result.events);
  }

  /**
   * Paths where the room does not consult the lock leave it for the next look (the alarm at the
   * latest); the harness looks at once, as an alarm firing right then would, so events line up.
   */
  private look(now: number): void {
    this.decide({ type: "tick" }, now);
  }

  private present(staffId: string, except?: string): boolean {
    return [...this.tabs].some(([tab, p]) => tab !== except && p.staffId === staffId);
  }

  /** Durable Object eviction: only what storage holds survives, as structured data. */
  evict(): void {
    this.state = JSON.parse(JSON.stringify(this.state)) as LockState;
  }

  begin(): void {
    this.events = [];
    this.refusals = [];
  }

  /** What the last input announced, worded as the reference model words it. */
  notes(): string[] {
    return [...this.events.map(describeEvent), ...this.refusals];
  }

  owner(now: number): string | null {
    return currentOwner(this.state, now, this.config)?.staffId ?? null;
  }

  check(staffId: string, token: number | null, now: number): WriteCheck {
    return checkWrite(this.state, staffId, token, now, this.config);
  }

  deadline(): number | null {
    return nextDeadline(this.state, this.config);
  }

  alarm(now: number): void {
    this.decide({ type: "tick" }, now);
  }

  /** onConnect: the owner coming back is a heartbeat without activity. */
  open(tab: string, who: Person, now: number): void {
    this.tabs.set(tab, who);
    if (this.state.owner?.staffId === who.staffId) this.decide({ type: "heartbeat", by: who, active: false }, now);
    else this.look(now);
  }

  /** onClose: the owner's last socket closing starts grace. */
  close(tab: string, now: number): void {
    const who = this.tabs.get(tab);
    if (!who) return;
    const stillHere = this.present(who.staffId, tab);
    this.tabs.delete(tab);
    if (this.state.owner?.staffId === who.staffId && !stillHere) this.decide({ type: "disconnect", staffId: who.staffId }, now);
    else this.look(now);
  }

  /**
   * endSessions: the person's sockets close and, if they owned the account, ownership ends now.
   * The room (closeSessions) evicts any owner left without a socket, even when someone else signed
   * out; that takes an owner's grace away (reported, not modelled here).
   */
  signOut(staffId: string, now: number): void {
    for (const [tab, p] of this.tabs) if (p.staffId === staffId) this.tabs.delete(tab);
    if (this.state.owner?.staffId === staffId) this.decide({ type: "evict", staffId }, now);
    else this.look(now);
  }

  /** mutate: a save checks owner and token; an accepted one is activity for the owner. */
  save(staffId: string, token: number | null, now: number): void {
    const check = this.check(staffId, token, now);
    const owner = this.state.owner;
    if (check.ok && owner?.staffId === staffId) this.decide({ type: "heartbeat", by: { ...owner }, active: true }, now);
    else this.look(now);
  }

  /** onMessage: a frame from an open tab, refused by role first as frameRefusal does. */
  frame(tab: string, frame: LockFrame, now: number): void {
    const by = this.tabs.get(tab);
    if (!by) return;
    if (frame.type === "lock-takeover" && !can(by.role, "lock.takeover")) {
      this.refusals.push(`denied ${by.staffId} FORBIDDEN`);
      this.look(now);
      return;
    }
    this.decide(this.command(by, frame), now);
  }

  private command(by: Person, frame: LockFrame): LockCommand {
    switch (frame.type) {
      case "lock-request":
        return { type: "acquire", by };
      case "lock-release":
        return { type: "release", by };
      case "heartbeat":
        return { type: "heartbeat", by, active: frame.active };
      case "lock-takeover":
        return { type: "takeover", by, reason: frame.reason };
      case "handoff-request":
        return { type: "handoff-request", by, requestId: frame.requestId };
      case "handoff-answer": {
        // the room asks whether the requester still has a socket here
        const requester = this.state.handoff?.from.staffId;
        const requesterPresent = !!requester && this.present(requester);
        return { type: "handoff-answer", by, requestId: frame.requestId, accept: frame.accept, requesterPresent };
      }
    }
  }
}
