// What the room's feed tells the notes list: a note to show as it is, or one to fetch.

import type { NoteItem } from "../../../core/protocol/activity-answers";
import type { FeedItem } from "../../../core/protocol/room";

/** A note as the room announces it (feed item of kind "note"), in the list's shape. */
export function noteFromFeed(item: FeedItem): NoteItem | null {
  const data = item.data ?? {};
  const id = typeof data.noteId === "string" ? data.noteId : null;
  if (!id) return null;
  const kind = data.kind === "automatic" || data.kind === "system" ? data.kind : "manual";
  return {
    id,
    text: item.summary,
    kind,
    category: typeof data.category === "string" ? data.category : kind === "manual" ? "general" : "system",
    action: kind === "automatic" ? "customer.view" : "note.add",
    author: item.actor,
    createdAt: item.at,
    editedAt: null,
    revisions: 0,
    // Whether the caller may still edit it is the API's to say; the next page load tells.
    editable: false,
  };
}

/**
 * What a feed item means for the notes list: the note itself (an added note or a "viewed" note
 * carries its text), a note to fetch, or nothing. Every other change is written with the rep's
 * note beside it and a takeover with its reason, but their items carry neither; other ownership
 * events write no note at all.
 */
export function noteChange(item: FeedItem): NoteItem | "fetch" | null {
  if (item.kind === "note") return noteFromFeed(item) ?? "fetch";
  if (item.kind === "lock") return item.data?.event === "granted" && item.data.reason === "takeover" ? "fetch" : null;
  return item.actor ? "fetch" : null;
}
