// The notes of one customer, newest first: pages from the API, live notes from the room's feed.
import { createSignal } from "solid-js";
import type { NoteItem } from "../../../core/protocol/activity-answers";
import type { FeedItem } from "../../../core/protocol/room";
import { customersApi } from "./customers-api";
import { noteChange } from "./notes-feed";

const newestFirst = (a: NoteItem, b: NoteItem) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

export function createNotesList(customerId: string) {
  const [items, setItems] = createSignal<NoteItem[]>([]);
  const [offset, setOffset] = createSignal(0);
  const [done, setDone] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  let firstPage = false;
  let fetching: Promise<void> | null = null;
  let fetchAgain = false;

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
      if (from === 0) firstPage = true;
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

  /** The first page again; changes in a burst while one fetch is out become one more, not one each. */
  function fetchFirst(): void {
    if (fetching) {
      fetchAgain = true;
      return;
    }
    fetching = load(0).finally(() => {
      fetching = null;
      if (fetchAgain) {
        fetchAgain = false;
        fetchFirst();
      }
    });
  }

  return {
    items,
    loading,
    error,
    done,
    more: () => {
      if (!loading() && !done()) void load(offset());
    },
    retry: () => void load(offset()),
    /** A feed item: its note shown at once, or the first page fetched again when the note is not in it. */
    receive(item: FeedItem): void {
      const change = noteChange(item);
      if (change === "fetch") fetchFirst();
      else if (change) {
        const known = items().some((n) => n.id === change.id);
        merge([change]);
        // A newer note shifts the server's offsets by one once a page is here; keep the next page aligned.
        if (!known && firstPage) setOffset((n) => n + 1);
      }
    },
    refresh: fetchFirst,
  };
}
