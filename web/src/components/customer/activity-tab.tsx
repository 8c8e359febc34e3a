// The activity log: newest first, filter by kind, more as the reader scrolls, live additions from
// the room without moving what the reader is looking at.
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { type ActivityFilter, createActivityList } from "../../lib/activity-list";
import { prependKeepingPlace } from "../../lib/keep-place";
import type { CustomerRoom } from "../../lib/room";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { ActivityItem } from "./activity-item";

const FILTERS: { id: ActivityFilter; label: string }[] = [
  { id: "all", label: "All" },
  { id: "payment", label: "Payments" },
  { id: "order", label: "Orders" },
  { id: "transaction", label: "Purchases" },
  { id: "checkin", label: "Check-ins" },
  { id: "achievement", label: "Achievements" },
  { id: "note", label: "Notes" },
  { id: "communication", label: "Communications" },
  { id: "system", label: "System" },
];

export function ActivityTab(props: { room: CustomerRoom }) {
  const log = createActivityList(props.room.customerId);
  const [fresh, setFresh] = createSignal(new Set<string>());
  const [unseen, setUnseen] = createSignal(0);
  let list: HTMLOListElement | undefined;
  let sentinel: HTMLDivElement | undefined;

  const off = props.room.onFrame((frame) => {
    if (frame.type === "activity") {
      let added = 0;
      const outOfView = prependKeepingPlace(list, () => {
        added = log.receive([frame.item]);
      });
      if (added > 0) setFresh((s) => new Set(s).add(frame.item.id));
      if (outOfView) setUnseen((n) => n + added);
    }
    // A resync brings the latest feed: anything missed while disconnected slots in.
    if (frame.type === "room-state") prependKeepingPlace(list, () => log.receive(frame.feed));
  });
  onCleanup(off);

  onMount(() => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) log.more();
    });
    if (sentinel) observer.observe(sentinel);
    onCleanup(() => observer.disconnect());
  });

  return (
    <div class="activity">
      <fieldset class="filter-row">
        <legend class="visually-hidden">Show activity of kind</legend>
        <For each={FILTERS}>
          {(f) => (
            <button type="button" class="chip-toggle" aria-pressed={log.filter() === f.id} onClick={() => log.setFilter(f.id)}>
              {f.label}
            </button>
          )}
        </For>
      </fieldset>
      <Show when={unseen() > 0}>
        <button
          type="button"
          class="btn new-above"
          onClick={() => {
            setUnseen(0);
            list?.scrollIntoView({ block: "start", behavior: "smooth" });
          }}
        >
          {unseen()} new {unseen() === 1 ? "event" : "events"} above
        </button>
      </Show>
      <ol ref={list} class="feed-list" aria-label="Activity, newest first">
        <For each={log.items()}>{(item) => <ActivityItem item={item} fresh={fresh().has(item.id)} />}</For>
      </ol>
      <Show when={log.error()}>
        <ErrorPanel error={log.error()} title="Activity could not be loaded" onRetry={log.retry} />
      </Show>
      <Show when={log.loading()}>
        <SkeletonRows rows={3} label="Loading activity" />
      </Show>
      <Show when={!log.loading() && !log.error() && log.items().length === 0}>
        <EmptyState title="No activity of this kind">
          Payments, orders, purchases, check-ins, achievements, notes, messages and account events show here as they happen.
        </EmptyState>
      </Show>
      <Show when={log.done() && log.items().length > 0}>
        <p class="feed-end muted">That is everything since the account opened.</p>
      </Show>
      <div ref={sentinel} class="sentinel" aria-hidden="true" />
    </div>
  );
}
