// Callback commands. Each runs in the customer's room (note, audit, broadcast) without ownership:
// a callback is the rep's task about the account, not a change to its data (docs/decisions/023-callbacks-and-the-org-clock.md).
import * as v from "valibot";
import { CALLBACK_REASON_MAX } from "../domain/callbacks";
import { NoteTextSchema } from "./api";

export const CallbackIdSchema = v.pipe(v.string(), v.regex(/^cb_[\w-]{1,60}$/, "is not a callback id"));
const StaffIdSchema = v.pipe(v.string(), v.regex(/^stf_[\w-]{1,64}$/, "is not a staff id"));
/** An instant in ms (the client reads the wall time in the org's zone: core/domain/callback-time.ts). */
const DueAtSchema = v.pipe(v.number(), v.safeInteger("must be a time in ms"), v.minValue(0));
const ReasonSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(CALLBACK_REASON_MAX));

/** `assignedTo` defaults to the one scheduling; the note is the rep's (often "call back Friday 3 pm"). */
export const CallbackScheduleCommandSchema = v.object({
  type: v.literal("callback.schedule"),
  dueAt: DueAtSchema,
  reason: v.optional(ReasonSchema),
  assignedTo: v.optional(StaffIdSchema),
  note: NoteTextSchema,
});

/** A new time (and, for a lead, a new person). */
export const CallbackRescheduleCommandSchema = v.object({
  type: v.literal("callback.reschedule"),
  callbackId: CallbackIdSchema,
  dueAt: DueAtSchema,
  assignedTo: v.optional(StaffIdSchema),
  note: NoteTextSchema,
});

/** Done: the note is the outcome of the call. */
export const CallbackCompleteCommandSchema = v.object({
  type: v.literal("callback.complete"),
  callbackId: CallbackIdSchema,
  note: NoteTextSchema,
});

export const CALLBACK_COMMAND_SCHEMAS = [
  CallbackScheduleCommandSchema,
  CallbackRescheduleCommandSchema,
  CallbackCompleteCommandSchema,
] as const;
