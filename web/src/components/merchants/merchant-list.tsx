// The merchants as rows to scan in a second: a table-like grid on wide screens, cards on phones.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { MerchantListItem } from "../../../../core/protocol/merchant-answers";
import { HealthBadge, MerchantStatusBadge } from "./merchant-badges";

const SEGMENT = { partner_store: "Partner store", shopper_vendor: "Personal-shopper vendor" } as const;

export function MerchantList(props: { rows: MerchantListItem[] }) {
  return (
    <ul class="merchant-list" aria-label="Merchants">
      <li class="merchant-row merchant-head" aria-hidden="true">
        <span>Merchant</span>
        <span>Plan</span>
        <span>Health</span>
        <span>Status</span>
        <span>Region</span>
        <span class="num">Requests</span>
      </li>
      <For each={props.rows}>
        {(row) => (
          <li class="merchant-row">
            <span class="merchant-main">
              <A href={`/merchants/${row.id}`} class="merchant-link">
                {row.name}
              </A>
              <span class="merchant-sub">
                {row.category} · {SEGMENT[row.segment]}
                <Show when={row.city}>
                  {" "}
                  · {row.city}, {row.state}
                </Show>
              </span>
            </span>
            <span class="merchant-plan">
              {row.plan.name} <span class="muted">v{row.plan.version}</span>
            </span>
            <span class="merchant-health">
              <HealthBadge health={row.health} />
            </span>
            <span class="merchant-status">
              <MerchantStatusBadge status={row.status} />
            </span>
            <span class="merchant-region muted">{row.region?.name ?? "—"}</span>
            <span class="num merchant-requests">
              <Show when={row.openRequests > 0} fallback={<span class="muted">—</span>}>
                <span class="badge badge-info">{row.openRequests} open</span>
              </Show>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
