// The caller the phone assistant just handed to a rep, read from the account's live feed: what they
// asked and what the assistant answered, so the rep starts where the assistant stopped.
import * as v from "valibot";
import type { FeedItem } from "../../../core/protocol/room";
import { type CallActivity, CallActivitySchema } from "../../../core/protocol/voice-answers";

/** A transfer older than this is a past call, not the caller on the line. */
export const LIVE_CALLER_MS = 30 * 60_000;

export function liveCaller(feed: readonly FeedItem[], now: number): (CallActivity & { at: number }) | null {
  for (const item of feed) {
    if (item.kind !== "communication" || now - item.at > LIVE_CALLER_MS) continue;
    const parsed = v.safeParse(CallActivitySchema, item.data);
    if (parsed.success && parsed.output.call === "transferred") return { ...parsed.output, at: item.at };
  }
  return null;
}
