// Saved views and filters of the order book. Everything lives in the URL, so a view can be shared.
import { For } from "solid-js";
import { CHANNEL_LABELS, ORDER_CHANNELS, ORDER_STATUSES, STATUS_LABELS } from "../../../../core/domain/orders";
import { ORDER_VIEW_NAMES, ORDER_VIEWS, type OrderViewName } from "../../../../core/protocol/order-queries";

export interface OrderFilterValues {
  view: OrderViewName;
  status: string;
  channel: string;
  attention: string;
  customer: string;
  from: string;
  to: string;
}

export function OrderViews(props: { view: OrderViewName; onView: (view: OrderViewName) => void }) {
  return (
    <nav class="view-chips" aria-label="Saved views">
      <For each={ORDER_VIEW_NAMES}>
        {(name) => (
          <button type="button" class="chip-toggle" aria-pressed={props.view === name} onClick={() => props.onView(name)}>
            {ORDER_VIEWS[name].label}
          </button>
        )}
      </For>
    </nav>
  );
}

export function OrderFilters(props: {
  values: OrderFilterValues;
  onChange: (patch: Partial<OrderFilterValues>) => void;
  onClear: () => void;
}) {
  const v = () => props.values;
  return (
    <details class="filters" open={!!(v().status || v().channel || v().customer || v().from || v().to || v().attention)}>
      <summary>Filters</summary>
      <div class="filter-grid">
        <div class="field">
          <label for="f-status">Status</label>
          <select id="f-status" value={v().status} onChange={(e) => props.onChange({ status: e.currentTarget.value })}>
            <option value="">Any status (view's default)</option>
            <For each={ORDER_STATUSES}>{(s) => <option value={s}>{STATUS_LABELS[s]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="f-channel">Channel</label>
          <select id="f-channel" value={v().channel} onChange={(e) => props.onChange({ channel: e.currentTarget.value })}>
            <option value="">Any channel</option>
            <For each={ORDER_CHANNELS}>{(c) => <option value={c}>{CHANNEL_LABELS[c]}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="f-attention">Needs attention</label>
          <select id="f-attention" value={v().attention} onChange={(e) => props.onChange({ attention: e.currentTarget.value })}>
            <option value="">As the view says</option>
            <option value="1">Only orders that need attention</option>
            <option value="0">Any order</option>
          </select>
        </div>
        <div class="field">
          <label for="f-customer">Customer id</label>
          <input
            id="f-customer"
            placeholder="cus_0001"
            pattern="cus_\d{4,8}"
            value={v().customer}
            onChange={(e) => props.onChange({ customer: e.currentTarget.value.trim() })}
          />
        </div>
        <div class="field">
          <label for="f-from">Placed from</label>
          <input id="f-from" type="date" value={v().from} onChange={(e) => props.onChange({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="f-to">Placed until</label>
          <input id="f-to" type="date" value={v().to} onChange={(e) => props.onChange({ to: e.currentTarget.value })} />
        </div>
      </div>
      <button type="button" class="btn btn-ghost" onClick={() => props.onClear()}>
        Clear filters
      </button>
    </details>
  );
}
