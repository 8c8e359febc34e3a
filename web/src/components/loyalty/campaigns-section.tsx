// Campaigns: the ones this customer is in, how they stand in each, and a link to the campaign's
// own page for the essentials, without leaving the call.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { dateOf, titleCase } from "../../lib/format";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { Loaded, type SectionProps, StatusBadge } from "./loaded";

export const CHANNELS = { email: "Email", push: "Push", sms: "SMS", in_store: "In store" } as const;
export const statusTone = (status: string) => (status === "active" ? "success" : status === "scheduled" ? "warning" : "neutral");
const MEMBERSHIP = { targeted: "Targeted", engaged: "Engaged", converted: "Converted", opted_out: "Opted out" } as const;
/** A campaign's day on the org's clock. */
export const day = (ms: number) => dateOf(ms);

export function CampaignsSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.campaigns(props.customerId));
  return (
    <Loaded data={data} what="Campaigns" onRetry={reload}>
      {(d) => (
        <Show
          when={d().items.length > 0}
          fallback={<EmptyState title="No campaigns">Campaigns this customer is targeted by show here.</EmptyState>}
        >
          <ul class="loyalty-list" aria-label="Campaigns">
            <For each={d().items}>
              {(c) => (
                <li class="loyalty-row">
                  <div class="row-main">
                    <A class="row-title row-link" href={`/campaigns/${c.id}?from=${props.customerId}`}>
                      {c.name}
                    </A>
                    <StatusBadge tone={statusTone(c.status)}>{titleCase(c.status)}</StatusBadge>
                  </div>
                  <p class="row-meta">
                    {CHANNELS[c.channel]} · {day(c.startsAt)} – {day(c.endsAt)}
                  </p>
                  <p class="row-meta">
                    <strong>{MEMBERSHIP[c.membership.status]}</strong> · {c.membership.touches}{" "}
                    {c.membership.touches === 1 ? "touch" : "touches"}
                    <Show when={c.membership.lastTouchAt}>
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
      )}
    </Loaded>
  );
}
