// Answers of the phone line's staff routes: the transferred callers waiting for a rep, and taking one.
import * as v from "valibot";

export const WaitingCallerSchema = v.object({
  id: v.string(),
  /** The customer the number identified, or null for an unknown caller. */
  customer: v.nullable(v.object({ id: v.string(), name: v.string() })),
  /** The calling number, masked to its last 4. */
  caller: v.string(),
  verified: v.boolean(),
  question: v.nullable(v.string()),
  answer: v.nullable(v.string()),
  article: v.nullable(v.object({ id: v.string(), version: v.number() })),
  confidence: v.nullable(v.number()),
  reason: v.nullable(v.string()),
  transferredAt: v.number(),
});
export type WaitingCaller = v.InferOutput<typeof WaitingCallerSchema>;

/** GET /api/voice/waiting */
export const WaitingCallersSchema = v.object({ items: v.array(WaitingCallerSchema) });
export type WaitingCallers = v.InferOutput<typeof WaitingCallersSchema>;

/** POST /api/voice/calls/:id/take */
export const CallTakenSchema = v.object({ id: v.string(), takenBy: v.string() });
export type CallTaken = v.InferOutput<typeof CallTakenSchema>;

/** What a phone call's item in the activity feed carries (party/commands/call-logged.ts writes it). */
export const CallActivitySchema = v.object({
  call: v.picklist(["answered", "transferred", "abandoned"]),
  callId: v.string(),
  question: v.nullable(v.string()),
  answer: v.nullable(v.string()),
  articleId: v.nullable(v.string()),
  version: v.nullable(v.number()),
  confidence: v.nullable(v.number()),
  verified: v.boolean(),
  reason: v.nullable(v.string()),
});
export type CallActivity = v.InferOutput<typeof CallActivitySchema>;
