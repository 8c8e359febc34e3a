// The top of an order: number, status, who it is for, what it costs, lease or loan and why.
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import type { OrderDetail } from "../../../../core/protocol/order-answers";
import { formatCents } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { AlertIcon } from "../customer-icons";
import { SyncBadge } from "../integrations/sync-badge";
import { ProductBadge } from "../product-badges";
import { OrderStatusBadge } from "./order-badges";

export function OrderHeader(props: { detail: OrderDetail }) {
  const order = () => props.detail.order;
  const choice = () => props.detail.financing.choice;
  return (
    <header class="order-header">
      <div class="order-title">
        <h1>{order().number}</h1>
        <OrderStatusBadge status={order().status} label={order().statusLabel} />
        <SyncBadge recordType="order" recordId={order().id} />
        <span class="num order-header-total">{formatCents(order().totalCents)}</span>
      </div>
      <p class="record-meta">
        For <A href={`/customers/${props.detail.customer.id}`}>{props.detail.customer.name}</A>
        <Show when={props.detail.customer.state}> ({props.detail.customer.state})</Show> · {order().merchant} · {order().channelLabel} ·
        updated <RelativeTime at={order().updatedAt} />
      </p>
      <Show
        when={choice().product !== null && choice().product === (order().financing ?? choice().product)}
        fallback={
          <>
            <Show when={order().financing}>
              {(placed) => (
                <p class="financing-why">
                  <ProductBadge product={placed()} /> as the order was placed.
                </p>
              )}
            </Show>
            <p class="financing-why rule-warning">
              Rules today: {choice().why}
              <Show when={choice().blockers.length > 0}>: {choice().blockers.join("; ")}</Show>
            </p>
          </>
        }
      >
        <p class="financing-why">
          <ProductBadge product={choice().product ?? "lease"} /> {choice().why}
        </p>
      </Show>
      <Show when={order().attention}>
        <p class="attention order-attention-banner" role="status">
          <AlertIcon /> Needs attention: {order().attention}
        </p>
      </Show>
    </header>
  );
}
