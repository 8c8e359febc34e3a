// A list loaded a page at a time ("Load more"), restarted whenever its key (the filters) changes.
import { createEffect, createSignal, on } from "solid-js";

export function createPaged<T>(key: () => string, load: (offset: number) => Promise<{ items: T[]; nextOffset: number | null }>) {
  const [items, setItems] = createSignal<T[]>([]);
  const [next, setNext] = createSignal<number | null>(null);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(null);
  let generation = 0;

  async function fetchFrom(offset: number, replace: boolean) {
    const mine = ++generation;
    setLoading(true);
    setError(null);
    try {
      const page = await load(offset);
      if (mine !== generation) return; // the filters changed meanwhile
      setItems(replace ? page.items : [...items(), ...page.items]);
      setNext(page.nextOffset);
    } catch (e) {
      if (mine === generation) setError(e);
    } finally {
      if (mine === generation) setLoading(false);
    }
  }

  createEffect(on(key, () => void fetchFrom(0, true)));
  return {
    items,
    loading,
    error,
    hasMore: () => next() !== null,
    more: () => {
      const offset = next();
      if (offset !== null) void fetchFrom(offset, false);
    },
    retry: () => void fetchFrom(0, true),
  };
}
