// Commands of the compliance features that go through the customer room: revealing one PII field
// (audited, noted, rate-limited) and editing one's own recent note (with a revision kept).
import * as v from "valibot";
import { PII_FIELD_NAMES } from "../domain/pii";
import { NoteTextSchema } from "./api";

export const NoteIdSchema = v.pipe(v.string(), v.regex(/^not_[\w-]{1,80}$/, "is not a note id"));

/** `recordId` names the loan when the field lives on one (disbursementAccount). */
export const PiiRevealCommandSchema = v.object({
  type: v.literal("pii.reveal"),
  field: v.picklist(PII_FIELD_NAMES),
  recordId: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, "is not a record id"))),
  note: NoteTextSchema,
});

export const NoteEditCommandSchema = v.object({
  type: v.literal("note.edit"),
  noteId: NoteIdSchema,
  text: NoteTextSchema,
});
