// An interaction the room is measuring now (party/room/interactions.ts keeps them; live-steps.ts shows
// them on the floor): who, since when, and the device's captured intervals so far.
import type { Holder } from "../../core/domain/lock";
import type { ClockInterval } from "../../core/domain/step-clock";

export interface OpenInteraction {
  id: string;
  kind: "ownership" | "call";
  staffId: string;
  name: string;
  role: Holder["role"];
  teamId: string | null;
  startedAt: number;
  /** Batch ids already stored (a resend is a no-op). */
  batches: string[];
  /** The device's clock; folded when it grows. */
  intervals: ClockInterval[];
  current: { at: string; since: number; sentAt: number; receivedAt: number } | null;
  /** A call's rep left the room at this time (ownership has its own grace). */
  goneAt: number | null;
}
