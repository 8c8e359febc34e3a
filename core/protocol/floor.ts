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
export const FloorErrorSchema = v.object({
  type: v.literal("error"),
  v: v.literal(PROTOCOL_VERSION),
  code: v.string(),
  message: v.string(),
});
export const FloorFrameSchema = v.variant("type", [FloorStateSchema, FloorDeltaSchema, FloorErrorSchema]);
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
