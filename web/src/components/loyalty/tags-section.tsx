// Tags: automatic ones with the rule that earned each, manual ones reps added (edited on the
// Profile tab), each a link to every customer with the same tag.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { TagList } from "../../../../core/protocol/engagement-answers";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { Loaded, type SectionProps } from "./loaded";

function TagRows(props: { items: TagList["items"]; empty: string }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="muted">{props.empty}</p>}>
      <ul class="loyalty-list" aria-label="Tags">
        <For each={props.items}>
          {(t) => (
            <li class="loyalty-row">
              <div class="row-main">
                <A class="tag-link" href={`/search?q=${encodeURIComponent(`#${t.tag}`)}`} title={`Everyone tagged ${t.label}`}>
                  #{t.label}
                </A>
                <span class="muted">{t.rule ?? "Added by a rep"}</span>
              </div>
              <p class="row-meta">
                Since <RelativeTime at={t.appliedAt} />
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export function TagsSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.tags(props.customerId));
  return (
    <Loaded data={data} what="Tags" onRetry={reload}>
      {(d) => (
        <Show
          when={d().items.length > 0}
          fallback={
            <EmptyState title="No tags">Tags come from rules (tier, app use, promo activity) or from reps on the Profile tab.</EmptyState>
          }
        >
          <div class="loyalty-grid">
            <section class="fact-card" aria-labelledby="auto-tags">
              <h3 id="auto-tags">Automatic</h3>
              <TagRows items={d().items.filter((t) => t.source === "rule")} empty="No rule applies to this customer." />
            </section>
            <section class="fact-card" aria-labelledby="manual-tags">
              <h3 id="manual-tags">Manual</h3>
              <TagRows items={d().items.filter((t) => t.source === "manual")} empty="None. Reps add tags on the Profile tab." />
            </section>
          </div>
        </Show>
      )}
    </Loaded>
  );
}
