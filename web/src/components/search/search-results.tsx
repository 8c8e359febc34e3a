// Matches as they arrive: who each customer is, their products, and who is already on the account.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { SearchHit } from "../../../../core/protocol/customer-answers";
import type { FloorEntry } from "../../../../core/protocol/floor";
import { presenceNow } from "../../lib/live-presence";

import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { ListPresenceChips } from "../presence/list-presence";
import { ProductBadges, StatusBadge } from "../product-badges";

export function SearchResults(props: {
  query: string;
  items: SearchHit[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  /** Set when the text looks like part of a field this person sees masked: only a whole value is searched. */
  needsExact?: "phone" | "email" | null;
  me?: string;
  /** The team floor's entries by customer while the live feed is connected. */
  live: Map<string, FloorEntry> | null;
  myTeam: string | null;
  onMore: () => void;
  onRetry: () => void;
}) {
  return (
    <section class="search-results" aria-labelledby="results-title">
      <h2 id="results-title" class="visually-hidden">
        Results
      </h2>
      <p class="visually-hidden" role="status">
        {props.loading ? "Searching" : `${props.items.length} ${props.items.length === 1 ? "match" : "matches"}`}
      </p>
      <Show when={props.error}>
        <ErrorPanel error={props.error} title="Search failed" onRetry={props.onRetry} />
      </Show>
      <Show when={props.loading && props.items.length === 0 && !props.error}>
        <SkeletonRows rows={4} label="Searching" />
      </Show>
      <Show when={!props.loading && !props.error && props.items.length === 0}>
        <Show
          when={props.needsExact}
          fallback={
            <EmptyState title={`No customer matches “${props.query}”`}>
              <p>Try the full phone number, an email, a loyalty number (LY…), an external id (FX-…) or a first and last name.</p>
            </EmptyState>
          }
        >
          {(field) => (
            <EmptyState title={`Type the whole ${field() === "phone" ? "phone number" : "email address"}`}>
              <p>
                Your role sees {field() === "phone" ? "phone numbers" : "email addresses"} masked, so search matches only the complete
                value, not the first few characters.
              </p>
            </EmptyState>
          )}
        </Show>
      </Show>
      <ul id="search-results" class="result-list">
        <For each={props.items}>
          {(hit) => (
            <li class="result-row">
              <A class="result-link" href={`/customers/${hit.id}`}>
                <span class="result-main">
                  <span class="result-name">{hit.name}</span>
                  <span class="result-meta muted">
                    {[hit.phone, hit.email, hit.city && hit.state ? `${hit.city}, ${hit.state}` : hit.city].filter(Boolean).join(" · ")}
                  </span>
                </span>
                <span class="result-tags">
                  <StatusBadge status={hit.status} />
                  <ProductBadges {...hit.products} />
                  <ListPresenceChips presence={{ ...hit, ...presenceNow(hit, hit.id, props.live, props.myTeam) }} me={props.me} />
                </span>
              </A>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.hasMore}>
        <button type="button" class="btn more-button" disabled={props.loading} onClick={() => props.onMore()}>
          Show more matches
        </button>
      </Show>
    </section>
  );
}
