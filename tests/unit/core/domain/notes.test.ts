import { describe, expect, it } from "vitest";
import { checkNoteEdit, NOTE_EDIT_WINDOW_MS } from "../../../../core/domain/notes";

const note = { authorId: "stf_ana", kind: "manual" as const, immutable: false, createdAt: 1_000_000 };

describe("who may edit a note", () => {
  it("lets the author edit a manual note for 15 minutes", () => {
    expect(checkNoteEdit(note, "stf_ana", note.createdAt + NOTE_EDIT_WINDOW_MS)).toEqual({ ok: true });
    expect(checkNoteEdit(note, "stf_ana", note.createdAt + NOTE_EDIT_WINDOW_MS + 1)).toMatchObject({
      ok: false,
      code: "EDIT_WINDOW_CLOSED",
    });
  });

  it("refuses anyone else, and automatic, system or locked notes", () => {
    expect(checkNoteEdit(note, "stf_ben", note.createdAt)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkNoteEdit({ ...note, kind: "automatic" }, "stf_ana", note.createdAt)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkNoteEdit({ ...note, kind: "system" }, "stf_ana", note.createdAt)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkNoteEdit({ ...note, immutable: true }, "stf_ana", note.createdAt)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
