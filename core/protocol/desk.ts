// Frames of the service desk's room (party/desk-room.ts): ticket rooms tell it, queues listen.
import * as v from "valibot";
import { PROTOCOL_VERSION } from "./room";

export const DeskStateSchema = v.object({ type: v.literal("desk-state"), v: v.literal(PROTOCOL_VERSION), serverTime: v.number() });
export const DeskChangedSchema = v.object({
  type: v.literal("desk-changed"),
  v: v.literal(PROTOCOL_VERSION),
  ticketId: v.string(),
  /** "opened": a new ticket arrived; "changed": its status, assignee, team or clock moved. */
  change: v.picklist(["opened", "changed"]),
  serverTime: v.number(),
});
export const DeskErrorSchema = v.object({
  type: v.literal("error"),
  v: v.literal(PROTOCOL_VERSION),
  code: v.string(),
  message: v.string(),
});
export const DeskFrameSchema = v.variant("type", [DeskStateSchema, DeskChangedSchema, DeskErrorSchema]);
export type DeskFrame = v.InferOutput<typeof DeskFrameSchema>;
export type DeskNotice = Pick<v.InferOutput<typeof DeskChangedSchema>, "ticketId" | "change">;
