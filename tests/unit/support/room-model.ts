// A small model of one customer's room, written from the protocol's rules, for the room-view
// property: people come and go (several tabs each), ownership is granted, renewed, lapses into
// grace, resumes, warns of idleness, is released, taken over and handed off, and the feed grows.
// Each step yields the frames the room sends to one watching socket (mine); at any point the
// model writes the room-state a socket joining now would get.
import type { CustomerView } from "../../../core/domain/customer-view";
import type { FeedItem, OwnerView, ServerFrame, ViewerView } from "../../../core/protocol/room";

export type Delivered = { frame: ServerFrame; ownRequest: boolean };
type Person = { staffId: string; name: string; role: "rep" | "team_lead" };
type Device = ViewerView["device"];

export const ME: Person = { staffId: "stf_me", name: "Mia Moss", role: "rep" };
export const PEOPLE: Person[] = [
  ME,
  { staffId: "stf_ana", name: "Ana Alvarez", role: "rep" },
  { staffId: "stf_ben", name: "Ben Brooks", role: "rep" },
  { staffId: "stf_lee", name: "Lee Lead", role: "team_lead" },
];
/** What a room-state carries of the feed. */
export const ROOM_FEED = 50;
const TTL = 30_000;
const GRACE = 45_000;
const IDLE_RELEASE = 720_000;

export type Step =
  | { t: "tick"; ms: number }
  | { t: "join" | "leave"; who: number; device: Device }
  | { t: "state"; who: number; state: ViewerView["state"]; device: Device }
  | { t: "acquire" | "handoff-request" | "takeover" | "sign-out"; who: number; message?: string }
  | { t: "heartbeat"; active: boolean; thisTab: boolean }
  | { t: "lapse" | "grace-ends" | "idle-warn" | "idle-release" | "release" | "handoff-lapse" | "presence-full" | "repeat" | "noise" }
  | { t: "handoff-answer"; accept: boolean }
  | { t: "activity"; who: number; kind: FeedItem["kind"]; count: number };

const v = 1 as const;
/** A profile as the room sends it after a change: nothing about the room itself. */
const CUSTOMER: CustomerView = {
  id: "cus_0001",
  teamId: null,
  firstName: "Maya",
  lastName: "Johnson",
  name: "Maya Johnson",
  status: "active",
  city: null,
  state: null,
  identityVerified: true,
  bankName: null,
  loyaltyNumber: null,
  externalId: null,
  preferredContactTime: null,
  preferredChannel: null,
  language: "en",
  smsOptIn: true,
  emailOptIn: false,
  tier: "gold",
  loyaltyPoints: 0,
  tags: [],
  lockEpoch: 0,
  createdAt: 0,
  updatedAt: 0,
  pii: {},
};
const personView = (p: { staffId: string; name: string }) => ({ staffId: p.staffId, name: p.name });

export class RoomModel {
  now = 1_000_000;
  private viewers = new Map<string, ViewerView>();
  owner: OwnerView | null = null;
  private token = 0;
  private expiresAt = 0;
  private graceUntil: number | null = null;
  private idleWarned = false;
  private handoff: { id: string; from: { staffId: string; name: string }; requestedAt: number } | null = null;
  private feed: FeedItem[] = [];
  private ids = 0;
  private repeatable: ServerFrame | null = null;
  private out: Delivered[] = [];

  constructor() {
    this.viewers.set(ME.staffId, this.viewer(ME, "desktop", 1));
  }

  /** The room-state a socket of mine joining now would get. */
  roomState(): ServerFrame {
    return {
      type: "room-state",
      v,
      customerId: "cus_0001",
      serverTime: this.now,
      owner: this.owner,
      lock: this.owner ? { token: this.token, expiresAt: this.expiresAt, graceUntil: this.graceUntil } : null,
      viewers: this.list(),
      feed: this.feed.slice(0, ROOM_FEED),
      handoff: this.handoff,
      you: { staffId: ME.staffId, connectionId: "conn_me" },
    };
  }

  /** Applies a step if it can happen now; answers the frames my socket receives. */
  apply(step: Step): Delivered[] {
    this.out = [];
    this.now += 1;
    // Steps without a person act on nobody in particular; `who` is then unused.
    const who = PEOPLE[("who" in step ? step.who : 0) % PEOPLE.length] as Person;
    const here = (p: { staffId: string } | null | undefined) => !!p && this.viewers.has(p.staffId);
    const owner = this.owner;
    switch (step.t) {
      case "tick":
        this.now += step.ms;
        break;
      case "join": {
        const seen = this.viewers.get(who.staffId);
        this.upsert(seen ? { ...seen, connections: seen.connections + 1 } : this.viewer(who, step.device, 1));
        break;
      }
      case "leave": {
        const seen = this.viewers.get(who.staffId);
        // My own socket is the one watching: another tab of mine may close, this one stays.
        if (!seen || (who === ME && seen.connections === 1)) break;
        if (seen.connections > 1) this.upsert({ ...seen, connections: seen.connections - 1 });
        else this.remove(who.staffId);
        if (owner?.staffId === who.staffId && !here(owner) && this.graceUntil === null) this.enterGrace(this.now + GRACE);
        break;
      }
      case "state": {
        const seen = this.viewers.get(who.staffId);
        if (seen) this.upsert({ ...seen, state: step.state, device: step.device });
        break;
      }
      case "acquire": {
        if (!here(who)) break;
        if (!owner) this.grant(who, "request", null);
        else if (owner.staffId === who.staffId) this.resume(who === ME);
        else if (who === ME)
          this.send({ type: "lock-denied", v, code: "LOCK_HELD", message: `${owner.name} owns this account`, owner }, true);
        break;
      }
      case "heartbeat": {
        if (!owner || !here(owner)) break;
        const mine = owner.staffId === ME.staffId;
        if (this.graceUntil !== null || (step.active && this.idleWarned)) this.resume(false);
        else this.expiresAt = this.now + TTL;
        if (step.active) this.idleWarned = false;
        if (mine && step.thisTab) this.send({ type: "ack", v, serverTime: this.now, expiresAt: this.expiresAt });
        break;
      }
      case "lapse":
        if (owner && this.graceUntil === null) this.enterGrace(Math.max(this.now, this.expiresAt) + GRACE);
        break;
      case "grace-ends":
        if (owner && this.graceUntil !== null) this.release("expired", null, false);
        break;
      case "idle-warn":
        if (owner && !this.idleWarned) {
          this.idleWarned = true;
          this.send({ type: "lock-expiring", v, owner, at: this.now + IDLE_RELEASE, reason: "idle" });
        }
        break;
      case "idle-release":
        if (owner && this.idleWarned) this.release("idle", null, false);
        break;
      case "release":
        if (owner && here(owner)) this.release("released", owner, owner.staffId === ME.staffId);
        break;
      case "sign-out":
        if (who === ME || !here(who)) break;
        if (owner?.staffId === who.staffId) this.release("signed-out", null, false);
        this.remove(who.staffId);
        break;
      case "takeover": {
        if (who.role !== "team_lead" || !here(who) || owner?.staffId === who.staffId) break;
        const note = "Customer escalated";
        if (owner) this.send({ type: "lock-released", v, previous: personView(owner), reason: "taken-over", by: personView(who), note });
        this.grant(who, "takeover", owner, note);
        break;
      }
      case "handoff-request": {
        if (!owner || !here(who) || owner.staffId === who.staffId) break;
        if (this.handoff && this.handoff.from.staffId !== who.staffId) break;
        this.handoff = { id: `hof_${++this.ids}`, from: personView(who), requestedAt: this.now };
        const message = step.message ? { message: step.message } : {};
        this.send({ type: "handoff-requested", v, request: this.handoff, ...message }, who === ME);
        break;
      }
      case "handoff-answer": {
        const request = this.handoff;
        if (!owner || !here(owner) || !request) break;
        const ownRequest = owner.staffId === ME.staffId;
        this.handoff = null;
        if (!step.accept || !here(request.from)) {
          const outcome = step.accept ? "lapsed" : "refused";
          this.send({ type: "handoff-answered", v, requestId: request.id, outcome, from: request.from }, ownRequest);
          break;
        }
        this.send({ type: "lock-released", v, previous: personView(owner), reason: "handed-off", by: personView(owner) }, ownRequest);
        const next = PEOPLE.find((p) => p.staffId === request.from.staffId) as Person;
        this.grant(next, "handoff", owner, undefined, ownRequest);
        this.send({ type: "handoff-answered", v, requestId: request.id, outcome: "accepted", from: request.from }, ownRequest);
        break;
      }
      case "handoff-lapse":
        if (this.handoff) this.lapseHandoff();
        break;
      case "activity":
        for (let i = 0; i < step.count; i++) this.activity(step.kind, who, `${step.kind} by ${who.name}`);
        break;
      case "presence-full":
        this.send({ type: "presence", v, viewers: this.list() });
        break;
      case "repeat":
        // A socket may get a delta or a feed item twice (and a delta a fresher list already has).
        if (this.repeatable) this.out.push({ frame: this.repeatable, ownRequest: false });
        break;
      case "noise":
        this.send({ type: "customer-updated", v, customer: CUSTOMER });
        this.send({ type: "record-changed", v, record: "order", id: "ord_1" });
        this.send({ type: "ack", v, serverTime: this.now });
        this.send({ type: "error", v, code: "RATE_LIMITED", message: "Slow down" });
        break;
    }
    return this.out;
  }

  private viewer(p: Person, device: Device, connections: number): ViewerView {
    return { staffId: p.staffId, name: p.name, role: p.role, device, state: "viewing", since: this.now, connections };
  }
  private list(): ViewerView[] {
    return [...this.viewers.values()].sort((a, b) => a.since - b.since || a.staffId.localeCompare(b.staffId));
  }
  private send(frame: ServerFrame, ownRequest = false): void {
    this.out.push({ frame, ownRequest });
    if (frame.type === "presence-delta" || frame.type === "activity") this.repeatable = frame;
  }
  private upsert(viewer: ViewerView): void {
    this.viewers.set(viewer.staffId, viewer);
    this.send({ type: "presence-delta", v, upserts: [viewer], removals: [] });
  }
  private remove(staffId: string): void {
    this.viewers.delete(staffId);
    this.send({ type: "presence-delta", v, upserts: [], removals: [staffId] });
  }
  private activity(kind: FeedItem["kind"], actor: { staffId: string; name: string } | null, summary: string): void {
    const item: FeedItem = { id: `act_${++this.ids}`, kind, summary, actor: actor ? personView(actor) : null, at: this.now };
    this.feed = [item, ...this.feed];
    this.send({ type: "activity", v, item });
  }
  private enterGrace(at: number): void {
    this.graceUntil = at;
    this.send({ type: "lock-expiring", v, owner: this.owner as OwnerView, at, reason: "disconnected" });
  }
  private grant(p: Person, reason: "request" | "takeover" | "handoff", previous: OwnerView | null, note?: string, own = false): void {
    const device = this.viewers.get(p.staffId)?.device ?? "desktop";
    this.owner = { staffId: p.staffId, name: p.name, role: p.role, device, since: this.now };
    this.token += 1;
    this.expiresAt = this.now + TTL;
    this.graceUntil = null;
    this.idleWarned = false;
    this.handoff = null;
    const frame = { type: "lock-granted", v, owner: this.owner, token: this.token, expiresAt: this.expiresAt, reason } as const;
    this.send({ ...frame, previous: previous ? personView(previous) : null, ...(note ? { note } : {}) }, own || p === ME);
    this.activity("lock", p, `${p.name} took ownership`);
  }
  private resume(own: boolean): void {
    const owner = this.owner as OwnerView;
    this.owner = { ...owner, device: this.viewers.get(owner.staffId)?.device ?? owner.device };
    this.expiresAt = this.now + TTL;
    this.graceUntil = null;
    this.idleWarned = false;
    const frame = { type: "lock-granted", v, owner: this.owner, token: this.token, expiresAt: this.expiresAt } as const;
    this.send({ ...frame, reason: "resumed", previous: null }, own);
  }
  private release(reason: "released" | "expired" | "idle" | "signed-out", by: OwnerView | null, own: boolean): void {
    const previous = this.owner as OwnerView;
    this.owner = null;
    this.graceUntil = null;
    this.idleWarned = false;
    this.send({ type: "lock-released", v, previous: personView(previous), reason, by: by ? personView(by) : null }, own);
    if (this.handoff) this.lapseHandoff();
    this.activity("lock", by ?? previous, `${previous.name} no longer owns it (${reason})`);
  }
  private lapseHandoff(): void {
    const request = this.handoff as NonNullable<RoomModel["handoff"]>;
    this.handoff = null;
    this.send({ type: "handoff-answered", v, requestId: request.id, outcome: "lapsed", from: request.from });
  }
}
