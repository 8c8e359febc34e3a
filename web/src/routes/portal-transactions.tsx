// The merchant's transactions through their checkout, newest first: who, how much, which product,
// and where each stands in the funding chain; each opens its funding timeline.
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { PortalTransaction } from "../../../core/protocol/portal-answers";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { ProductBadge, StateBadge } from "../components/portal/portal-badges";
import { PortalHeading } from "../components/portal/portal-shell";
import { ApiError } from "../lib/api";
import { dayAndTime, formatCents } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

export default function PortalTransactions() {
  useTitle(() => "Transactions");
  const [first, { refetch }] = createResource(() => portalApi.transactions());
  const [more, setMore] = createSignal<PortalTransaction[]>([]);
  const [cursor, setCursor] = createSignal<string | null | undefined>(undefined);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const next = () => (cursor() === undefined ? first()?.nextCursor : cursor());
  const items = () => [...(first()?.items ?? []), ...more()];

  async function loadMore() {
    const from = next();
    if (!from) return;
    try {
      const page = await portalApi.transactions(from);
      setMore([...more(), ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setLoadError(error instanceof ApiError ? error.message : "More transactions could not be loaded");
    }
  }

  return (
    <section class="portal-transactions">
      <PortalHeading
        title="Transactions"
        lead="Sales placed through your checkout, and where each one is between the customer's application and your bank."
      />
      <Show when={!first.error} fallback={<ErrorPanel error={first.error} onRetry={() => void refetch()} />}>
        <Show when={first()} fallback={<SkeletonRows rows={5} label="Loading transactions" />}>
          <Show
            when={items().length > 0}
            fallback={<EmptyState title="No transactions yet">Sales through your checkout appear here.</EmptyState>}
          >
            <ul class="portal-cards" aria-label="Transactions">
              <For each={items()}>
                {(t) => (
                  <li>
                    <A href={`/portal/transactions/${t.id}`} class="portal-card card">
                      <div class="portal-card-top">
                        <strong>{t.customer}</strong>
                        <span class="num portal-amount">{formatCents(t.amountCents)}</span>
                      </div>
                      <div class="portal-card-meta">
                        <ProductBadge product={t.product} />
                        <StateBadge state={t.state} words={t.headline} />
                      </div>
                      <span class="muted portal-card-foot">
                        {t.number} · {dayAndTime(t.placedAt)}
                      </span>
                    </A>
                  </li>
                )}
              </For>
            </ul>
            <Show when={loadError()}>
              <p class="notice notice-error" role="alert">
                {loadError()}
              </p>
            </Show>
            <Show when={next()}>
              <button type="button" class="btn portal-more" onClick={() => void loadMore()}>
                Show older transactions
              </button>
            </Show>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
