// The order book as rows a rep scans in a second: a table on wide screens, cards on phones.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { OrderListRow } from "../../../../core/protocol/order-answers";
import { formatCents } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { AlertIcon } from "../customer-icons";
import { ProductBadge } from "../product-badges";
import { OrderStatusBadge } from "./order-badges";

export function OrderList(props: { rows: OrderListRow[] }) {
  return (
    <ul class="order-list" aria-label="Orders">
      <li class="order-row order-head" aria-hidden="true">
        <span>Order</span>
        <span>Customer</span>
        <span>Status</span>
        <span>Product</span>
        <span class="num">Total</span>
        <span>Updated</span>
      </li>
      <For each={props.rows}>
        {(row) => (
          <li class="order-row" classList={{ "needs-attention": !!row.attention }}>
            <span class="order-main">
              <A href={`/orders/${row.id}`} class="order-link">
                {row.number}
              </A>
              <span class="order-sub">
                {row.merchant} · {row.channelLabel} · {row.itemCount} item{row.itemCount === 1 ? "" : "s"}
              </span>
            </span>
            <span class="order-customer">
              <A href={`/customers/${row.customer.id}`}>{row.customer.name}</A>
            </span>
            <span class="order-status">
              <OrderStatusBadge status={row.status} label={row.statusLabel} />
            </span>
            <span class="order-product">
              <Show when={row.financing} fallback={<span class="muted">—</span>}>
                {(f) => <ProductBadge product={f()} />}
              </Show>
            </span>
            <span class="num order-total">{formatCents(row.totalCents)}</span>
            <span class="order-updated">
              <RelativeTime at={row.updatedAt} />
            </span>
            <Show when={row.attention}>
              <span class="attention order-attention">
                <AlertIcon /> {row.attention}
              </span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
