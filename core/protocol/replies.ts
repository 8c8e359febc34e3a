// What a command run through a customer room answers over HTTP (worker/rooms.ts): the command's
// own fields, plus the id of the note the change carried. A resend the room recognised by its
// client id is answered with `duplicate` instead, and wrote no new note.
import * as v from "valibot";

export function commandReply<T extends v.ObjectEntries>(entries: T) {
  return v.object({ ...entries, noteId: v.optional(v.string()), duplicate: v.optional(v.literal(true)) });
}
