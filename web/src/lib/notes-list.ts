// The notes of one customer, newest first: pages from the API, live notes from the room.
import { createSignal } from "solid-js";
import type { NoteItem } from "../../../core/protocol/activity-answers";
import type { FeedItem } from "../../../core/protocol/room";
import { customersApi } from "./customers-api";

const newestFirst = (a: NoteItem, b: NoteItem) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/** A note as the room announces it (feed item of kind "note"), in the list's shape. */
export function noteFromFeed(item: FeedItem): NoteItem | null {
  const data = item.data ?? {};
  const id = typeof data.noteId === "string" ? data.noteId : null;
  if (!id) return null;
  const kind = data.kind === "automatic" || data.kind === "system" ? data.kind : "manual";
  return {
    id,
    text: item.summary,
    kind,
    category: typeof data.category === "string" ? data.category : kind === "manual" ? "general" : "system",
    action: kind === "automatic" ? "customer.view" : "note.add",
    author: item.actor,
    createdAt: item.at,
    editedAt: null,
    revisions: 0,
    // Whether the caller may still edit it is the API's to say; the next page load tells.
    editable: false,
  };
}

export function createNotesList(customerId: string) {
  const [items, setItems] = createSignal<NoteItem[]>([]);
  const [offset, setOffset] = createSignal(0);
  const [done, setDone] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);

  const merge = (incoming: NoteItem[]) =>
    setItems((current) => {
      const byId = new Map(current.map((n) => [n.id, n]));
      for (const note of incoming) byId.set(note.id, { ...byId.get(note.id), ...note });
      return [...byId.values()].sort(newestFirst);
    });

  async function load(from: number): Promise<void> {
    setLoading(true);
    try {
      const page = await customersApi.notes(customerId, from);
      merge(page.items);
      if (from === offset()) {
        setOffset(from + page.items.length);
        setDone(page.nextOffset === null);
      }
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }
  void load(0);

  return {
    items,
    loading,
    error,
    done,
    more: () => {
      if (!loading() && !done()) void load(offset());
    },
    retry: () => void load(offset()),
    /** A note the room announced: shown at once. Notes that ride on other changes come with a refresh. */
    receive(item: FeedItem): void {
      const note = item.kind === "note" ? noteFromFeed(item) : null;
      if (note) {
        merge([note]);
        // Newer notes shift the server's offsets by one; keep the next page aligned.
        setOffset((n) => n + 1);
      } else if (item.actor) void load(0);
    },
    refresh: () => void load(0),
  };
}
