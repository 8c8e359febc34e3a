// Nearby stores by distance, from the customer's address or a chosen store, nearest first: for
// recommending another store in real time. From the address only where the role sees it in full.
import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import type { LocationList } from "../../../../core/protocol/engagement-answers";
import { loyaltyApi } from "../../lib/loyalty-api";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { StoreFacts } from "./store-card";

const RADII = [5, 10, 25, 50, 100];

export function NearbyStores(props: { customerId: string; locations: LocationList }) {
  const home = () => props.locations.fromHome === "available";
  const firstStore = () => props.locations.items.find((i) => i.store.lat !== null)?.store.id ?? props.locations.items[0]?.store.id;
  const [from, setFrom] = createSignal(home() ? "home" : firstStore() ? `store:${firstStore()}` : "home");
  const [radius, setRadius] = createSignal(25);
  const [found] = createResource(
    () => ({ from: from(), radius: radius() }),
    (q) => loyaltyApi.nearby(props.customerId, q.from, q.radius),
  );
  return (
    <section class="fact-card nearby" aria-labelledby="nearby-title">
      <h3 id="nearby-title">Nearby stores</h3>
      <div class="nearby-controls">
        <div class="field">
          <label for="nearby-from">From</label>
          <select id="nearby-from" value={from()} onChange={(e) => setFrom(e.currentTarget.value)}>
            <Show when={home()}>
              <option value="home">The customer's address</option>
            </Show>
            <For each={props.locations.items}>{(i) => <option value={`store:${i.store.id}`}>{i.store.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="nearby-radius">Within</label>
          <select id="nearby-radius" value={radius()} onChange={(e) => setRadius(Number(e.currentTarget.value))}>
            <For each={RADII}>{(r) => <option value={r}>{r} miles</option>}</For>
          </select>
        </div>
      </div>
      <Show when={props.locations.fromHome === "not_for_role"}>
        <p class="hint">Your role sees the address masked, so distances are measured from a store.</p>
      </Show>
      <Switch>
        <Match when={found.error}>
          <ErrorPanel error={found.error} title="Nearby stores could not be loaded" />
        </Match>
        <Match when={found.latest}>
          {(n) => (
            <Show when={!n().problem} fallback={<p class="notice notice-warning">{n().problem?.message}</p>}>
              <Show
                when={n().items.length > 0}
                fallback={<EmptyState title={`No stores within ${n().radiusMiles} miles`}>Try a wider radius.</EmptyState>}
              >
                <ol class="loyalty-list" aria-label="Nearby stores, nearest first">
                  <For each={n().items}>
                    {(item) => (
                      <li class="loyalty-row">
                        <div class="row-main">
                          <strong class="row-title">{item.store.name}</strong>
                          <span class="distance num">{item.miles.toFixed(1)} mi</span>
                        </div>
                        <StoreFacts store={item.store} />
                      </li>
                    )}
                  </For>
                </ol>
              </Show>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <SkeletonRows rows={3} label="Finding nearby stores" />
        </Match>
      </Switch>
    </section>
  );
}
