// Translates domain values (lock owners, viewers, activity rows) into protocol frames.
import type { Actor } from "../../core/domain/actor";
import type { Holder, LockState, Owner } from "../../core/domain/lock";
import { presenceDelta, type Viewer } from "../../core/domain/presence";
import type { FeedItem, OwnerView, ServerFrameBody, ViewerView } from "../../core/protocol/room";

export function ownerView(owner: Owner): OwnerView {
  return { staffId: owner.staffId, name: owner.name, role: owner.role, device: owner.device, since: owner.since };
}

export function personView(holder: Pick<Holder, "staffId" | "name">): { staffId: string; name: string } {
  return { staffId: holder.staffId, name: holder.name };
}

export function viewerView(viewer: Viewer): ViewerView {
  return {
    staffId: viewer.staffId,
    name: viewer.name,
    role: viewer.role,
    device: viewer.device,
    state: viewer.state,
    since: viewer.since,
    connections: viewer.connections,
  };
}

export function holderOf(actor: Actor, device: Holder["device"]): Holder {
  return { staffId: actor.id, name: actor.name, role: actor.role, teamId: actor.teamId, device };
}

/** What a socket receives on joining (and on every reconnect, replacing what it had). */
export function roomStateFrame(input: {
  /** The account, under the name its kind's room-state gives it. */
  account: { customerId: string } | { merchantId: string } | { ticketId: string };
  now: number;
  lock: LockState;
  viewers: Viewer[];
  feed: FeedItem[];
  actor: Actor;
  connectionId: string;
}): ServerFrameBody {
  const { lock } = input;
  return {
    type: "room-state",
    ...input.account,
    serverTime: input.now,
    owner: lock.owner ? ownerView(lock.owner) : null,
    lock: lock.owner ? { token: lock.token, expiresAt: lock.expiresAt, graceUntil: lock.graceUntil } : null,
    viewers: input.viewers.map(viewerView),
    feed: input.feed,
    handoff: lock.handoff ? { id: lock.handoff.id, from: personView(lock.handoff.from), requestedAt: lock.handoff.requestedAt } : null,
    you: { staffId: input.actor.id, connectionId: input.connectionId },
  };
}

/**
 * What a room's sockets are told about who is here: the full list first, then only what changed
 * (with 200 people in a room, the whole list to each of them is 40,000 entries per change). The
 * last list told lives in memory: after hibernation it is unknown, and the next frame is whole.
 */
export class PresenceTeller {
  private told: ViewerView[] | null = null;

  /** The frame for the room's list now, or null when nothing a socket shows has changed. */
  frameFor(viewers: readonly Viewer[]): ServerFrameBody | null {
    const shown = viewers.map(viewerView);
    const told = this.told;
    this.told = shown;
    if (!told) return { type: "presence", viewers: shown };
    const delta = presenceDelta(told, shown);
    return delta.upserts.length > 0 || delta.removals.length > 0 ? { type: "presence-delta", ...delta } : null;
  }
}
