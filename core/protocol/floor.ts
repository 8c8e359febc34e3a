// Frames of a team's floor room: customer rooms report in, leads' dashboards subscribe.
import * as v from "valibot";
import { DeviceClassSchema, RoleSchema } from "../domain/roles";
import { PROTOCOL_VERSION, PresenceStateSchema } from "./room";

export const FloorPersonSchema = v.object({
  staffId: v.string(),
  name: v.string(),
  role: RoleSchema,
  teamId: v.nullable(v.string()),
  device: DeviceClassSchema,
  state: PresenceStateSchema,
  since: v.number(),
});

/**
 * Someone the room is measuring now (process monitor): the place in front of them, the step it is
 * in their process (with its reference and maximum) and their time on it so far, for the live view.
 */
export const FloorServingSchema = v.object({
  staffId: v.string(),
  name: v.string(),
  teamId: v.nullable(v.string()),
  place: v.string(),
  placeLabel: v.string(),
  step: v.nullable(v.object({ processName: v.string(), label: v.string(), referenceSeconds: v.number(), maxSeconds: v.number() })),
  /** Counted time on this step before the current stretch. */
  spentMs: v.number(),
  /** When the current stretch started (server time); null while the clock is stopped (hidden, idle). */
  since: v.nullable(v.number()),
});
export type FloorServing = v.InferOutput<typeof FloorServingSchema>;

/** One customer room as it stands: who owns it, who is in it. */
export const FloorEntrySchema = v.object({
  customerId: v.string(),
  customerName: v.string(),
  customerTeamId: v.nullable(v.string()),
  owner: v.nullable(
    v.object({
      staffId: v.string(),
      name: v.string(),
      teamId: v.nullable(v.string()),
      device: DeviceClassSchema,
      since: v.number(),
      lastActivityAt: v.number(),
    }),
  ),
  viewers: v.array(FloorPersonSchema),
  handoffPending: v.boolean(),
  serving: v.optional(v.array(FloorServingSchema), []),
  updatedAt: v.number(),
});
export type FloorEntry = v.InferOutput<typeof FloorEntrySchema>;

export const FloorStateSchema = v.object({
  type: v.literal("floor-state"),
  v: v.literal(PROTOCOL_VERSION),
  teamId: v.string(),
  entries: v.array(FloorEntrySchema),
  serverTime: v.number(),
});
export const FloorDeltaSchema = v.object({
  type: v.literal("floor-delta"),
  v: v.literal(PROTOCOL_VERSION),
  upserts: v.array(FloorEntrySchema),
  removals: v.array(v.string()),
  serverTime: v.number(),
});
/** Transferred phone callers changed (one waits, or was taken): call lists ask again at once. */
export const FloorCallsChangedSchema = v.object({
  type: v.literal("calls-changed"),
  v: v.literal(PROTOCOL_VERSION),
  serverTime: v.number(),
});
export const FloorErrorSchema = v.object({
  type: v.literal("error"),
  v: v.literal(PROTOCOL_VERSION),
  code: v.string(),
  message: v.string(),
});
/** A work queue moved (a callback scheduled, moved or done): call lists and counters fetch again. */
export const QueueChangeSchema = v.object({
  queue: v.literal("callbacks"),
  customerId: v.string(),
  /** Whose own lists changed (the assignees, before and after). */
  staffIds: v.array(v.string()),
});
export type QueueChange = v.InferOutput<typeof QueueChangeSchema>;
export const QueueChangedSchema = v.object({
  type: v.literal("queue-changed"),
  v: v.literal(PROTOCOL_VERSION),
  ...QueueChangeSchema.entries,
  serverTime: v.number(),
});

/** Callbacks that fell due, pushed by the Cron Trigger: the rep sees their own, the lead the team's. */
export const DueCallbackSchema = v.object({
  id: v.string(),
  customerId: v.string(),
  customerName: v.string(),
  assignedTo: v.nullable(v.string()),
  assigneeName: v.nullable(v.string()),
  dueAt: v.number(),
});
export type DueCallback = v.InferOutput<typeof DueCallbackSchema>;
export const CallbacksDueSchema = v.object({
  type: v.literal("callbacks-due"),
  v: v.literal(PROTOCOL_VERSION),
  callbacks: v.array(DueCallbackSchema),
  serverTime: v.number(),
});

export const FloorFrameSchema = v.variant("type", [
  FloorStateSchema,
  FloorDeltaSchema,
  QueueChangedSchema,
  CallbacksDueSchema,
  FloorCallsChangedSchema,
  FloorErrorSchema,
]);
export type FloorFrame = v.InferOutput<typeof FloorFrameSchema>;

/**
 * Whether an entry concerns a team: its owner or a viewer belongs to it, or it is one of the
 * team's own customers and anybody at all is on it.
 */
export function entryConcernsTeam(entry: FloorEntry, teamId: string): boolean {
  const occupied = entry.owner !== null || entry.viewers.length > 0;
  return entry.owner?.teamId === teamId || entry.viewers.some((p) => p.teamId === teamId) || (occupied && entry.customerTeamId === teamId);
}

/** Coalescing window of floor deltas. */
export const FLOOR_COALESCE_MS = 250;
