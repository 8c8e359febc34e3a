// An order's items, each with what the lease and loan rules say about it and why, its review,
// and the actions a rep may take on it.
import { For, Show } from "solid-js";
import type { OrderItem, Verdict } from "../../../../core/protocol/order-answers";
import { formatCents } from "../../lib/format";
import { ComplianceBadge, ReviewBadge } from "./order-badges";

function ProductVerdict(props: { product: "lease" | "loan"; verdict: Verdict }) {
  return (
    <li class={`verdict verdict-${props.product}`} classList={{ "verdict-no": !props.verdict.ok }}>
      <strong>{props.product === "lease" ? "Lease" : "Loan"}:</strong> {props.verdict.ok ? "eligible" : props.verdict.reasons.join("; ")}
    </li>
  );
}

export function OrderItems(props: {
  items: OrderItem[];
  canAct: boolean;
  reviewable: boolean;
  removable: boolean;
  onReview: (item: OrderItem) => void;
  onRemove: (item: OrderItem) => void;
}) {
  return (
    <ul class="item-list">
      <For each={props.items}>
        {(item) => (
          <li class="item-card" classList={{ "item-failing": item.compliance.status === "fail" }}>
            <div class="item-head">
              <strong class="item-title">{item.title}</strong>
              <span class="num item-amount">
                {item.quantity} × {formatCents(item.priceCents)} = {formatCents(item.lineTotalCents)}
              </span>
            </div>
            <p class="record-meta">
              {item.categoryLabel}
              <Show when={item.vendorName}> · {item.vendorName}</Show>
              <Show when={item.vendorUrl}>
                {(url) => (
                  <>
                    {" · "}
                    <a href={url()} target="_blank" rel="noopener noreferrer">
                      client's link
                    </a>
                  </>
                )}
              </Show>
              <Show when={item.notes}> · “{item.notes}”</Show>
            </p>
            <div class="item-badges">
              <ComplianceBadge status={item.compliance.status} />
              <ReviewBadge status={item.reviewStatus} />
            </div>
            <ul class="verdicts" aria-label={`Rules for ${item.title}`}>
              <ProductVerdict product="lease" verdict={item.lease} />
              <ProductVerdict product="loan" verdict={item.loan} />
            </ul>
            <Show when={props.reviewable || props.removable}>
              <div class="item-actions">
                <Show when={props.reviewable}>
                  <button type="button" class="btn" disabled={!props.canAct} onClick={() => props.onReview(item)}>
                    Review item
                  </button>
                </Show>
                <Show when={props.removable}>
                  <button type="button" class="btn btn-ghost" disabled={!props.canAct} onClick={() => props.onRemove(item)}>
                    Remove
                  </button>
                </Show>
              </div>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
