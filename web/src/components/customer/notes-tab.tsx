// Notes: who wrote what and when, newest first and live; notes still on their way show on top.
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from "solid-js";
import { prependKeepingPlace } from "../../lib/keep-place";
import { noteOutbox } from "../../lib/note-outbox";
import { createNotesList } from "../../lib/notes-list";
import type { CustomerRoom } from "../../lib/room";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { NoteIcon } from "../customer-icons";
import { NoteRow } from "./note-item";

const PENDING_LABEL = { sending: "Sending…", queued: "Waiting for the connection; sent automatically", failed: "Not saved" } as const;

export function NotesTab(props: { room: CustomerRoom; onAdd: () => void }) {
  const notes = createNotesList(props.room.customerId);
  const [fresh, setFresh] = createSignal(new Set<string>());
  let list: HTMLOListElement | undefined;
  let sentinel: HTMLDivElement | undefined;
  const pending = () => noteOutbox.forCustomer(props.room.customerId);

  const off = props.room.onFrame((frame) => {
    if (frame.type !== "activity") return;
    prependKeepingPlace(list, () => notes.receive(frame.item));
    const noteId = frame.item.data?.noteId;
    if (typeof noteId === "string") setFresh((s) => new Set(s).add(noteId));
  });
  onCleanup(off);
  // Back after a reconnect: notes written meanwhile reached no frame of ours.
  createEffect(on(props.room.resyncs, () => notes.refresh(), { defer: true }));
  onMount(() => {
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && notes.more());
    if (sentinel) observer.observe(sentinel);
    onCleanup(() => observer.disconnect());
  });

  return (
    <div class="notes">
      <button type="button" class="btn btn-primary add-note-inline" onClick={() => props.onAdd()}>
        <NoteIcon /> Add note
      </button>
      <Show when={pending().length > 0}>
        <ul class="note-list pending-notes" aria-label="Notes not yet saved">
          <For each={pending()}>
            {(note) => (
              <li class={`note note-pending note-${note.state}`}>
                <p class="note-head">
                  <strong>{PENDING_LABEL[note.state]}</strong>
                  <Show when={note.error}>{(e) => <span class="error-code">Code {e().code}</span>}</Show>
                </p>
                <p class="note-text">{note.text}</p>
                <Show when={note.state !== "sending"}>
                  <div class="note-actions">
                    <button type="button" class="btn" onClick={() => noteOutbox.retry(note.clientId)}>
                      Send now
                    </button>
                    <Show when={note.state === "failed"}>
                      <button type="button" class="btn btn-ghost" onClick={() => noteOutbox.discard(note.clientId)}>
                        Discard
                      </button>
                    </Show>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ol ref={list} class="note-list" aria-label="Notes, newest first">
        <For each={notes.items()}>{(note) => <NoteRow note={note} fresh={fresh().has(note.id)} />}</For>
      </ol>
      <Show when={notes.error()}>
        <ErrorPanel error={notes.error()} title="Notes could not be loaded" onRetry={notes.retry} />
      </Show>
      <Show when={notes.loading() && notes.items().length === 0}>
        <SkeletonRows rows={3} label="Loading notes" />
      </Show>
      <Show when={!notes.loading() && !notes.error() && notes.items().length === 0}>
        <EmptyState title="No notes yet">Every call and change is recorded here. Add the first note for this customer.</EmptyState>
      </Show>
      <div ref={sentinel} class="sentinel" aria-hidden="true" />
    </div>
  );
}
