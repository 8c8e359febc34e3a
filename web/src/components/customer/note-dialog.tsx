// Add a note (text and category). The draft survives closing the sheet; a note written offline is
// queued and sent once the connection is back.
import { For, Show } from "solid-js";
import type { NOTE_CATEGORIES } from "../../../../core/protocol/commands";
import { uid } from "../../lib/ids";
import { noteDrafts, noteOutbox } from "../../lib/note-outbox";
import { online } from "../../lib/online";
import { usePlace } from "../../lib/step-marker";
import { Dialog } from "../common/dialog";

/**
 * Every category the server accepts, with its label. Checked against the protocol at compile time
 * (a category added or removed there fails the build here) without shipping the command schemas.
 */
const CATEGORY_LABELS = {
  general: "General",
  payment: "Payment",
  order: "Order",
  identity: "Identity",
  complaint: "Complaint",
  callback: "Callback",
  compliance: "Compliance",
} satisfies Record<(typeof NOTE_CATEGORIES)[number], string>;

export function NoteDialog(props: { open: boolean; customerId: string; onClose: () => void }) {
  const id = uid("note");
  const draft = () => noteDrafts.get(props.customerId);
  usePlace(
    () => props.customerId,
    () => props.open && "dialog.note",
  );
  return (
    <Dialog open={props.open} title="Add a note" onClose={props.onClose}>
      <form
        class="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          const { text, category } = draft();
          if (!text.trim()) return;
          noteOutbox.add(props.customerId, text.trim(), category);
          noteDrafts.clear(props.customerId);
          props.onClose();
        }}
      >
        <div class="field">
          <label for={`${id}-text`}>Note</label>
          <textarea
            id={`${id}-text`}
            required
            value={draft().text}
            onInput={(e) => noteDrafts.set(props.customerId, { ...draft(), text: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-category`}>Category</label>
          <select
            id={`${id}-category`}
            value={draft().category}
            onChange={(e) => noteDrafts.set(props.customerId, { ...draft(), category: e.currentTarget.value })}
          >
            <For each={Object.entries(CATEGORY_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <Show when={!online()}>
          <p class="hint">You are offline: the note is kept and sent when you are back.</p>
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Keep draft
          </button>
          <button type="submit" class="btn btn-primary">
            Save note
          </button>
        </div>
      </form>
    </Dialog>
  );
}
