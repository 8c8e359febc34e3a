// note.edit: the author corrects a manual note within 15 minutes. The old text becomes a revision
// (append-only), the note keeps its id, and a system note records that it was edited.
import type * as v from "valibot";
import { checkNoteEdit } from "../../core/domain/notes";
import { redactFreeText } from "../../core/domain/redaction";
import type { NoteEditCommandSchema } from "../../core/protocol/compliance-commands";
import { AppError } from "../../core/protocol/errors";
import { findCustomerNote, insertNoteRevision, setNoteText } from "../../db/repositories/notes";
import type { CommandHandler } from "./types";

export const noteEdit: CommandHandler<v.InferOutput<typeof NoteEditCommandSchema>> = {
  permission: "customer.note",
  requiresOwnership: false,
  async plan(ctx, command) {
    const note = await findCustomerNote(ctx.db, ctx.actor.orgId, ctx.customer.id, command.noteId);
    if (!note) throw new AppError("NOT_FOUND", "No such note on this account");
    const check = checkNoteEdit(note, ctx.actor.id, ctx.now);
    if (!check.ok) throw new AppError(check.code, check.message, { noteId: note.id });
    const text = redactFreeText(command.text.trim(), ctx.now);
    const revisionId = ctx.id("rev");
    return {
      statements: [
        insertNoteRevision(ctx.db, { id: revisionId, noteId: note.id, text: note.text, replacedAt: ctx.now }),
        setNoteText(ctx.db, note.id, text, ctx.now),
      ],
      note: { kind: "system", text: `${ctx.actor.name} edited a note`, category: note.category, action: "note.edit" },
      activity: { kind: "system", summary: `${ctx.actor.name} edited a note`, data: { noteId: note.id } },
      audit: { action: "note.edit", targetType: "note", targetId: note.id, details: { revisionId } },
      // `noteId` in the reply is the system note's; the edited note travels as `edited`.
      reply: { edited: { id: note.id, text, editedAt: ctx.now }, revisionId },
    };
  },
};
