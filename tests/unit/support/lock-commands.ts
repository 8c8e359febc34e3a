// Generated inputs for the lock model test: tabs opening and closing, frames (also duplicated
// and delivered late), sign-outs, saves, clock jumps up to and across every deadline, alarms
// late or twice, and Durable Object eviction. Each prints as a readable line of a counterexample.
import fc from "fast-check";
import type { LockFrame, Person } from "./lock-reference";
import { PEOPLE, personOf, TABS, type World } from "./lock-world";

type Cmd = fc.Command<World, World>;

/** A command that is always allowed; `act` says what it did, for the counterexample. */
class Input implements Cmd {
  private said: string;
  constructor(
    private readonly name: string,
    private readonly act: (w: World) => string | undefined,
    private readonly when: (w: World) => boolean = () => true,
  ) {
    this.said = name;
  }
  check(w: Readonly<World>): boolean {
    return this.when(w as World);
  }
  run(w: World): void {
    this.said = this.act(w) ?? this.name;
  }
  toString(): string {
    return this.said;
  }
}

function deliver(w: World, tab: string, frame: LockFrame, label: string): string {
  if (!w.open.has(tab)) return `${label} (tab closed: never arrives)`;
  w.sent.push({ tab, frame });
  w.step(
    label,
    (ref) => ref.frame(tab, frame, w.now),
    (room) => room.frame(tab, frame, w.now),
  );
  return label;
}

const describeFrame = (frame: LockFrame) =>
  frame.type === "heartbeat"
    ? `heartbeat${frame.active ? " active" : ""}`
    : frame.type === "lock-takeover"
      ? `lock-takeover "${frame.reason}"`
      : frame.type === "handoff-answer"
        ? `handoff-answer ${frame.requestId} ${frame.accept ? "accept" : "refuse"}`
        : frame.type === "handoff-request"
          ? `handoff-request (${frame.requestId})`
          : frame.type;

type FrameSpec =
  | { type: "lock-request" }
  | { type: "lock-release" }
  | { type: "handoff-request" }
  | { type: "heartbeat"; active: boolean }
  | { type: "lock-takeover"; reason: string }
  | { type: "handoff-answer"; back: number; accept: boolean };

const frameSpec: fc.Arbitrary<FrameSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<FrameSpec>({ type: "lock-request" }) },
  { weight: 1, arbitrary: fc.constant<FrameSpec>({ type: "lock-release" }) },
  { weight: 3, arbitrary: fc.constant<FrameSpec>({ type: "handoff-request" }) },
  { weight: 3, arbitrary: fc.boolean().map((active): FrameSpec => ({ type: "heartbeat", active })) },
  { weight: 2, arbitrary: fc.constantFrom("", "  ", "Escalation").map((reason): FrameSpec => ({ type: "lock-takeover", reason })) },
  // mostly the newest request; sometimes an older one (an answer that arrives after a newer request)
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(fc.constant(0), fc.nat(3)), fc.boolean())
      .map(([back, accept]): FrameSpec => ({ type: "handoff-answer", back, accept })),
  },
);

function resolve(w: World, spec: FrameSpec): LockFrame {
  if (spec.type === "handoff-request") return { type: "handoff-request", requestId: w.newRequestId() };
  if (spec.type !== "handoff-answer") return spec;
  const ids = w.requestIds;
  const requestId = ids.length ? (ids[ids.length - 1 - (spec.back % ids.length)] as string) : "h0";
  return { type: "handoff-answer", requestId, accept: spec.accept };
}

const person = fc.constantFrom(...PEOPLE);
const which = fc.nat(1);

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
function tabFor(w: World, p: Person, n: number): { tab: string; opened: string } {
  const mine = tabsOf(w, p);
  if (mine.length) return { tab: mine[n % mine.length] as string, opened: "" };
  const tab = `${p.staffId}/1`;
  openTab(w, tab);
  return { tab, opened: `open ${tab}, then ` };
}

const wait = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((ms) => [ms, "small"] as const) },
    { weight: 3, arbitrary: fc.integer({ min: 5_000, max: 60_000 }).map((ms) => [ms, "past TTL and grace"] as const) },
    { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 15 * 60_000 }).map((ms) => [ms, "up to the idle limits"] as const) },
    { weight: 1, arbitrary: fc.integer({ min: 3_600_000, max: 86_400_000 }).map((ms) => [ms, "hours"] as const) },
  )
  .map(
    ([ms, kind]) =>
      new Input(`clock +${ms} ms (${kind})`, (w) => {
        w.now += ms;
        w.step(
          `clock +${ms}`,
          () => [],
          () => undefined,
        );
        return undefined;
      }),
  );

const frame = fc.tuple(person, which, frameSpec).map(
  ([p, n, spec]) =>
    new Input(`${p.staffId} ${spec.type}`, (w) => {
      const { tab, opened } = tabFor(w, p, n);
      const frame = resolve(w, spec);
      return opened + deliver(w, tab, frame, `${tab} ${describeFrame(frame)}`);
    }),
);

export const lockCommands: fc.Arbitrary<Cmd>[] = [
  fc.tuple(person, which).map(
    ([p]) =>
      new Input(
        `open a tab of ${p.staffId}`,
        (w) => {
          const t = TABS.find((x) => x.startsWith(`${p.staffId}/`) && !w.open.has(x)) as string;
          openTab(w, t);
          return `open ${t}`;
        },
        (w) => tabsOf(w, p).length < 2,
      ),
  ),
  fc.tuple(person, which).map(
    ([p, n]) =>
      new Input(
        `close a tab of ${p.staffId}`,
        (w) => {
          const t = tabsOf(w, p)[n % tabsOf(w, p).length] as string;
          w.open.delete(t);
          w.step(
            `close ${t}`,
            (ref) => ref.close(t, w.now),
            (room) => room.close(t, w.now),
          );
          return `close ${t}`;
        },
        (w) => tabsOf(w, p).length > 0,
      ),
  ),
  frame,
  frame,
  frame,
  frame,
  // the owner answers the newest open request, or an older one that arrives late
  fc.tuple(fc.oneof(fc.constant(0), fc.nat(3)), fc.boolean()).map(
    ([back, accept]) =>
      new Input(`owner answers a handoff`, (w) => {
        const owner = PEOPLE.find((p) => p.staffId === w.ref.ownerAt(w.now));
        const { tab, opened } = tabFor(w, owner ?? (PEOPLE[0] as Person), 0);
        const frame = resolve(w, { type: "handoff-answer", back, accept });
        return opened + deliver(w, tab, frame, `${tab} ${describeFrame(frame)}`);
      }),
  ),
  // the same frame twice (back 0), or an earlier frame arriving after later ones
  fc.oneof(fc.constant(0), fc.nat(6)).map(
    (back) =>
      new Input(
        `replay ${back}`,
        (w) => {
          const earlier = w.sent[w.sent.length - 1 - (back % w.sent.length)];
          if (!earlier) return undefined;
          // the room names each handoff request afresh; an answer keeps the id it was sent with
          const frame = earlier.frame.type === "handoff-request" ? { ...earlier.frame, requestId: w.newRequestId() } : earlier.frame;
          const label = `${back === 0 ? "duplicate" : `late (${back} back)`}: ${earlier.tab} ${describeFrame(frame)}`;
          return deliver(w, earlier.tab, frame, label);
        },
        (w) => w.sent.length > 0,
      ),
  ),
  person.map(
    (p) =>
      new Input(`sign-out ${p.staffId}`, (w) => {
        for (const t of [...w.open]) if (t.startsWith(`${p.staffId}/`)) w.open.delete(t);
        w.step(
          `sign-out ${p.staffId}`,
          (ref) => ref.signOut(p.staffId, w.now),
          (room) => room.signOut(p.staffId, w.now),
        );
        return undefined;
      }),
  ),
  fc.tuple(person, fc.option(fc.nat(2), { nil: null, freq: 4 })).map(
    ([p, behind]) =>
      new Input(`save ${p.staffId}`, (w) => {
        const token = behind === null ? null : w.ref.token - behind;
        const label = `save by ${p.staffId} with token ${token}`;
        w.step(
          label,
          (ref) => ref.save(p.staffId, token, w.now),
          (room) => room.save(p.staffId, token, w.now),
        );
        return label;
      }),
  ),
  wait,
  wait,
  // to a millisecond either side of the next deadline the rules name
  fc.constantFrom(-1, 0, 1).map(
    (offset) =>
      new Input(`clock to next deadline ${offset}`, (w) => {
        const due = w.ref.nextDue();
        if (due === null || due + offset <= w.now) return `clock to next deadline ${offset} (none ahead)`;
        w.now = due + offset;
        w.step(
          `clock to deadline ${offset}`,
          () => [],
          () => undefined,
        );
        return `clock to next deadline ${offset} (t=${w.now})`;
      }),
  ),
  // the Durable Object alarm: at the deadline the room set, maybe late, maybe twice
  fc.tuple(fc.constantFrom(0, 1, 10_000, 600_000), fc.boolean()).map(
    ([late, twice]) =>
      new Input(`alarm`, (w) => {
        const due = w.room.deadline();
        w.now = Math.max(w.now, (due ?? w.now) + late);
        const label = `alarm +${late} ms late${twice ? ", twice" : ""} (t=${w.now})`;
        w.step(
          label,
          (ref) => ref.tick(w.now),
          (room) => room.alarm(w.now),
        );
        if (twice)
          w.step(
            `${label}, again`,
            (ref) => ref.tick(w.now),
            (room) => room.alarm(w.now),
          );
        return label;
      }),
  ),
  fc.constant(null).map(
    () =>
      new Input("evict (storage round trip)", (w) => {
        w.step(
          "eviction",
          () => [],
          (room) => room.evict(),
        );
        return undefined;
      }),
  ),
  // every open screen heartbeats each 10 s (without input for a while: the owner goes idle)
  fc.tuple(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 30, max: 75 })), fc.boolean()).map(
    ([n, active]) =>
      new Input(`live ${n * 10} s`, (w) => {
        for (let i = 0; i < n; i++) {
          w.now += 10_000;
          const tabs = [...w.open];
          const beat = { type: "heartbeat", active } as const;
          for (const t of tabs) w.sent.push({ tab: t, frame: beat });
          w.step(
            `heartbeats at t=${w.now}`,
            (ref) => tabs.flatMap((t) => ref.frame(t, beat, w.now)),
            (room) => {
              for (const t of tabs) room.frame(t, beat, w.now);
            },
          );
        }
        return `live ${n * 10} s: every open tab heartbeats${active ? " active" : ""} each 10 s`;
      }),
  ),
];
