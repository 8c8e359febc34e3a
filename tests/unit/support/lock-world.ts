// The lock model test's world: the reference model and the real reducer (through the room
// harness) fed the same inputs, compared after every one, with the single-writer invariant
// checked on the real side alone.
import type { LockConfig } from "../../../core/domain/lock";
import { type LockFrame, LockReference, type Person } from "./lock-reference";
import { LockRoom } from "./lock-room";

export const PEOPLE: Person[] = [
  { staffId: "ana", name: "Ana", role: "rep", teamId: "east", device: "phone" },
  { staffId: "ben", name: "Ben", role: "rep", teamId: "east", device: "desktop" },
  { staffId: "lena", name: "Lena", role: "team_lead", teamId: "east", device: "tablet" },
];

/** Up to two tabs per person: "ana/1", "ana/2". */
export const TABS = PEOPLE.flatMap((p) => [`${p.staffId}/1`, `${p.staffId}/2`]);
export const personOf = (tab: string) => PEOPLE.find((p) => tab.startsWith(`${p.staffId}/`)) as Person;

export class World {
  readonly ref: LockReference;
  readonly room: LockRoom;
  now = 1_000_000;
  readonly open = new Set<string>();
  /** Frames delivered so far, for duplicates and late (reordered) deliveries. */
  readonly sent: { tab: string; frame: LockFrame }[] = [];
  readonly requestIds: string[] = [];
  /** What the real side has shown so far, for the single-writer invariant. */
  private maxToken: number;
  private readonly grantee = new Map<number, string>();
  private stateToken: number;
  steps = 0;
  private readonly trace: string[] = [];
  writesAccepted = 0;
  staleRefused = 0;

  constructor(
    readonly config: LockConfig,
    readonly floor: number,
  ) {
    this.ref = new LockReference(config, floor);
    this.room = new LockRoom(config, floor);
    this.maxToken = floor;
    this.stateToken = floor;
  }

  newRequestId(): string {
    const id = `h${this.requestIds.length + 1}`;
    this.requestIds.push(id);
    return id;
  }

  /** An input that never reached the room (a frame from a closed tab). */
  skipped(label: string): void {
    this.trace.push(`t=${this.now} ${label}`);
  }

  /** One input to both sides, then every comparison and invariant. */
  step(label: string, onRef: (ref: LockReference) => string[], onRoom: (room: LockRoom) => void): void {
    this.steps++;
    this.trace.push(`t=${this.now} ${label}`);
    this.room.begin();
    const expected = onRef(this.ref).sort();
    onRoom(this.room);
    const at = `after ${label} at t=${this.now}`;
    try {
      this.singleWriter(at);
      same(`${at}: events`, this.room.notes().sort(), expected);
      this.compare(at);
    } catch (error) {
      // the inputs as this run applied them, clock included, for a readable counterexample
      throw new Error(`${(error as Error).message}\n  inputs:\n    ${this.trace.slice(-25).join("\n    ")}`);
    }
  }

  /** The real side against the reference, right now. */
  compare(at: string): void {
    const { ref, room, now } = this;
    same(`${at}: owner`, room.owner(now), ref.ownerAt(now));
    same(`${at}: token`, room.state.token, ref.token);
    same(`${at}: next deadline (alarm)`, room.deadline(), ref.nextDue());
    for (const p of PEOPLE) {
      for (const token of this.presentable()) {
        const check = room.check(p.staffId, token, now);
        same(`${at}: may ${p.staffId} write with token ${token}`, check.ok, ref.mayWrite(p.staffId, token, now));
        // "writes carrying an older token are refused with LOCK_STALE"
        const older = token !== null && token < ref.token;
        if (older) same(`${at}: refusal of older token ${token}`, check.ok ? "ok" : check.code, "LOCK_STALE");
        if (check.ok) this.writesAccepted++;
        else if (older) this.staleRefused++;
      }
    }
  }

  /** Tokens someone could present: none, the oldest, recent ones, and one not yet issued. */
  private presentable(): (number | null)[] {
    const t = this.room.state.token;
    return [null, ...new Set([0, this.floor, t - 2, t - 1, t, t + 1].filter((x) => x >= 0))];
  }

  /**
   * The fencing guarantee, from the real side alone: at most one (person, token) may write; the
   * token never goes down and rises only by a grant; a superseded token never writes again.
   */
  private singleWriter(at: string): void {
    const { room, now } = this;
    for (const event of room.events) {
      if (event.type !== "granted") continue;
      if (event.token <= this.maxToken) fail(`${at}: a grant issued token ${event.token}, not above the earlier ${this.maxToken}`);
      this.maxToken = event.token;
      this.grantee.set(event.token, event.owner.staffId);
    }
    if (room.state.token < this.stateToken) fail(`${at}: the stored token went down from ${this.stateToken} to ${room.state.token}`);
    if (room.state.token !== this.maxToken) fail(`${at}: the stored token ${room.state.token} is not the last grant's ${this.maxToken}`);
    this.stateToken = room.state.token;
    const writers: string[] = [];
    for (const p of PEOPLE)
      for (const token of this.presentable()) if (room.check(p.staffId, token, now).ok) writers.push(`${p.staffId}#${token}`);
    if (writers.length > 1) fail(`${at}: more than one writer: ${writers.join(", ")}`);
    const latest = `${this.grantee.get(this.maxToken)}#${this.maxToken}`;
    if (writers[0] && writers[0] !== latest) fail(`${at}: ${writers[0]} may write, but the latest grant is ${latest}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

/** A plain comparison (an expect per check would dominate the run time), worded for the counterexample. */
function same<T>(what: string, actual: T, expected: T): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: implementation ${a}, reference ${e}`);
}
