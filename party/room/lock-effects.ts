// What each lock decision means on the wire: the frames to send, and to whom. (What it means in the
// system of record is in lock-records.ts.)
import type { LockEvent } from "../../core/domain/lock";
import type { ServerFrameBody } from "../../core/protocol/room";
import { ownerView, personView } from "./frames";

export interface FrameEffect {
  to: "all" | "requester";
  body: ServerFrameBody;
}

export function lockEventEffects(events: LockEvent[], context: { reqId?: string; handoffMessage?: string }) {
  const reqId = context.reqId ? { reqId: context.reqId } : {};
  const frames: FrameEffect[] = [];
  let ownershipChanged = false;
  for (const event of events) {
    switch (event.type) {
      case "granted":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "lock-granted",
            ...reqId,
            owner: ownerView(event.owner),
            token: event.token,
            expiresAt: event.expiresAt,
            reason: event.reason,
            previous: event.previous ? personView(event.previous) : null,
            ...(event.note ? { note: event.note } : {}),
          },
        });
        break;
      case "resumed":
        frames.push({
          to: "all",
          body: {
            type: "lock-granted",
            ...reqId,
            owner: ownerView(event.owner),
            token: event.token,
            expiresAt: event.expiresAt,
            reason: "resumed",
            previous: null,
          },
        });
        break;
      case "denied":
        frames.push({
          to: "requester",
          body: {
            type: "lock-denied",
            ...reqId,
            code: event.code,
            message: event.message,
            owner: event.owner ? ownerView(event.owner) : null,
          },
        });
        break;
      case "released":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "lock-released",
            ...reqId,
            previous: personView(event.previous),
            reason: event.reason,
            by: event.by ? personView(event.by) : null,
            ...(event.note ? { note: event.note } : {}),
          },
        });
        break;
      case "expiring":
        frames.push({ to: "all", body: { type: "lock-expiring", owner: ownerView(event.owner), at: event.at, reason: event.reason } });
        break;
      case "handoff-requested":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "handoff-requested",
            ...reqId,
            request: { id: event.request.id, from: personView(event.request.from), requestedAt: event.request.requestedAt },
            ...(context.handoffMessage ? { message: context.handoffMessage } : {}),
          },
        });
        break;
      case "handoff-refused":
        frames.push({
          to: "all",
          body: {
            type: "handoff-answered",
            ...reqId,
            requestId: event.request.id,
            outcome: "refused",
            from: personView(event.request.from),
          },
        });
        break;
      case "handoff-lapsed":
        frames.push({
          to: "all",
          body: { type: "handoff-answered", requestId: event.request.id, outcome: "lapsed", from: personView(event.request.from) },
        });
        break;
    }
    if (event.type === "granted" && event.handoff) {
      frames.push({
        to: "all",
        body: { type: "handoff-answered", ...reqId, requestId: event.handoff.id, outcome: "accepted", from: personView(event.owner) },
      });
    }
  }
  return {
    frames,
    ownershipChanged,
  };
}
