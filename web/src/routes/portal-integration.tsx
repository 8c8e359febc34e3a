// Is my integration working: each endpoint of the merchant's checkout and webhooks, its calls in the
// last seven days, and the last error it gave, in words a store's developer can act on.
import { createResource, For, Show } from "solid-js";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { HealthBadge } from "../components/portal/portal-badges";
import { PortalHeading } from "../components/portal/portal-shell";
import { dayAndTime } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

const KIND: Record<string, string> = { checkout: "Checkout", order_webhook: "Order webhook", settlement_webhook: "Settlement webhook" };

export default function PortalIntegration() {
  useTitle(() => "Integration health");
  const [health, { refetch }] = createResource(() => portalApi.integration());
  return (
    <section class="portal-integration">
      <PortalHeading title="Integration health" lead="Whether your checkout and webhooks reach us, and the last error each one gave." />
      <Show when={!health.error} fallback={<ErrorPanel error={health.error} onRetry={() => void refetch()} />}>
        <Show when={health()} fallback={<SkeletonRows rows={3} label="Loading your endpoints" />}>
          <Show
            when={(health()?.endpoints.length ?? 0) > 0}
            fallback={<EmptyState title="No endpoints yet">Your account manager sets them up with you.</EmptyState>}
          >
            <ul class="portal-cards" aria-label="Endpoints">
              <For each={health()?.endpoints}>
                {(e) => (
                  <li class="card portal-card" data-endpoint={e.id}>
                    <div class="portal-card-top">
                      <strong>{e.name}</strong>
                      <HealthBadge health={e.health} />
                    </div>
                    <span class="muted portal-card-foot">
                      {KIND[e.kind] ?? e.kind} · <span class="portal-url">{e.url}</span>
                    </span>
                    <p>{e.summary}</p>
                    <Show when={e.lastCallAt}>{(at) => <span class="muted portal-card-foot">Last call {dayAndTime(at())}</span>}</Show>
                    <Show when={e.lastError} fallback={<p class="muted portal-card-foot">No errors on record.</p>}>
                      {(err) => (
                        <p class="notice notice-warning portal-last-error">
                          Last error {dayAndTime(err().at)}: HTTP {err().statusCode}, {err().error}
                        </p>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
