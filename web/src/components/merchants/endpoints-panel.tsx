// A merchant's endpoints: everyone sees their health and last delivery; engineering also sees where
// they point, their key (prefix only), their decision model and recent deliveries with errors, and
// adds endpoints, rotates keys (shown once), changes models and sends test events.
import { createResource, createSignal, For, Show } from "solid-js";
import type { EndpointDetail } from "../../../../core/protocol/merchant-answers";
import { formatCents } from "../../lib/format";
import { merchantsApi } from "../../lib/merchants-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";
import { EndpointSheets } from "./endpoint-sheets";
import { HealthBadge } from "./merchant-badges";
import type { MerchantPanelProps } from "./panel-props";

const KIND = { checkout: "Checkout", order_webhook: "Order webhook", settlement_webhook: "Settlement webhook" } as const;

function Deliveries(props: { endpoint: EndpointDetail }) {
  return (
    <details class="request-history">
      <summary>Recent deliveries ({props.endpoint.deliveries.length})</summary>
      <ol class="delivery-log">
        <For each={props.endpoint.deliveries}>
          {(d) => (
            <li classList={{ "delivery-failed": !d.ok }}>
              <span class="num">{d.statusCode}</span> {d.event}
              {d.test ? " (test)" : ""} · {d.latencyMs} ms · <RelativeTime at={d.at} />
              <Show when={d.error}>
                <br />
                <span class="delivery-error">{d.error}</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </details>
  );
}

export function EndpointsPanel(props: MerchantPanelProps) {
  const engineering = session.can("endpoint.manage");
  const [details, { refetch }] = createResource(
    () => (engineering ? props.store.version() : false),
    () => merchantsApi.endpoints(props.profile.merchant.id),
  );
  const [sheet, setSheet] = createSignal<{ kind: "add" | "rotate" | "model"; endpoint?: EndpointDetail } | null>(null);
  const [testing, setTesting] = createSignal<string | null>(null);
  const test = async (endpoint: EndpointDetail) => {
    setTesting(endpoint.id);
    try {
      await merchantsApi.testEvent(props.profile.merchant.id, endpoint.id);
      await refetch();
    } finally {
      setTesting(null);
    }
  };
  return (
    <div class="merchant-panel">
      <div class="panel-head">
        <h2>Endpoints</h2>
        <Show when={engineering}>
          <button type="button" class="btn btn-primary" onClick={() => setSheet({ kind: "add" })}>
            Add endpoint
          </button>
        </Show>
      </div>
      <Show
        when={props.profile.endpoints.length > 0}
        fallback={<EmptyState title="No endpoints">Engineering adds the merchant's checkout and webhooks.</EmptyState>}
      >
        <ul class="endpoint-list">
          <For each={props.profile.endpoints}>
            {(e) => {
              const detail = () => details()?.items.find((d) => d.id === e.id);
              return (
                <li class="card endpoint-card">
                  <div class="request-head">
                    <strong>{e.name}</strong>
                    <HealthBadge health={e.health} />
                  </div>
                  <p class="muted">
                    {KIND[e.kind]} · {e.status.replace("_", " ")} · {e.recent.failed} of {e.recent.total} failed this week · last delivery{" "}
                    <Show when={e.lastDeliveryAt} fallback="never">
                      {(at) => <RelativeTime at={at()} />}
                    </Show>
                  </p>
                  <Show when={detail()}>
                    {(d) => (
                      <>
                        <p class="endpoint-url">{d().url}</p>
                        <p>
                          {d().model.name} v{d().model.version} ({d().model.tier}) · key {d().keyPrefix ?? "none yet"} · approves scores
                          from {(d().customThresholds ?? d().thresholds).minScore}, up to{" "}
                          {formatCents((d().customThresholds ?? d().thresholds).maxAmountCents)} over{" "}
                          {(d().customThresholds ?? d().thresholds).maxTermMonths} months{d().customThresholds ? " (custom)" : ""}
                        </p>
                        <div class="request-actions">
                          <button type="button" class="btn" disabled={testing() === e.id} onClick={() => void test(d())}>
                            {testing() === e.id ? "Sending…" : "Send test event"}
                          </button>
                          <button type="button" class="btn" onClick={() => setSheet({ kind: "rotate", endpoint: d() })}>
                            {d().keyPrefix ? "Rotate key" : "Issue key"}
                          </button>
                          <button type="button" class="btn" onClick={() => setSheet({ kind: "model", endpoint: d() })}>
                            Change model
                          </button>
                        </div>
                        <Deliveries endpoint={d()} />
                      </>
                    )}
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <Show when={details.error}>
        <ErrorPanel error={details.error} title="The endpoints' details could not be loaded" onRetry={() => void refetch()} />
      </Show>
      <Show when={sheet()}>
        {(s) => (
          <EndpointSheets
            {...props}
            kind={s().kind}
            endpoint={s().endpoint}
            planTier={details()?.planTier ?? "standard"}
            onClose={() => setSheet(null)}
          />
        )}
      </Show>
    </div>
  );
}
