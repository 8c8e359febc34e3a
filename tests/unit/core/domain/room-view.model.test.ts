// The room view's promise: whatever frames follow a room-state, the screen shows the room as a
// fresh room-state would describe it. Generated histories of a modelled room (support/room-model.ts)
// go through the reducer frame by frame; the result must equal what one new room-state gives.
// ROOM_VIEW_RUNS=20000 npx vitest run --project unit tests/unit/core/domain/room-view.model.test.ts   for a long run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_ROOM_VIEW, type RoomView, reduceRoomView } from "../../../../core/domain/room-view";
import type { ServerFrame } from "../../../../core/protocol/room";
import { ROOM_FEED, RoomModel, type Step } from "../../support/room-model";

const RUNS = Number(process.env.ROOM_VIEW_RUNS ?? 1000);

const who = fc.nat(3);
const device = fc.constantFrom("phone" as const, "tablet" as const, "desktop" as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ t: fc.constant("tick" as const), ms: fc.integer({ min: 0, max: 60_000 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constantFrom("join" as const, "leave" as const), who, device }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant("state" as const), who, device, state: fc.constantFrom("viewing", "editing", "away") }),
  },
  { weight: 4, arbitrary: fc.record({ t: fc.constantFrom("acquire" as const, "takeover" as const, "sign-out" as const), who }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("handoff-request" as const),
      who,
      message: fc.constantFrom(undefined, "Customer is on my line"),
    }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("heartbeat" as const), active: fc.boolean(), thisTab: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("handoff-answer" as const), accept: fc.boolean() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constantFrom(
        "lapse" as const,
        "grace-ends" as const,
        "idle-warn" as const,
        "idle-release" as const,
        "release" as const,
        "handoff-lapse" as const,
        "presence-full" as const,
        "repeat" as const,
        "noise" as const,
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("activity" as const),
      who,
      kind: fc.constantFrom("note" as const, "payment" as const),
      // now and then a burst, so the feed outgrows what a room-state carries
      count: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 30 }) }),
    }),
  },
);

/**
 * What the screen shows that a room-state also says. Left out, because a room-state cannot say
 * them: an idle warning and a handoff's message (the room-state carries neither), the lease end
 * of my own lock (each of my tabs renews it and only the tab that beat is told; nothing shows it),
 * and this screen's own history (a lost-ownership notice, the count of reconnects).
 */
function shown(view: RoomView) {
  return {
    me: view.me,
    owner: view.owner,
    myLock: view.myLock && { token: view.myLock.token, graceUntil: view.myLock.graceUntil },
    graceUntil: view.graceUntil,
    viewers: view.viewers,
    feed: view.feed.slice(0, ROOM_FEED),
    handoff: view.handoff && { id: view.handoff.id, from: view.handoff.from, requestedAt: view.handoff.requestedAt },
  };
}

describe("the room view against a modelled room", () => {
  it(`shows after any frames what a fresh room-state would, over ${RUNS} generated histories`, { timeout: 60_000 }, () => {
    const seen = new Map<string, number>();
    const count = (name: string) => seen.set(name, (seen.get(name) ?? 0) + 1);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25, size: "max" }), fc.array(step, { maxLength: 80, size: "max" }), (history, live) => {
        const room = new RoomModel();
        for (const s of history) room.apply(s);
        const at = () => ({ receivedAt: room.now, away: false, ownRequest: false });
        let view = reduceRoomView(EMPTY_ROOM_VIEW, room.roomState(), at());
        for (const s of live) {
          for (const { frame, ownRequest } of room.apply(s)) {
            view = reduceRoomView(view, frame, { ...at(), ownRequest });
            count(nameOf(frame, view));
            if (view.feed.length > ROOM_FEED) count("feed beyond a room-state");
          }
        }
        const fresh = reduceRoomView(EMPTY_ROOM_VIEW, room.roomState(), at());
        expect(shown(view)).toEqual(shown(fresh));
        // A resync when nothing was missed changes nothing on screen.
        expect(shown(reduceRoomView(view, room.roomState(), at()))).toEqual(shown(view));
      }),
      { numRuns: RUNS },
    );
    // The histories reached the cases that matter.
    for (const name of [
      "granted to me",
      "taken over",
      "handed off",
      "grace",
      "left",
      "delta twice",
      "feed item twice",
      "presence",
      "feed beyond a room-state",
    ])
      expect(seen.get(name) ?? 0, name).toBeGreaterThan(0);
  });
});

let previous: ServerFrame | null = null;
/** Names a delivered frame for the coverage check. */
function nameOf(frame: ServerFrame, view: RoomView): string {
  const again = previous === frame;
  previous = frame;
  if (again) return frame.type === "activity" ? "feed item twice" : "delta twice";
  if (frame.type === "lock-granted" && frame.owner.staffId === view.me && frame.reason !== "resumed") return "granted to me";
  if (frame.type === "lock-released" && frame.reason === "taken-over") return "taken over";
  if (frame.type === "lock-released" && frame.reason === "handed-off") return "handed off";
  if (frame.type === "lock-expiring" && frame.reason === "disconnected") return "grace";
  if (frame.type === "presence-delta" && frame.removals.length > 0) return "left";
  return frame.type;
}
