// Answers about a customer's record: the activity feed and the notes, and what the customer
// commands (a note, a profile change, a prompt dismissal, a reveal) answer through the room.
import * as v from "valibot";
import { PII_FIELD_NAMES } from "../domain/pii";
import { PROMPT_KINDS } from "../domain/prompts";
import { NOTE_KINDS } from "./compliance";
import { commandReply } from "./replies";
import { FeedItemSchema } from "./room";

/** GET /api/customers/:id/activity: newest first; `next` continues after the last item. */
export const ActivityPageSchema = v.object({
  items: v.array(FeedItemSchema),
  next: v.nullable(v.object({ before: v.number(), beforeId: v.string() })),
});
export type ActivityPage = v.InferOutput<typeof ActivityPageSchema>;

export const NoteItemSchema = v.object({
  id: v.string(),
  text: v.string(),
  kind: v.picklist(NOTE_KINDS),
  category: v.string(),
  /** The action the note accompanies, e.g. "note.add", "customer.view". */
  action: v.string(),
  /** Null for the system's own notes (an e-signature). */
  author: v.nullable(v.object({ staffId: v.string(), name: v.string() })),
  createdAt: v.number(),
  editedAt: v.nullable(v.number()),
  revisions: v.number(),
  /** The caller wrote it and may still edit it. */
  editable: v.boolean(),
});
export type NoteItem = v.InferOutput<typeof NoteItemSchema>;

/** GET /api/customers/:id/notes */
export const NotesPageSchema = v.object({ items: v.array(NoteItemSchema), nextOffset: v.nullable(v.number()) });
export type NotesPage = v.InferOutput<typeof NotesPageSchema>;

/** POST /api/customers/:id/notes */
export const NoteAddedSchema = commandReply({});
export type NoteAdded = v.InferOutput<typeof NoteAddedSchema>;

/** PATCH /api/customers/:id/profile */
export const ProfileUpdatedSchema = commandReply({});
export type ProfileUpdated = v.InferOutput<typeof ProfileUpdatedSchema>;

/** PATCH /api/customers/:id/notes/:noteId: `noteId` is the system note recording the edit. */
export const NoteEditedSchema = commandReply({
  edited: v.object({ id: v.string(), text: v.string(), editedAt: v.number() }),
  revisionId: v.string(),
});
export type NoteEdited = v.InferOutput<typeof NoteEditedSchema>;

/** POST /api/customers/:id/prompts/:promptId/dismiss */
export const PromptDismissedSchema = commandReply({ promptId: v.picklist(PROMPT_KINDS) });
export type PromptDismissed = v.InferOutput<typeof PromptDismissedSchema>;

/** POST /api/customers/:id/reveal: the value in full, to the caller only. */
export const RevealedSchema = commandReply({ field: v.picklist(PII_FIELD_NAMES), value: v.string() });
export type Revealed = v.InferOutput<typeof RevealedSchema>;
