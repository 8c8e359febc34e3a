// Changes Tandem gave up sending (after its retries, or refused by the back end for good): what, to
// whom, why. Retry puts one back in line; reps see it as "syncing" again on the item.
import { createSignal, For, Show } from "solid-js";
import type { IntegrationHealth } from "../../../../core/protocol/integration-answers";
import { titleCase } from "../../lib/format";
import { integrationsApi } from "../../lib/integrations-api";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";

export function FailedOutbound(props: { items: IntegrationHealth["failedOutbound"]; onRetried: () => void }) {
  const [message, setMessage] = createSignal<string | null>(null);
  const retry = async (id: string) => {
    await integrationsApi.retryOutbox(id);
    setMessage("Sent again: it shows as syncing until the back end takes it.");
    props.onRetried();
  };
  return (
    <section class="card" aria-labelledby="failed-outbound">
      <h2 id="failed-outbound">Failed outbound changes</h2>
      <Show
        when={props.items.length > 0}
        fallback={<EmptyState title="Nothing failed">Every change Tandem sent was taken, or is on its way.</EmptyState>}
      >
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">To</th>
              <th scope="col">Why</th>
              <th scope="col">When</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr>
                  <th scope="row">
                    {titleCase(item.topic.replace(".", " "))}
                    <span class="muted"> · {item.recordId}</span>
                  </th>
                  <td data-label="To">{item.endpointName}</td>
                  <td data-label="Why">
                    {item.lastError ?? "gave up"} ({item.attempts} tries)
                  </td>
                  <td data-label="When">
                    <RelativeTime at={item.createdAt} />
                  </td>
                  <td>
                    <button type="button" class="btn" onClick={() => void retry(item.id)}>
                      Retry
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <p class="notice" role="status" aria-live="polite" hidden={!message()}>
        {message()}
      </p>
    </section>
  );
}
