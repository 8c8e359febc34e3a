// Locations: the stores tied to the customer (home store, frequent, recent) and, below, stores
// nearby by distance.
import { For, Show } from "solid-js";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { Loaded, type SectionProps, StatusBadge } from "./loaded";
import { NearbyStores } from "./nearby-stores";
import { StoreFacts } from "./store-card";

const RELATION = { home: "Home store", frequent: "Frequent", recent: "Recent visit" } as const;

export function LocationsSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.locations(props.customerId));
  return (
    <Loaded data={data} what="Locations" onRetry={reload}>
      {(d) => (
        <div class="loyalty-grid">
          <section class="fact-card" aria-labelledby="stores-title">
            <h3 id="stores-title">Customer's stores</h3>
            <Show
              when={d().items.length > 0}
              fallback={<EmptyState title="No stores yet">Stores appear once the customer buys or checks in at one.</EmptyState>}
            >
              <ul class="loyalty-list" aria-label="Customer's stores">
                <For each={d().items}>
                  {(item) => (
                    <li class="loyalty-row">
                      <div class="row-main">
                        <strong class="row-title">{item.store.name}</strong>
                        <StatusBadge tone={item.relation === "home" ? "success" : "neutral"}>{RELATION[item.relation]}</StatusBadge>
                      </div>
                      <StoreFacts store={item.store} />
                      <p class="row-meta">
                        {item.visits} {item.visits === 1 ? "visit" : "visits"}
                        <Show when={item.lastVisitAt}>
                          {(at) => (
                            <>
                              {" "}
                              · last <RelativeTime at={at()} />
                            </>
                          )}
                        </Show>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
          <NearbyStores customerId={props.customerId} locations={d()} />
        </div>
      )}
    </Loaded>
  );
}
