// What every client frame of an account's room must answer, per role and lock holder, written by
// hand over the spec's permission grid (a customer's room asks lock.acquire and lock.takeover, a
// merchant's merchant.own and merchant.takeover). frame-matrix.test.ts walks CLIENT_FRAME_TYPES: a
// frame type without an entry here fails it.
import { type SpecPermission, type SpecRole, specAllows } from "../../shared/authorization-spec";
import type { LockHolder } from "./route-spec";

/** The reply the sender gets (matched by reqId): its type, and the code for refusals. */
export interface FrameOutcome {
  reply: string;
  code?: string;
}

/** Which permissions a kind of room asks for ownership and takeovers. */
export interface RoomPermissions {
  acquire: SpecPermission;
  takeover: SpecPermission;
}
export const CUSTOMER_ROOM: RoomPermissions = { acquire: "lock.acquire", takeover: "lock.takeover" };
export const MERCHANT_ROOM: RoomPermissions = { acquire: "merchant.own", takeover: "merchant.takeover" };
/** A ticket is worked like an account (issue 16): whoever works tickets owns one, leads take one over. */
export const TICKET_ROOM: RoomPermissions = { acquire: "ticket.work", takeover: "ticket.takeover" };

export interface FrameExpectation {
  frame: Record<string, unknown>;
  outcome(role: SpecRole, lock: LockHolder, room: RoomPermissions): FrameOutcome;
}

const forbidden: FrameOutcome = { reply: "error", code: "FORBIDDEN" };
const denied = (code: string): FrameOutcome => ({ reply: "lock-denied", code });

export const FRAMES: Record<string, FrameExpectation> = {
  "lock-request": {
    frame: { type: "lock-request" },
    outcome: (role, lock, room) =>
      !specAllows(role, room.acquire) ? forbidden : lock === "other" ? denied("LOCK_HELD") : { reply: "lock-granted" },
  },
  "lock-release": {
    frame: { type: "lock-release" },
    outcome: (_role, lock) => (lock === "self" ? { reply: "lock-released" } : denied("LOCK_NOT_HELD")),
  },
  "lock-takeover": {
    frame: { type: "lock-takeover", reason: "Customer escalated; taking over" },
    outcome: (role, _lock, room) => (specAllows(role, room.takeover) ? { reply: "lock-granted" } : forbidden),
  },
  "handoff-request": {
    frame: { type: "handoff-request", message: "May I have it?" },
    outcome: (role, lock, room) =>
      !specAllows(role, room.acquire)
        ? forbidden
        : lock === "other"
          ? { reply: "handoff-requested" }
          : lock === "self"
            ? denied("CONFLICT")
            : denied("LOCK_NOT_HELD"),
  },
  "handoff-answer": {
    frame: { type: "handoff-answer", requestId: "no-such-request", accept: true },
    outcome: (_role, lock) => (lock === "self" ? denied("CONFLICT") : denied("LOCK_NOT_HELD")),
  },
  heartbeat: { frame: { type: "heartbeat", active: true }, outcome: () => ({ reply: "ack" }) },
  "presence-update": { frame: { type: "presence-update", state: "editing" }, outcome: () => ({ reply: "ack" }) },
  // Only the people the monitor measures send step times; this one names no interaction of theirs.
  "step-batch": {
    frame: {
      type: "step-batch",
      interactionId: "int_00000000000000000000",
      batchId: "matrix-batch-0001",
      sentAt: Date.now(),
      intervals: [],
      current: null,
    },
    outcome: (role) => (specAllows(role, "monitor.self") ? { reply: "error", code: "NOT_FOUND" } : forbidden),
  },
};
