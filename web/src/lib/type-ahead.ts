// Type-ahead search: waits for a pause in typing, cancels a request the moment it is stale, and
// refreshes the visible results now and then so who-is-on-it stays current.
import { type Accessor, createEffect, createSignal, on, onCleanup } from "solid-js";
import type { SearchHit } from "../../../core/protocol/customer-answers";
import { customersApi } from "./customers-api";

const DEBOUNCE_MS = 180;
const REFRESH_MS = 15_000;

export function createTypeAhead(query: Accessor<string>) {
  const [items, setItems] = createSignal<SearchHit[]>([]);
  const [nextOffset, setNextOffset] = createSignal<number | null>(null);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [settled, setSettled] = createSignal("");
  const [needsExact, setNeedsExact] = createSignal<"phone" | "email" | null>(null);
  let controller: AbortController | null = null;
  let timer: number | undefined;

  async function run(q: string, offset: number, quiet = false): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    if (!quiet) setLoading(true);
    try {
      const page = await customersApi.search(q, offset, mine.signal);
      if (mine.signal.aborted) return;
      setItems((current) => (offset === 0 ? page.items : [...current, ...page.items.filter((h) => !current.some((c) => c.id === h.id))]));
      setNextOffset(page.nextOffset);
      setNeedsExact(page.needsExact ?? null);
      setError(null);
      setSettled(q);
    } catch (e) {
      if (mine.signal.aborted || (e instanceof DOMException && e.name === "AbortError")) return;
      if (!quiet) setError(e);
    } finally {
      if (controller === mine) {
        setLoading(false);
        controller = null;
      }
    }
  }

  createEffect(
    on(query, (q) => {
      window.clearTimeout(timer);
      const text = q.trim();
      if (text.length === 0) {
        controller?.abort();
        setItems([]);
        setNextOffset(null);
        setError(null);
        setLoading(false);
        setSettled("");
        return;
      }
      setLoading(true);
      timer = window.setTimeout(() => void run(text, 0), DEBOUNCE_MS);
    }),
  );

  const refresh = window.setInterval(() => {
    const q = settled();
    if (q && !document.hidden && !controller && items().length <= 20) void run(q, 0, true);
  }, REFRESH_MS);
  onCleanup(() => {
    window.clearInterval(refresh);
    window.clearTimeout(timer);
    controller?.abort();
  });

  return {
    items,
    loading,
    error,
    needsExact,
    /** The query the shown results answer (may lag what is typed). */
    settled,
    hasMore: () => nextOffset() !== null,
    loadMore: () => {
      const offset = nextOffset();
      if (offset !== null) void run(settled(), offset);
    },
    retry: () => void run(query().trim(), 0),
  };
}
