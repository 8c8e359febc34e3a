// The sync state of one item with the back ends that must know of it: syncing (on its way),
// synced, or failed (an engineer can retry it from the integrations page). Nothing when no back
// end takes it, or outside a screen that provides the sync states.
import { For, Show } from "solid-js";
import { useSync } from "../../lib/sync-status";
import "../../styles/sync.css";

const TEXT = { syncing: "Syncing", synced: "Synced", failed: "Sync failed" } as const;
const TONE = { syncing: "neutral", synced: "success", failed: "danger" } as const;

export function SyncBadge(props: { recordType: "payment" | "promise" | "order" | "customer" | "loan"; recordId: string }) {
  const sync = useSync();
  const items = () => sync?.of(props.recordType, props.recordId) ?? [];
  return (
    <Show when={items().length > 0}>
      <span class="sync-badges">
        <For each={items()}>
          {(item) => (
            <span
              class={`badge badge-${TONE[item.state]} sync-badge`}
              data-sync={item.state}
              title={`${TEXT[item.state]} with ${item.endpointName}${item.state === "failed" ? ": engineering can retry it on the integrations page" : ""}`}
            >
              {TEXT[item.state]}
              <span class="visually-hidden"> with {item.endpointName}</span>
            </span>
          )}
        </For>
      </span>
    </Show>
  );
}
