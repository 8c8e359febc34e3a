// note.add: a rep records a contact. Needs read access, not ownership.
import type * as v from "valibot";
import type { NoteAddCommandSchema } from "../../core/protocol/commands";
import type { CommandHandler } from "./types";

export const noteAdd: CommandHandler<v.InferOutput<typeof NoteAddCommandSchema>> = {
  permission: "customer.note",
  requiresOwnership: false,
  async plan(ctx, command) {
    const noteId = command.clientId ? `not_c_${command.clientId}` : ctx.id("not");
    return {
      statements: [],
      note: { id: noteId, text: command.text, category: command.category, action: "note.add" },
      activity: { kind: "note", summary: command.text, data: { noteId, category: command.category, kind: "manual" } },
      audit: { action: "note.add", targetType: "note", targetId: noteId },
      reply: { noteId },
    };
  },
};
