// Why this rep no longer owns an account, in words, for the notice that stays until acknowledged.
import type { LostOwnership } from "../../../core/domain/room-view";
import { firstName } from "./format";

export type { LostOwnership, LostReason } from "../../../core/domain/room-view";

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
