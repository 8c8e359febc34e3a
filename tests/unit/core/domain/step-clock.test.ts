// The capture clock: only visible, focused, non-idle time in front of a place counts. Worked examples,
// and a second-by-second naive count over random event sequences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  advanceClock,
  CAPTURE_IDLE_MS,
  type ClockEvent,
  type ClockInterval,
  cutClock,
  startClock,
} from "../../../../core/domain/step-clock";

const S = 1000;
function run(events: [number, ClockEvent][], start = { visible: true, focused: true, at: "profile.overview" as string | null }) {
  let state = startClock(0, start);
  const closed: ClockInterval[] = [];
  for (const [t, event] of events) {
    const next = advanceClock(state, event, t);
    state = next.state;
    closed.push(...next.closed);
  }
  return { state, closed };
}

describe("the capture clock", () => {
  it("counts 40 s on the overview and 75 s on leases and loans around two minutes hidden", () => {
    const { closed } = run([
      [40 * S, { type: "at", at: "profile.products" }],
      [100 * S, { type: "visible", visible: false }],
      [220 * S, { type: "visible", visible: true }],
      [235 * S, { type: "at", at: "dialog.payment" }],
      [330 * S, { type: "at", at: null }],
    ]);
    expect(closed.map((c) => [c.at, (c.to - c.from) / S])).toEqual([
      ["profile.overview", 40],
      ["profile.products", 60],
      ["profile.products", 15],
      ["dialog.payment", 95],
    ]);
  });

  it("stops at the idle threshold after the last sign of the rep, not when the next event comes, and starts again on input", () => {
    const { closed, state } = run([
      [10 * S, { type: "input" }],
      [10 * S + CAPTURE_IDLE_MS + 60 * S, { type: "tick" }],
      [10 * S + CAPTURE_IDLE_MS + 90 * S, { type: "input" }],
    ]);
    expect(closed).toEqual([{ at: "profile.overview", from: 0, to: 10 * S + CAPTURE_IDLE_MS }]);
    expect(state.open).toEqual({ at: "profile.overview", from: 10 * S + CAPTURE_IDLE_MS + 90 * S });
  });

  it("does not count while the window has lost focus", () => {
    const { closed } = run([
      [5 * S, { type: "focus", focused: false }],
      [50 * S, { type: "focus", focused: true }],
      [60 * S, { type: "at", at: null }],
    ]);
    expect(closed.map((c) => (c.to - c.from) / S)).toEqual([5, 10]);
  });

  it("cuts the running interval so what was counted can be sent, and keeps counting", () => {
    const { state } = run([]);
    const cut = cutClock(state, 30 * S);
    expect(cut.closed).toEqual([{ at: "profile.overview", from: 0, to: 30 * S }]);
    expect(cut.state.open).toEqual({ at: "profile.overview", from: 30 * S });
  });

  const event = fc.oneof(
    fc.record({ type: fc.constant("at" as const), at: fc.constantFrom("profile.overview", "dialog.note", null) }),
    fc.record({ type: fc.constant("visible" as const), visible: fc.boolean() }),
    fc.record({ type: fc.constant("focus" as const), focused: fc.boolean() }),
    fc.constant({ type: "input" as const }),
    fc.constant({ type: "tick" as const }),
  ) as fc.Arbitrary<ClockEvent>;

  it("counts exactly the seconds a person counting by hand would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), event), { maxLength: 30 }), (steps) => {
        // Events at whole seconds; the naive count walks every second and checks the rules.
        let t = 0;
        const timed: [number, ClockEvent][] = [];
        for (const [dt, e] of steps) {
          t += dt;
          timed.push([t * S, e]);
        }
        const end = t + 1;
        const { closed } = run([...timed, [end * S, { type: "at", at: null }]]);
        let page = { at: "profile.overview" as string | null, visible: true, focused: true, lastInput: 0 };
        let counted = 0;
        let k = 0;
        for (let second = 0; second < end; second++) {
          while (k < timed.length && (timed[k]?.[0] as number) <= second * S) {
            const e = timed[k++]?.[1] as ClockEvent;
            // Acting counts as being there: input, a new place, coming back to the page or window.
            if (e.type === "at") page = { ...page, at: e.at, lastInput: second * S };
            if (e.type === "visible") page = { ...page, visible: e.visible, lastInput: e.visible ? second * S : page.lastInput };
            if (e.type === "focus") page = { ...page, focused: e.focused, lastInput: e.focused ? second * S : page.lastInput };
            if (e.type === "input") page = { ...page, lastInput: second * S };
          }
          if (page.at && page.visible && page.focused && second * S - page.lastInput < CAPTURE_IDLE_MS) counted++;
        }
        expect(closed.reduce((sum, c) => sum + (c.to - c.from), 0)).toBe(counted * S);
      }),
    );
  });
});
