// note.add on a merchant: records a contact. Needs read access, not ownership.
import type * as v from "valibot";
import type { MerchantNoteAddSchema } from "../../core/protocol/merchant-commands";
import type { MerchantHandler } from "./types";

export const merchantNoteAdd: MerchantHandler<v.InferOutput<typeof MerchantNoteAddSchema>> = {
  permission: "merchant.note",
  requiresOwnership: false,
  async plan(ctx, command) {
    const noteId = command.clientId ? `not_m_${command.clientId}` : ctx.id("not");
    return {
      statements: [],
      note: { id: noteId, text: command.text, category: command.category, action: "note.add" },
      activity: { kind: "note", summary: command.text, data: { noteId, category: command.category, kind: "manual" } },
      audit: { action: "note.add", targetType: "note", targetId: noteId },
      reply: { noteId },
    };
  },
};
