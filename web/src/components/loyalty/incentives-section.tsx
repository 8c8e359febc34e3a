// Incentives: what the customer was offered, what earns it, how far along they are.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { day } from "./campaigns-section";
import { Loaded, type SectionProps, StatusBadge } from "./loaded";

const STATUS = {
  offered: { text: "Offered", tone: "neutral" },
  activated: { text: "In progress", tone: "warning" },
  completed: { text: "Completed", tone: "success" },
  expired: { text: "Expired", tone: "danger" },
} as const;

export function IncentivesSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.incentives(props.customerId));
  return (
    <Loaded data={data} what="Incentives" onRetry={reload}>
      {(d) => (
        <Show
          when={d().items.length > 0}
          fallback={<EmptyState title="No incentives">Offers made to this customer (bonus points, discounts) show here.</EmptyState>}
        >
          <ul class="loyalty-list" aria-label="Incentives">
            <For each={d().items}>
              {(i) => (
                <li class="loyalty-row">
                  <div class="row-main">
                    <strong class="row-title">{i.name}</strong>
                    <StatusBadge tone={STATUS[i.status].tone}>{STATUS[i.status].text}</StatusBadge>
                  </div>
                  <p class="row-meta">
                    <strong>{i.value}</strong> · {i.requirement}
                  </p>
                  <div class="row-progress">
                    <progress class="progress" max={i.target} value={i.progress} aria-label={`${i.name}: ${i.progress} of ${i.target}`} />
                    <span class="num">
                      {i.progress} of {i.target}
                    </span>
                  </div>
                  <p class="row-meta">
                    {i.status === "expired" ? "Expired" : "Expires"} {day(i.expiresAt)}
                    <Show when={i.campaign}>
                      {(c) => (
                        <>
                          {" "}
                          ·{" "}
                          <A class="row-link" href={`/campaigns/${c().id}?from=${props.customerId}`}>
                            {c().name}
                          </A>
                        </>
                      )}
                    </Show>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      )}
    </Loaded>
  );
}
