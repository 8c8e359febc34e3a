// The order's task sheets: change status, flag or clear attention, review an item, add or remove
// an item. Each carries the rep's note and runs through the customer's room.
import { createSignal, For, Show } from "solid-js";
import type { OrderDetail, OrderItem } from "../../../../core/protocol/order-answers";
import { ordersApi } from "../../lib/orders-api";
import { CommandSheet } from "./command-sheet";
import { emptyItem, ItemFields, toShopperItem } from "./item-fields";

interface Base {
  detail: OrderDetail;
  lockToken: number | null;
  onClose: () => void;
}

export function StatusSheet(props: Base) {
  const [status, setStatus] = createSignal("");
  return (
    <CommandSheet
      open
      title={`Change status of ${props.detail.order.number}`}
      submitLabel="Change status"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => status() !== ""}
      run={(owned) => ordersApi.status(props.detail.order.id, { ...owned, status: status() })}
    >
      <fieldset class="choice-list">
        <legend>Now {props.detail.order.statusLabel.toLowerCase()}; it can become</legend>
        <For each={props.detail.nextStatuses} fallback={<p class="hint">No status change is open to a rep from here.</p>}>
          {(next) => (
            <label class="choice">
              <input
                type="radio"
                name="status"
                value={next.status}
                checked={status() === next.status}
                onChange={() => setStatus(next.status)}
              />
              {next.label}
            </label>
          )}
        </For>
      </fieldset>
    </CommandSheet>
  );
}

export function AttentionSheet(props: Base) {
  const flagged = () => props.detail.order.flagged;
  const [reason, setReason] = createSignal("");
  return (
    <CommandSheet
      open
      title={flagged() ? "Clear the attention flag" : "Flag for attention"}
      submitLabel={flagged() ? "Clear flag" : "Flag order"}
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => flagged() || reason().trim() !== ""}
      run={(owned) =>
        ordersApi.attention(
          props.detail.order.id,
          flagged() ? { ...owned, needsAttention: false } : { ...owned, needsAttention: true, reason: reason().trim() },
        )
      }
    >
      <Show when={!flagged()} fallback={<p class="hint">Flagged: {props.detail.order.attention}</p>}>
        <div class="field">
          <label for="attention-reason">What needs attention (shown in the list)</label>
          <input id="attention-reason" maxLength={200} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </div>
      </Show>
    </CommandSheet>
  );
}

export function ReviewSheet(props: Base & { item: OrderItem }) {
  const [decision, setDecision] = createSignal<"approve" | "reject" | null>(null);
  const product = () => props.item.compliance.product;
  return (
    <CommandSheet
      open
      title={`Review ${props.item.title}`}
      submitLabel={decision() === "reject" ? "Reject item" : "Approve item"}
      danger={decision() === "reject"}
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => decision() !== null}
      notePlaceholder="What you checked, and what you told the client"
      run={(owned) => ordersApi.review(props.detail.order.id, props.item.id, { ...owned, decision: decision() ?? "reject" })}
    >
      <p class="hint">
        {props.item.why}. {product() ? `Under the ${product()}: ` : ""}
        {props.item.compliance.status === "pass" ? "it meets every rule." : props.item.compliance.reasons.join("; ")}
      </p>
      <fieldset class="choice-list">
        <legend>Decision</legend>
        <label class="choice">
          <input type="radio" name="decision" disabled={props.item.compliance.status !== "pass"} onChange={() => setDecision("approve")} />
          Approve for {product() ?? "financing"}
        </label>
        <label class="choice">
          <input type="radio" name="decision" onChange={() => setDecision("reject")} />
          Reject
        </label>
      </fieldset>
    </CommandSheet>
  );
}

export function RemoveItemSheet(props: Base & { item: OrderItem }) {
  return (
    <CommandSheet
      open
      danger
      title={`Remove ${props.item.title}`}
      submitLabel="Remove item"
      lockToken={props.lockToken}
      onClose={props.onClose}
      run={(owned) => ordersApi.removeItem(props.detail.order.id, props.item.id, owned)}
    >
      <p class="hint">The total and the lease-or-loan choice are worked out again.</p>
    </CommandSheet>
  );
}

export function AddItemSheet(props: Base) {
  const [draft, setDraft] = createSignal(emptyItem());
  return (
    <CommandSheet
      open
      title={`Add an item to ${props.detail.order.number}`}
      submitLabel="Add item"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => toShopperItem(draft()) !== null}
      run={async (owned) => {
        const item = toShopperItem(draft());
        if (!item) return;
        await ordersApi.addItem(props.detail.order.id, { ...owned, item });
        setDraft(emptyItem());
      }}
    >
      <ItemFields legend="Item" value={draft()} onChange={setDraft} />
    </CommandSheet>
  );
}
