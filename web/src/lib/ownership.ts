// Why this rep no longer owns an account, in words, for the notice that stays until acknowledged.
import type { OwnerView } from "../../../core/protocol/room";
import { firstName } from "./format";

export type LostReason = "released" | "expired" | "idle" | "taken-over" | "handed-off" | "signed-out" | "disconnected";

export interface LostOwnership {
  reason: LostReason;
  by: { staffId: string; name: string } | null;
  note?: string;
  at: number;
  /** The tab was hidden (or the connection down) when it happened: the rep may not have seen it. */
  whileAway: boolean;
}

export function lostFromRelease(
  frame: { reason: LostReason; by: { staffId: string; name: string } | null; note?: string },
  at: number,
  whileAway: boolean,
): LostOwnership {
  return { reason: frame.reason, by: frame.by, ...(frame.note ? { note: frame.note } : {}), at, whileAway };
}

/** After a reconnect the room no longer lists us as owner and no release reached us. */
export function lostWhileDisconnected(owner: OwnerView | null, at: number): LostOwnership {
  return {
    reason: owner ? "taken-over" : "disconnected",
    by: owner ? { staffId: owner.staffId, name: owner.name } : null,
    at,
    whileAway: true,
  };
}

export function lostMessage(lost: LostOwnership): { title: string; detail: string } {
  const by = lost.by ? firstName(lost.by.name) : "Someone";
  switch (lost.reason) {
    case "taken-over":
      return {
        title: `${lost.by ? lost.by.name : "A team lead"} took over this account`,
        detail: lost.note ? `Their reason: “${lost.note}”` : `${by} owns it now; your unsaved edits were not sent.`,
      };
    case "expired":
      return { title: "Your ownership expired", detail: "The connection was silent for too long, so the account was released." };
    case "disconnected":
      return {
        title: "Your ownership ended while you were disconnected",
        detail: "The grace period ran out before the connection came back.",
      };
    case "idle":
      return {
        title: "Your ownership ended after inactivity",
        detail: "Nobody touched this screen for a while, so the account was released.",
      };
    case "released":
      return { title: "You released this account elsewhere", detail: "Another tab or device of yours released ownership." };
    case "handed-off":
      return { title: "The account was handed off", detail: `${by} handed it to a colleague.` };
    case "signed-out":
      return { title: "You were signed out", detail: "Signing out ends ownership of every account you held." };
  }
}
