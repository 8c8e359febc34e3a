// Rewards: earned (ready to use), redeemed (where and when), expired (so a rep can explain why one
// is gone).
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatCents } from "../../lib/format";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { day } from "./campaigns-section";
import { Loaded, points, type SectionProps, StatusBadge } from "./loaded";

const STATUS = {
  earned: { text: "Earned", tone: "success" },
  redeemed: { text: "Redeemed", tone: "neutral" },
  expired: { text: "Expired", tone: "danger" },
} as const;

export function RewardsSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.rewards(props.customerId));
  const count = (status: keyof typeof STATUS) => data.latest?.items.filter((r) => r.status === status).length ?? 0;
  return (
    <Loaded data={data} what="Rewards" onRetry={reload}>
      {(d) => (
        <Show
          when={d().items.length > 0}
          fallback={<EmptyState title="No rewards">Rewards the customer earns with points or campaigns show here.</EmptyState>}
        >
          <p class="loyalty-counts">
            <span>
              <strong class="num">{count("earned")}</strong> earned
            </span>
            <span>
              <strong class="num">{count("redeemed")}</strong> redeemed
            </span>
            <span>
              <strong class="num">{count("expired")}</strong> expired
            </span>
          </p>
          <ul class="loyalty-list" aria-label="Rewards">
            <For each={d().items}>
              {(r) => (
                <li class="loyalty-row">
                  <div class="row-main">
                    <strong class="row-title">{r.name}</strong>
                    <StatusBadge tone={STATUS[r.status].tone}>{STATUS[r.status].text}</StatusBadge>
                  </div>
                  <p class="row-meta">
                    {r.valueCents === null ? "" : `${formatCents(r.valueCents)} · `}
                    {r.pointsCost > 0 ? `${points(r.pointsCost)} points` : "No points"} · earned {day(r.earnedAt)}
                  </p>
                  <p class="row-meta">
                    {r.status === "redeemed" && r.redeemedAt !== null
                      ? `Redeemed ${day(r.redeemedAt)}${r.storeName ? ` at ${r.storeName}` : ""}`
                      : `${r.status === "expired" ? "Expired" : "Use by"} ${day(r.expiresAt)}`}
                    <Show when={r.campaign}>
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
