// The phone line's record of a call, written into the customer's account through their room by the
// system (the caller is not staff): what was asked, what the assistant answered, how it ended.
import * as v from "valibot";

export const VoiceCallIdSchema = v.pipe(v.string(), v.regex(/^vcl_\w{1,60}$/, "is not a call id"));
export const CALL_OUTCOMES = ["answered", "transferred", "abandoned"] as const;

export const CallLoggedCommandSchema = v.object({
  type: v.literal("call.logged"),
  callId: VoiceCallIdSchema,
  outcome: v.picklist(CALL_OUTCOMES),
});
