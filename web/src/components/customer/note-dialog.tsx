// Add a note (text and category). The draft survives closing the sheet; a note written offline is
// queued and sent once the connection is back. A note that asks for a callback ("call back Friday
// 3 pm") offers to schedule it: the note then goes with the callback, as its note.
import { createMemo, createSignal, For, Show } from "solid-js";
import type { NOTE_CATEGORIES } from "../../../../core/protocol/commands";
import { callbacksApi } from "../../lib/callbacks-api";
import { dayAndTime } from "../../lib/format";
import { uid } from "../../lib/ids";
import { noteDrafts, noteOutbox } from "../../lib/note-outbox";
import { online } from "../../lib/online";
import { session } from "../../lib/session";
import { usePlace } from "../../lib/step-marker";
import { callbackInNote } from "../../lib/wall-time";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";

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
  const asked = createMemo(() => (session.can("callback.manage") ? callbackInNote(draft().text) : null));
  const [withCallback, setWithCallback] = createSignal(true);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const done = () => {
    noteDrafts.clear(props.customerId);
    setError(null);
    props.onClose();
  };
  const scheduleWithNote = async (text: string, dueAt: number) => {
    setBusy(true);
    try {
      await callbacksApi.schedule(props.customerId, { dueAt, note: text });
      done();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={props.open} title="Add a note" onClose={props.onClose}>
      <form
        class="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          const { text, category } = draft();
          if (!text.trim() || busy()) return;
          const callback = asked();
          if (callback && withCallback()) return void scheduleWithNote(text.trim(), callback.dueAt);
          noteOutbox.add(props.customerId, text.trim(), category);
          done();
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
        <Show when={asked()}>
          {(callback) => (
            <label class="choice callback-offer">
              <input type="checkbox" checked={withCallback()} onChange={(e) => setWithCallback(e.currentTarget.checked)} />
              <span>
                Also schedule a callback for <strong>{dayAndTime(callback().dueAt)}</strong> (read from "{callback().phrase}")
              </span>
            </label>
          )}
        </Show>
        <Show when={error()}>
          {(e) => (
            <p class="notice notice-error" role="alert">
              {errorParts(e()).message}. {errorParts(e()).advice} <code>{errorParts(e()).code}</code>
            </p>
          )}
        </Show>
        <Show when={!online()}>
          <p class="hint">You are offline: the note is kept and sent when you are back.</p>
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Keep draft
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {asked() && withCallback() ? "Save note and schedule" : "Save note"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
