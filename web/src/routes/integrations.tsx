// Endpoint health for engineering and admins: every back end of the org with its figures over the
// last day, dead letters (inspect, replay), a test event, and outbound changes to retry. No room
// spans the org's integrations, so the page refreshes every few seconds while it is visible.
import { createResource, For, onCleanup, Show } from "solid-js";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { EndpointCard } from "../components/integrations/endpoint-card";
import { FailedOutbound } from "../components/integrations/failed-outbound";
import { integrationsApi } from "../lib/integrations-api";
import { session } from "../lib/session";
import { useTitle } from "../lib/title";
import "../styles/admin.css";
import "../styles/integrations.css";

const REFRESH_MS = 5_000;

export default function Integrations() {
  useTitle(() => "Integrations");
  const allowed = () => session.can("integration.manage");
  const [health, { refetch }] = createResource(allowed, () => integrationsApi.health());
  const timer = window.setInterval(() => {
    if (allowed() && document.visibilityState === "visible") void refetch();
  }, REFRESH_MS);
  onCleanup(() => window.clearInterval(timer));
  const refresh = () => void refetch();

  return (
    <Show
      when={allowed()}
      fallback={
        <EmptyState title="Engineering and admins only">
          <p class="muted">The health of the back-end connections is for engineering and admins.</p>
        </EmptyState>
      }
    >
      <div class="admin-page integrations-page">
        <header class="admin-head">
          <div>
            <h1>Integrations</h1>
            <p class="muted">
              {session.me()?.org.name}'s back ends over the last {health.latest?.windowHours ?? 24} hours. Refreshes every few seconds.
            </p>
          </div>
        </header>
        <Show when={health.error}>
          <ErrorPanel error={health.error} title="Integration health could not be loaded" onRetry={refresh} />
        </Show>
        <Show
          when={health.latest}
          fallback={
            <Show when={!health.error}>
              <SkeletonRows rows={4} label="Loading integration health" />
            </Show>
          }
        >
          {(h) => (
            <>
              <Show
                when={h().endpoints.length > 0}
                fallback={<EmptyState title="No back ends connected">This org has no integration endpoints yet.</EmptyState>}
              >
                <div class="endpoint-grid">
                  <For each={h().endpoints}>{(endpoint) => <EndpointCard endpoint={endpoint} onChanged={refresh} />}</For>
                </div>
              </Show>
              <FailedOutbound items={h().failedOutbound} onRetried={refresh} />
              <p class="muted">Requests to endpoints nobody has (all orgs): {h().unknownEndpointRequests}</p>
            </>
          )}
        </Show>
      </div>
    </Show>
  );
}
