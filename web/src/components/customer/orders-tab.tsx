// Every order of this customer (own site, partner checkouts, personal shopping) with its status; each
// row opens the order, and a new personal-shopper order starts from here.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { ProfileOrder } from "../../../../core/protocol/customer-answers";
import { formatCents, titleCase } from "../../lib/format";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { AlertIcon } from "../customer-icons";
import { SyncBadge } from "../integrations/sync-badge";
import { ProductBadge } from "../product-badges";

export function OrdersTab(props: { customerId: string; orders: ProfileOrder[] }) {
  return (
    <div class="orders-tab">
      <Show when={session.can("shopper.manage")}>
        <div class="tab-actions">
          <A class="btn btn-primary btn-small" href={`/orders/new?customer=${encodeURIComponent(props.customerId)}`}>
            New personal-shopper order
          </A>
        </div>
      </Show>
      <Show
        when={props.orders.length > 0}
        fallback={
          <EmptyState title="No orders yet">Orders placed on the site, at partners or by a personal shopper appear here.</EmptyState>
        }
      >
        <ul class="record-list">
          <For each={props.orders}>
            {(order) => (
              <li class="record record-link" classList={{ "needs-attention": order.needsAttention }}>
                <A href={`/orders/${order.id}`} class="record-anchor" aria-label={`Order ${order.number}, ${titleCase(order.status)}`}>
                  <div class="record-head">
                    <strong>{order.number}</strong>
                    <span class="badge badge-neutral">{titleCase(order.status)}</span>
                    <SyncBadge recordType="order" recordId={order.id} />
                    <Show when={order.financing}>{(f) => <ProductBadge product={f()} />}</Show>
                    <span class="num record-amount">{formatCents(order.totalCents)}</span>
                  </div>
                  <p class="record-meta">
                    {order.merchant} · {titleCase(order.channel)} · <RelativeTime at={order.createdAt} />
                  </p>
                  <Show when={order.needsAttention}>
                    <p class="attention">
                      <AlertIcon /> Needs attention: {order.attentionReason ?? "review the order"}
                    </p>
                  </Show>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
