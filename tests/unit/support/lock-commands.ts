// Generated inputs for the lock model test: tabs opening and closing, frames (also duplicated
// and delivered late), sign-outs, saves, clock jumps up to and across every deadline, alarms
// late or twice, and Durable Object eviction. Each names itself for the counterexample.
import fc from "fast-check";
import type { LockFrame, Person } from "./lock-reference";
import { PEOPLE, personOf, TABS, type World } from "./lock-world";

type Cmd = fc.Command<World, World>;

/** One generated input; the world's trace records what it did, clock included. */
class Input implements Cmd {
  constructor(
    private readonly name: string,
    private readonly act: (w: World) => void,
    private readonly when: (w: World) => boolean = () => true,
  ) {}
  check(w: Readonly<World>): boolean {
    return this.when(w as World);
  }
  run(w: World): void {
    this.act(w);
  }
  toString(): string {
    return this.name;
  }
}

type FrameSpec =
  | { type: "lock-request" }
  | { type: "lock-release" }
  | { type: "handoff-request" }
  | { type: "heartbeat"; active: boolean }
  | { type: "lock-takeover"; reason: string }
  /** `back`: 0 answers the newest request, more an older one (arriving after a newer request). */
  | { type: "handoff-answer"; back: number; accept: boolean };

const answer = fc
  .tuple(fc.oneof(fc.constant(0), fc.nat(3)), fc.boolean())
  .map(([back, accept]): FrameSpec => ({ type: "handoff-answer", back, accept }));

const frameSpec: fc.Arbitrary<FrameSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<FrameSpec>({ type: "lock-request" }) },
  { weight: 1, arbitrary: fc.constant<FrameSpec>({ type: "lock-release" }) },
  { weight: 3, arbitrary: fc.constant<FrameSpec>({ type: "handoff-request" }) },
  { weight: 3, arbitrary: fc.boolean().map((active): FrameSpec => ({ type: "heartbeat", active })) },
  { weight: 2, arbitrary: fc.constantFrom("", "  ", "Escalation").map((reason): FrameSpec => ({ type: "lock-takeover", reason })) },
  { weight: 1, arbitrary: answer },
);

const describeSpec = (s: FrameSpec) =>
  s.type === "heartbeat"
    ? `heartbeat${s.active ? " active" : ""}`
    : s.type === "lock-takeover"
      ? `lock-takeover "${s.reason}"`
      : s.type === "handoff-answer"
        ? `handoff-answer ${s.accept ? "accept" : "refuse"} (${s.back ? `${s.back} older` : "newest"})`
        : s.type;

const describeFrame = (f: LockFrame) =>
  f.type === "handoff-request"
    ? `handoff-request (room names it ${f.requestId})`
    : f.type === "handoff-answer"
      ? `handoff-answer ${f.requestId} ${f.accept ? "accept" : "refuse"}`
      : describeSpec(f);

/** The frame as the room receives it: request ids are the room's, an answer names one it saw. */
function resolve(w: World, spec: FrameSpec): LockFrame {
  if (spec.type === "handoff-request") return { type: "handoff-request", requestId: w.newRequestId() };
  if (spec.type !== "handoff-answer") return spec;
  const ids = w.requestIds;
  const requestId = ids.length ? (ids[ids.length - 1 - (spec.back % ids.length)] as string) : "h0";
  return { type: "handoff-answer", requestId, accept: spec.accept };
}

function deliver(w: World, tab: string, frame: LockFrame, how = ""): void {
  const label = `${how}${tab} ${describeFrame(frame)}`;
  if (!w.open.has(tab)) {
    w.skipped(`${label} (tab closed: never arrives)`);
    return;
  }
  w.sent.push({ tab, frame });
  w.step(
    label,
    (ref) => ref.frame(tab, frame, w.now),
    (room) => room.frame(tab, frame, w.now),
  );
}

const tabsOf = (w: World, p: Person) => TABS.filter((t) => t.startsWith(`${p.staffId}/`) && w.open.has(t));

function openTab(w: World, t: string): void {
  w.open.add(t);
  w.step(
    `open ${t}`,
    (ref) => ref.open(t, personOf(t), w.now),
    (room) => room.open(t, personOf(t), w.now),
  );
}

/** One of the person's open tabs; a person with none opens the account first, as a rep would. */
function tabFor(w: World, p: Person, n: number): string {
  const mine = tabsOf(w, p);
  if (mine.length) return mine[n % mine.length] as string;
  openTab(w, `${p.staffId}/1`);
  return `${p.staffId}/1`;
}

function clockTo(w: World, now: number, label: string): void {
  w.now = now;
  w.step(
    label,
    () => [],
    () => undefined,
  );
}

const person = fc.constantFrom(...PEOPLE);
const which = fc.nat(1);

const frame = fc
  .tuple(person, which, frameSpec)
  .map(
    ([p, n, spec]) => new Input(`${p.staffId} (tab ${n + 1}) ${describeSpec(spec)}`, (w) => deliver(w, tabFor(w, p, n), resolve(w, spec))),
  );

const wait = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
    { weight: 3, arbitrary: fc.integer({ min: 5_000, max: 60_000 }) }, // past TTL and grace
    { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 15 * 60_000 }) }, // up to the idle limits
    { weight: 1, arbitrary: fc.integer({ min: 3_600_000, max: 86_400_000 }) },
  )
  .map((ms) => new Input(`clock +${ms} ms`, (w) => clockTo(w, w.now + ms, `clock +${ms} ms`)));

export const lockCommands: fc.Arbitrary<Cmd>[] = [
  person.map(
    (p) =>
      new Input(
        `${p.staffId} opens a tab`,
        (w) => openTab(w, TABS.find((t) => t.startsWith(`${p.staffId}/`) && !w.open.has(t)) as string),
        (w) => tabsOf(w, p).length < 2,
      ),
  ),
  fc.tuple(person, which).map(
    ([p, n]) =>
      new Input(
        `${p.staffId} closes tab ${n + 1}`,
        (w) => {
          const t = tabsOf(w, p)[n % tabsOf(w, p).length] as string;
          w.open.delete(t);
          w.step(
            `close ${t}`,
            (ref) => ref.close(t, w.now),
            (room) => room.close(t, w.now),
          );
        },
        (w) => tabsOf(w, p).length > 0,
      ),
  ),
  frame,
  frame,
  frame,
  frame,
  // whoever owns the account answers a request
  answer.map(
    (spec) =>
      new Input(`the owner sends ${describeSpec(spec)}`, (w) => {
        const owner = PEOPLE.find((p) => p.staffId === w.ref.ownerAt(w.now)) ?? (PEOPLE[0] as Person);
        deliver(w, tabFor(w, owner, 0), resolve(w, spec));
      }),
  ),
  // the same frame again at once (0), or an earlier frame arriving after later ones
  fc.oneof(fc.constant(0), fc.nat(6)).map(
    (back) =>
      new Input(
        back === 0 ? "the last frame again (duplicate)" : `a frame ${back} back arrives late`,
        (w) => {
          const earlier = w.sent[w.sent.length - 1 - (back % w.sent.length)] as { tab: string; frame: LockFrame };
          // the room names each handoff request afresh; an answer keeps the id it was sent with
          const again = earlier.frame.type === "handoff-request" ? { ...earlier.frame, requestId: w.newRequestId() } : earlier.frame;
          deliver(w, earlier.tab, again, back === 0 ? "duplicate: " : `late (${back} back): `);
        },
        (w) => w.sent.length > 0,
      ),
  ),
  person.map(
    (p) =>
      new Input(`${p.staffId} signs out`, (w) => {
        for (const t of tabsOf(w, p)) w.open.delete(t);
        w.step(
          `${p.staffId} signs out`,
          (ref) => ref.signOut(p.staffId, w.now),
          (room) => room.signOut(p.staffId, w.now),
        );
      }),
  ),
  fc.tuple(person, fc.option(fc.nat(2), { nil: null, freq: 4 })).map(
    ([p, behind]) =>
      new Input(`${p.staffId} saves with ${behind === null ? "no token" : `the token ${behind} back`}`, (w) => {
        const token = behind === null ? null : w.ref.token - behind;
        const label = `${p.staffId} saves with token ${token}`;
        w.step(
          label,
          (ref) => ref.save(p.staffId, token, w.now),
          (room) => room.save(p.staffId, token, w.now),
        );
      }),
  ),
  wait,
  wait,
  // to a millisecond either side of the next deadline the rules name
  fc.constantFrom(-1, 0, 1).map(
    (offset) =>
      new Input(`clock to the next deadline ${offset < 0 ? "- 1 ms" : offset > 0 ? "+ 1 ms" : "exactly"}`, (w) => {
        const due = w.ref.nextDue();
        if (due !== null && due + offset > w.now) clockTo(w, due + offset, `clock to the next deadline ${offset >= 0 ? "+" : ""}${offset}`);
      }),
  ),
  // the Durable Object alarm: at the deadline the room set, maybe late, maybe twice
  fc.tuple(fc.constantFrom(0, 1, 10_000, 600_000), fc.boolean()).map(
    ([late, twice]) =>
      new Input(`alarm ${late} ms late${twice ? ", fired twice" : ""}`, (w) => {
        w.now = Math.max(w.now, (w.room.deadline() ?? w.now) + late);
        for (const label of twice ? ["alarm", "alarm again"] : ["alarm"])
          w.step(
            label,
            (ref) => ref.tick(w.now),
            (room) => room.alarm(w.now),
          );
      }),
  ),
  fc.constant(
    new Input("eviction (storage round trip)", (w) =>
      w.step(
        "eviction",
        () => [],
        (room) => room.evict(),
      ),
    ),
  ),
  // every open screen heartbeats each 10 s (without input for long: the owner goes idle)
  fc.tuple(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 30, max: 75 })), fc.boolean()).map(
    ([n, active]) =>
      new Input(`${n * 10} s of heartbeats${active ? " with activity" : ""} from every open tab`, (w) => {
        const beat = { type: "heartbeat", active } as const;
        for (let i = 0; i < n; i++) {
          w.now += 10_000;
          const tabs = [...w.open];
          for (const t of tabs) w.sent.push({ tab: t, frame: beat });
          w.step(
            `${tabs.join(", ") || "no tab"} ${describeFrame(beat)}`,
            (ref) => tabs.flatMap((t) => ref.frame(t, beat, w.now)),
            (room) => {
              for (const t of tabs) room.frame(t, beat, w.now);
            },
          );
        }
      }),
  ),
];
