// The room view, worked examples: what the screen shows after the frames a rep would see.
import { describe, expect, it } from "vitest";
import { EMPTY_ROOM_VIEW, expiringOf, FEED_MAX, type RoomView, reduceRoomView } from "../../../../core/domain/room-view";
import type { FeedItem, OwnerView, ServerFrame, ViewerView } from "../../../../core/protocol/room";

const v = 1 as const;
const T = 1_700_000_000_000;
const me = { staffId: "stf_me", name: "Mia Moss" };
const ana = { staffId: "stf_ana", name: "Ana Alvarez" };
const lee = { staffId: "stf_lee", name: "Lee Lead" };
const owner = (p: { staffId: string; name: string }, role: OwnerView["role"] = "rep"): OwnerView => ({
  ...p,
  role,
  device: "desktop",
  since: T - 60_000,
});
const viewer = (p: { staffId: string; name: string }, since: number): ViewerView => ({
  ...p,
  role: "rep",
  device: "phone",
  state: "viewing",
  since,
  connections: 1,
});
const item = (id: string, at = T): FeedItem => ({ id, kind: "note", summary: `note ${id}`, actor: ana, at });

function roomState(over: Partial<Extract<ServerFrame, { type: "room-state" }>> = {}): ServerFrame {
  return {
    type: "room-state",
    v,
    customerId: "cus_0001",
    serverTime: T,
    owner: null,
    lock: null,
    viewers: [viewer(me, T - 5_000)],
    feed: [],
    handoff: null,
    you: { staffId: me.staffId, connectionId: "conn_1" },
    ...over,
  };
}
const here = { receivedAt: T, away: false, ownRequest: false };
function run(frames: ServerFrame[], context: Partial<typeof here> = {}, from: RoomView = EMPTY_ROOM_VIEW): RoomView {
  return frames.reduce((view, frame) => reduceRoomView(view, frame, { ...here, ...context }), from);
}
const iOwn = roomState({ owner: owner(me), lock: { token: 7, expiresAt: T + 30_000, graceUntil: null } });

describe("the room view", () => {
  it("shows who owns the account, and my lock with its token when it is mine", () => {
    const view = run([iOwn]);
    expect(view.owner?.name).toBe("Mia Moss");
    expect(view.myLock).toEqual({ token: 7, expiresAt: T + 30_000, graceUntil: null });
    expect(expiringOf(view)).toBeNull();
    expect(view.joined).toBe(true);
    expect(view.resyncs).toBe(0);
    const theirs = run([roomState({ owner: owner(ana), lock: { token: 3, expiresAt: T + 30_000, graceUntil: T + 45_000 } })]);
    expect(theirs.myLock).toBeNull();
    expect(expiringOf(theirs)).toEqual({ at: T + 45_000, reason: "disconnected" });
  });

  it("runs countdowns on the room's clock", () => {
    expect(run([roomState({ serverTime: T + 2_500 })]).clockOffset).toBe(2_500);
  });

  it("tells me a lead took the account over, who and why, and whether I was looking", () => {
    const view = run(
      [
        iOwn,
        { type: "lock-released", v, previous: me, reason: "taken-over", by: lee, note: "Customer escalated" },
        { type: "lock-granted", v, owner: owner(lee, "team_lead"), token: 8, expiresAt: T + 30_000, reason: "takeover", previous: me },
      ],
      { away: true },
    );
    expect(view.myLock).toBeNull();
    expect(view.owner?.name).toBe("Lee Lead");
    expect(view.lost).toEqual({ reason: "taken-over", by: lee, note: "Customer escalated", at: T, whileAway: true });
  });

  it("says nothing when I released from this screen, and tells me when my ownership expired", () => {
    const released: ServerFrame = { type: "lock-released", v, previous: me, reason: "released", by: me };
    expect(run([iOwn, released], { ownRequest: true }).lost).toBeNull();
    const expired = run([iOwn, { type: "lock-released", v, previous: me, reason: "expired", by: null }]);
    expect(expired.lost).toEqual({ reason: "expired", by: null, at: T, whileAway: false });
    expect(expired.owner).toBeNull();
  });

  it("after a reconnect that finds Ana owning, says I lost it while disconnected and counts the resync", () => {
    const back = roomState({ serverTime: T + 90_000, owner: owner(ana), lock: { token: 8, expiresAt: T + 120_000, graceUntil: null } });
    const view = run([iOwn, back], { receivedAt: T + 90_000 });
    expect(view.lost).toEqual({ reason: "taken-over", by: ana, at: T + 90_000, whileAway: true });
    expect(view.myLock).toBeNull();
    expect(view.resyncs).toBe(1);
  });

  it("counts down to the earlier of a grace period and an idle release; a resumed lease clears both", () => {
    const idle: ServerFrame = { type: "lock-expiring", v, owner: owner(me), at: T + 720_000, reason: "idle" };
    const silent: ServerFrame = { type: "lock-expiring", v, owner: owner(me), at: T + 45_000, reason: "disconnected" };
    const warned = run([iOwn, idle]);
    expect(expiringOf(warned)).toEqual({ at: T + 720_000, reason: "idle" });
    const both = run([silent], {}, warned);
    expect(expiringOf(both)).toEqual({ at: T + 45_000, reason: "disconnected" });
    expect(both.myLock?.graceUntil).toBe(T + 45_000);
    const resumed = run(
      [{ type: "lock-granted", v, owner: owner(me), token: 7, expiresAt: T + 60_000, reason: "resumed", previous: null }],
      {},
      both,
    );
    expect(expiringOf(resumed)).toBeNull();
    expect(resumed.myLock).toEqual({ token: 7, expiresAt: T + 60_000, graceUntil: null });
  });

  it("renews my lease end from my heartbeat's ack, and ignores acks without one", () => {
    const renewed = run([iOwn, { type: "ack", v, serverTime: T + 10_000, expiresAt: T + 40_000 }]);
    expect(renewed.myLock).toEqual({ token: 7, expiresAt: T + 40_000, graceUntil: null });
    const plain = run([iOwn, { type: "ack", v, serverTime: T + 10_000 }]);
    expect(plain.myLock).toEqual({ token: 7, expiresAt: T + 30_000, graceUntil: null });
  });

  it("lists who is here: a full list replaces, a delta adds, changes and removes", () => {
    const view = run([
      roomState(),
      { type: "presence-delta", v, upserts: [viewer(ana, T - 9_000)], removals: [] },
      { type: "presence-delta", v, upserts: [{ ...viewer(me, T - 5_000), state: "editing" }], removals: [] },
    ]);
    expect(view.viewers.map((p) => [p.name, p.state])).toEqual([
      ["Ana Alvarez", "viewing"],
      ["Mia Moss", "editing"],
    ]);
    const gone = run([{ type: "presence-delta", v, upserts: [], removals: [ana.staffId] }], {}, view);
    expect(gone.viewers.map((p) => p.name)).toEqual(["Mia Moss"]);
    expect(run([{ type: "presence", v, viewers: [viewer(lee, T)] }], {}, view).viewers.map((p) => p.name)).toEqual(["Lee Lead"]);
  });

  it("keeps the feed newest first, shows an item delivered twice once, and keeps at most 200", () => {
    const view = run([
      roomState({ feed: [item("a")] }),
      { type: "activity", v, item: item("b") },
      { type: "activity", v, item: item("b") },
    ]);
    expect(view.feed.map((i) => i.id)).toEqual(["b", "a"]);
    const many = Array.from({ length: 250 }, (_, n): ServerFrame => ({ type: "activity", v, item: item(`x${n}`) }));
    const full = run(many, {}, view);
    expect(full.feed).toHaveLength(FEED_MAX);
    expect(full.feed[0]?.id).toBe("x249");
  });

  it("shows a handoff request with its message until it is answered; an answer to an older one leaves it", () => {
    const asked = run([
      iOwn,
      { type: "handoff-requested", v, request: { id: "hof_2", from: ana, requestedAt: T }, message: "Customer is on my line" },
      { type: "handoff-answered", v, requestId: "hof_1", outcome: "lapsed", from: ana },
    ]);
    expect(asked.handoff).toEqual({ id: "hof_2", from: ana, requestedAt: T, message: "Customer is on my line" });
    const refused = run([{ type: "handoff-answered", v, requestId: "hof_2", outcome: "refused", from: ana }], {}, asked);
    expect(refused.handoff).toBeNull();
  });

  it("ends the session: no lock any more, and the notice says I was signed out", () => {
    const view = run([iOwn, { type: "session-ended", v, reason: "signed-out" }]);
    expect(view.ended).toBe("signed-out");
    expect(view.myLock).toBeNull();
    expect(view.lost).toEqual({ reason: "signed-out", by: null, at: T, whileAway: false });
  });

  it("takes record changes and refusals as events for the screens, not facts about the room", () => {
    const view = run([iOwn]);
    for (const frame of [
      { type: "record-changed", v, record: "order", id: "ord_1" },
      { type: "error", v, code: "RATE_LIMITED", message: "Slow down" },
    ] satisfies ServerFrame[])
      expect(reduceRoomView(view, frame, here)).toBe(view);
  });
});
