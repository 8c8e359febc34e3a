// The agreements the merchant signed with us: which version is in force, since when, what it says.
import { createResource, For, Show } from "solid-js";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { calendarDate } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

const STATUS: Record<string, [string, string]> = {
  active: ["badge-success", "In force"],
  superseded: ["", "Replaced"],
  terminated: ["badge-danger", "Ended"],
};

export default function PortalContracts() {
  useTitle(() => "Contracts");
  const [list, { refetch }] = createResource(() => portalApi.contracts());
  return (
    <section class="portal-contracts">
      <PortalHeading title="Contracts" lead="The agreements between your business and us, newest first." />
      <Show when={!list.error} fallback={<ErrorPanel error={list.error} onRetry={() => void refetch()} />}>
        <Show when={list()} fallback={<SkeletonRows rows={3} label="Loading contracts" />}>
          <Show when={(list()?.items.length ?? 0) > 0} fallback={<EmptyState title="No contracts on file" />}>
            <ul class="portal-cards" aria-label="Contracts">
              <For each={list()?.items}>
                {(contract) => (
                  <li class="card portal-card">
                    <div class="portal-card-top">
                      <strong>
                        {contract.title}, version {contract.version}
                      </strong>
                      <span class={`badge ${STATUS[contract.status]?.[0] ?? ""}`}>{STATUS[contract.status]?.[1] ?? contract.status}</span>
                    </div>
                    <p class="portal-contract-summary">{contract.summary}</p>
                    <span class="muted portal-card-foot">
                      From {calendarDate(contract.effectiveFrom)}
                      {contract.effectiveTo ? ` to ${calendarDate(contract.effectiveTo)}` : ""}
                    </span>
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
