// The live feed beside the profile on wide screens: everything that happens on the account, as it
// happens, highlighted briefly, without moving what the reader is looking at.
import { createSignal, For, onCleanup, Show } from "solid-js";
import { prependKeepingPlace } from "../../lib/keep-place";
import type { AccountRoom } from "../../lib/room";
import { EmptyState } from "../common/empty-state";
import { ActivityItem } from "./activity-item";

export function LiveFeed(props: { room: AccountRoom }) {
  const [items, setItems] = createSignal(props.room.feed());
  const [fresh, setFresh] = createSignal(new Set<string>());
  let list: HTMLOListElement | undefined;
  const off = props.room.onFrame((frame) => {
    if (frame.type === "activity") {
      prependKeepingPlace(list, () => setItems(props.room.feed()));
      setFresh((s) => new Set(s).add(frame.item.id));
    }
    if (frame.type === "room-state") prependKeepingPlace(list, () => setItems(frame.feed));
  });
  onCleanup(off);
  return (
    <section class="live-feed" aria-labelledby="live-feed-title">
      <h2 id="live-feed-title">Live feed</h2>
      <Show
        when={items().length > 0}
        fallback={<EmptyState title="Quiet so far">Notes, payments and ownership changes appear here the moment they happen.</EmptyState>}
      >
        <ol ref={list} class="feed-list" aria-label="Live feed, newest first">
          <For each={items()}>{(item) => <ActivityItem item={item} fresh={fresh().has(item.id)} />}</For>
        </ol>
      </Show>
    </section>
  );
}
