// What a screen shows about a customer's room, folded from the room's frames: a pure reducer, so
// the browser's socket only delivers frames and any sequence of them can be replayed in a test.
import type { FeedItem, OwnerView, ServerFrame, ViewerView } from "../protocol/room";
import { applyPresenceDelta } from "./presence";

export interface MyLock {
  token: number;
  expiresAt: number;
  graceUntil: number | null;
}
export interface Expiring {
  at: number;
  reason: "disconnected" | "idle";
}
export interface HandoffView {
  id: string;
  from: { staffId: string; name: string };
  requestedAt: number;
  message?: string;
}
export type LostReason = "released" | "expired" | "idle" | "taken-over" | "handed-off" | "signed-out" | "disconnected";
/** Why this person no longer owns the account: stays on screen until acknowledged. */
export interface LostOwnership {
  reason: LostReason;
  by: { staffId: string; name: string } | null;
  note?: string;
  at: number;
  /** The tab was hidden (or the connection down) when it happened: the rep may not have seen it. */
  whileAway: boolean;
}
export type SessionEndReason = Extract<ServerFrame, { type: "session-ended" }>["reason"];

export interface RoomView {
  /** A room-state has arrived: the rest describes the room. */
  joined: boolean;
  /** Room-states after the first: each replaced the picture after a reconnect. */
  resyncs: number;
  /** Server time minus local time at the last room-state: countdowns run on the room's clock. */
  clockOffset: number;
  me: string | null;
  owner: OwnerView | null;
  myLock: MyLock | null;
  /** The owner went silent or disconnected: ownership ends then unless they come back. */
  graceUntil: number | null;
  /** The room warned that the idle owner is released then. A room-state does not carry it. */
  idleUntil: number | null;
  viewers: ViewerView[];
  /** Newest first. */
  feed: FeedItem[];
  handoff: HandoffView | null;
  lost: LostOwnership | null;
  ended: SessionEndReason | null;
}

/** How a frame reached this screen: facts the frame itself cannot say. */
export interface FrameContext {
  /** Local clock when it arrived. */
  receivedAt: number;
  /** The tab was hidden. */
  away: boolean;
  /** It answers a command sent from this screen. */
  ownRequest: boolean;
}

/** The live feed keeps more than a room-state's 50 items while the screen stays open. */
export const FEED_MAX = 200;

export const EMPTY_ROOM_VIEW: RoomView = {
  joined: false,
  resyncs: 0,
  clockOffset: 0,
  me: null,
  owner: null,
  myLock: null,
  graceUntil: null,
  idleUntil: null,
  viewers: [],
  feed: [],
  handoff: null,
  lost: null,
  ended: null,
};

type Person = { staffId: string; name: string };
const person = (p: Person): Person => ({ staffId: p.staffId, name: p.name });

export function lostFromRelease(
  frame: { reason: LostReason; by: Person | null; note?: string | undefined },
  at: number,
  whileAway: boolean,
): LostOwnership {
  return { reason: frame.reason, by: frame.by ? person(frame.by) : null, ...(frame.note ? { note: frame.note } : {}), at, whileAway };
}

/** After a reconnect the room no longer lists us as owner and no release reached us. */
export function lostWhileDisconnected(owner: OwnerView | null, at: number): LostOwnership {
  return { reason: owner ? "taken-over" : "disconnected", by: owner ? person(owner) : null, at, whileAway: true };
}

/** The countdown to show: the earlier of a grace period's end and an idle release. */
export function expiringOf(view: RoomView): Expiring | null {
  const { graceUntil, idleUntil } = view;
  if (graceUntil !== null && (idleUntil === null || graceUntil <= idleUntil)) return { at: graceUntil, reason: "disconnected" };
  return idleUntil !== null ? { at: idleUntil, reason: "idle" } : null;
}

export function reduceRoomView(view: RoomView, frame: ServerFrame, context: FrameContext): RoomView {
  const mine = (staffId: string) => view.me !== null && staffId === view.me;
  const now = () => context.receivedAt + view.clockOffset;
  switch (frame.type) {
    case "room-state": {
      const clockOffset = frame.serverTime - context.receivedAt;
      const owned = frame.owner?.staffId === frame.you.staffId && frame.lock ? frame.lock : null;
      // We held it before the connection dropped and no longer do: say so, even without a release frame.
      const lost = view.myLock && !owned && !view.lost ? lostWhileDisconnected(frame.owner, context.receivedAt + clockOffset) : view.lost;
      return {
        ...view,
        joined: true,
        resyncs: view.joined ? view.resyncs + 1 : view.resyncs,
        clockOffset,
        me: frame.you.staffId,
        owner: frame.owner,
        myLock: owned ? { token: owned.token, expiresAt: owned.expiresAt, graceUntil: owned.graceUntil } : null,
        graceUntil: frame.lock?.graceUntil ?? null,
        idleUntil: null,
        viewers: frame.viewers,
        feed: frame.feed,
        handoff: frame.handoff,
        lost,
        ended: null,
      };
    }
    case "lock-granted": {
      const next: RoomView = {
        ...view,
        owner: frame.owner,
        graceUntil: null,
        idleUntil: null,
        handoff: frame.reason === "resumed" ? view.handoff : null,
      };
      if (mine(frame.owner.staffId))
        return { ...next, myLock: { token: frame.token, expiresAt: frame.expiresAt, graceUntil: null }, lost: null };
      if (!view.myLock) return next;
      const lost = lostFromRelease({ reason: "taken-over", by: frame.owner, note: frame.note }, now(), context.away);
      return { ...next, myLock: null, lost };
    }
    case "lock-released": {
      const next: RoomView = { ...view, owner: null, graceUntil: null, idleUntil: null, handoff: null };
      if (!mine(frame.previous.staffId)) return next;
      // Releasing or handing off from this screen is deliberate; anything else is news.
      const deliberate = context.ownRequest && (frame.reason === "released" || frame.reason === "handed-off");
      return { ...next, myLock: null, lost: deliberate ? view.lost : lostFromRelease(frame, now(), context.away) };
    }
    case "lock-denied":
      return frame.owner ? { ...view, owner: frame.owner } : view;
    case "lock-expiring": {
      if (frame.reason === "idle") return { ...view, idleUntil: frame.at };
      const myLock = view.myLock && mine(frame.owner.staffId) ? { ...view.myLock, graceUntil: frame.at } : view.myLock;
      return { ...view, graceUntil: frame.at, myLock };
    }
    case "presence":
      return { ...view, viewers: frame.viewers };
    case "presence-delta":
      return { ...view, viewers: applyPresenceDelta(view.viewers, frame) };
    case "activity":
      if (view.feed.some((item) => item.id === frame.item.id)) return view;
      return { ...view, feed: [frame.item, ...view.feed].slice(0, FEED_MAX) };
    case "handoff-requested":
      return { ...view, handoff: { ...frame.request, ...(frame.message ? { message: frame.message } : {}) } };
    case "handoff-answered":
      return view.handoff?.id === frame.requestId ? { ...view, handoff: null } : view;
    case "ack":
      // The owner's heartbeat renewed the lease: keep the countdown honest.
      if (!view.myLock || frame.expiresAt === undefined) return view;
      return { ...view, myLock: { ...view.myLock, expiresAt: frame.expiresAt, graceUntil: null }, graceUntil: null };
    case "session-ended":
      return {
        ...view,
        myLock: null,
        lost: view.myLock ? lostFromRelease({ reason: "signed-out", by: null }, now(), context.away) : view.lost,
        ended: frame.reason,
      };
    case "customer-updated":
    case "merchant-updated":
    case "record-changed":
    case "serving":
    case "error":
      // Events for the screens (a record to show anew, a refusal, the capture's interaction), not facts about the room.
      return view;
  }
}
