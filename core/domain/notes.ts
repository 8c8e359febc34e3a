// Who may edit a note and until when: only its author, only manual notes, only for 15 minutes.
export const NOTE_EDIT_WINDOW_MS = 15 * 60_000;

export interface NoteFacts {
  authorId: string | null;
  kind: "manual" | "automatic" | "system";
  immutable: boolean;
  createdAt: number;
}

export type NoteEditCheck = { ok: true } | { ok: false; code: "FORBIDDEN" | "EDIT_WINDOW_CLOSED"; message: string };

/** Automatic and system notes are records of what happened, so they never change. */
export function checkNoteEdit(note: NoteFacts, staffId: string, now: number): NoteEditCheck {
  if (note.kind !== "manual" || note.immutable)
    return { ok: false, code: "FORBIDDEN", message: "This note is a permanent record and cannot be edited" };
  if (note.authorId !== staffId) return { ok: false, code: "FORBIDDEN", message: "Only the author can edit a note" };
  if (now - note.createdAt > NOTE_EDIT_WINDOW_MS)
    return { ok: false, code: "EDIT_WINDOW_CLOSED", message: "Notes can be edited for 15 minutes after they are written" };
  return { ok: true };
}

export function isNoteEditable(note: NoteFacts, staffId: string, now: number): boolean {
  return checkNoteEdit(note, staffId, now).ok;
}

/** Reading an account writes one automatic "viewed" note per person per account in this window. */
export const VIEW_WINDOW_MS = 30 * 60_000;
