// The activity log of one customer: pages from the API as the reader scrolls, live items from the
// room merged in (newest first, each once), filtered by kind.
import { createSignal } from "solid-js";
import type { FeedItem } from "../../../core/protocol/room";
import { customersApi } from "./customers-api";

export type ActivityFilter = "all" | "payment" | "order" | "transaction" | "checkin" | "achievement" | "note" | "communication" | "system";

/** The feed's kinds behind each filter: ownership events count as system events. */
export const FILTER_KINDS: Record<ActivityFilter, readonly FeedItem["kind"][]> = {
  all: [],
  payment: ["payment"],
  order: ["order"],
  transaction: ["transaction"],
  checkin: ["checkin"],
  achievement: ["achievement"],
  note: ["note"],
  communication: ["communication"],
  system: ["system", "lock"],
};

const newestFirst = (a: FeedItem, b: FeedItem) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function createActivityList(customerId: string) {
  const [filter, setFilterSignal] = createSignal<ActivityFilter>("all");
  const [items, setItems] = createSignal<FeedItem[]>([]);
  const [cursor, setCursor] = createSignal<{ before: number; beforeId: string } | null>(null);
  const [done, setDone] = createSignal(false);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  let controller: AbortController | null = null;

  const matches = (item: FeedItem) => {
    const kinds = FILTER_KINDS[filter()];
    return kinds.length === 0 || kinds.includes(item.kind);
  };

  async function loadPage(reset: boolean): Promise<void> {
    if (!reset && (done() || loading())) return;
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    setLoading(true);
    try {
      const page = await customersApi.activity(
        customerId,
        { ...(reset ? {} : (cursor() ?? {})), kinds: FILTER_KINDS[filter()] },
        mine.signal,
      );
      if (mine.signal.aborted) return;
      setItems((current) => merge(reset ? [] : current, page.items));
      setCursor(page.next);
      setDone(page.next === null);
      setError(null);
    } catch (e) {
      if (!mine.signal.aborted && !(e instanceof DOMException && e.name === "AbortError")) setError(e);
    } finally {
      if (controller === mine) {
        controller = null;
        setLoading(false);
      }
    }
  }

  function merge(current: FeedItem[], incoming: FeedItem[]): FeedItem[] {
    const seen = new Set(current.map((i) => i.id));
    const added = incoming.filter((i) => !seen.has(i.id));
    return added.length === 0 ? current : [...current, ...added].sort(newestFirst);
  }

  void loadPage(true);

  return {
    filter,
    items,
    loading,
    error,
    done,
    setFilter(next: ActivityFilter): void {
      if (next === filter()) return;
      setFilterSignal(next);
      setItems([]);
      setDone(false);
      void loadPage(true);
    },
    more: () => void loadPage(false),
    retry: () => void loadPage(items().length === 0),
    /** Live items from the room (a new event, or the feed a resync brought); answers how many were new. */
    receive(incoming: FeedItem[]): number {
      const fresh = incoming.filter(matches);
      const before = items().length;
      setItems((current) => merge(current, fresh));
      return items().length - before;
    },
  };
}
