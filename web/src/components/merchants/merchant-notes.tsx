// A merchant's notes, newest first, refreshed when the room says one was written; and the sheet to add
// one (no ownership needed: a note records a contact).
import { createResource, createSignal, For, onCleanup, Show } from "solid-js";
import type { MerchantRoom } from "../../lib/merchant-room";
import { merchantsApi } from "../../lib/merchants-api";
import { Dialog } from "../common/dialog";
import { EmptyState } from "../common/empty-state";
import { errorParts } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";

export function MerchantNotes(props: { merchantId: string; room: MerchantRoom; onAdd: () => void }) {
  const [notes, { refetch }] = createResource(() => merchantsApi.notes(props.merchantId));
  const off = props.room.onFrame((frame) => {
    if (frame.type === "activity" && frame.item.kind === "note") void refetch();
  });
  onCleanup(off);
  return (
    <div class="merchant-panel">
      <div class="panel-head">
        <h2>Notes</h2>
        <button type="button" class="btn add-note-inline" onClick={() => props.onAdd()}>
          Add note
        </button>
      </div>
      <Show
        when={(notes()?.items.length ?? 0) > 0}
        fallback={<EmptyState title="No notes yet">Every change leaves its note here.</EmptyState>}
      >
        <ul class="note-list">
          <For each={notes()?.items}>
            {(n) => (
              <li class="note" classList={{ "note-auto": n.kind !== "manual" }}>
                <p class="note-head">
                  <strong>{n.author?.name ?? "Tandem"}</strong> · <RelativeTime at={n.createdAt} />
                </p>
                <p class="note-text">{n.text}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

export function NoteSheet(props: { open: boolean; merchantId: string; onClose: () => void }) {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await merchantsApi.addNote(props.merchantId, text().trim());
      setText("");
      setError(null);
      props.onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={props.open} title="Add a note" onClose={props.onClose}>
      <form class="sheet-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="mn-text">Note</label>
          <textarea id="mn-text" required maxLength={4000} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <Show when={error()}>
          {(e) => (
            <p class="notice notice-error">
              {errorParts(e()).message} <code>{errorParts(e()).code}</code>
            </p>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy() || text().trim() === ""}>
            {busy() ? "Saving…" : "Add note"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
