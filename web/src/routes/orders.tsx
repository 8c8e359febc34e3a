// The order book: saved views ("needs attention before the client calls" first), filters in the
// URL, newest changes first, more on demand. Refreshes when the rep comes back to the tab; an
// order's own page is live (it joins the customer's room).
import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, Match, on, onCleanup, Show, Switch } from "solid-js";
import type { OrderListRow } from "../../../core/protocol/order-answers";
import { ORDER_VIEW_NAMES, ORDER_VIEWS, type OrderViewName } from "../../../core/protocol/order-queries";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { OrderFilters, type OrderFilterValues, OrderViews } from "../components/orders/order-filters";
import { OrderList } from "../components/orders/order-list";
import { ordersApi } from "../lib/orders-api";
import "../styles/orders.css";
import { useTitle } from "../lib/title";

const KEYS = ["status", "channel", "attention", "customer", "from", "to"] as const;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export default function Orders() {
  useTitle(() => "Orders");
  const [params, setParams] = useSearchParams();
  const values = (): OrderFilterValues => {
    const view = one(params.view);
    return {
      view: (ORDER_VIEW_NAMES as string[]).includes(view) ? (view as OrderViewName) : "needs-attention",
      status: one(params.status),
      channel: one(params.channel),
      attention: one(params.attention),
      customer: one(params.customer),
      from: one(params.from),
      to: one(params.to),
    };
  };
  const query = () => {
    const q = new URLSearchParams({ view: values().view, limit: "25" });
    for (const key of KEYS) if (values()[key]) q.set(key, values()[key]);
    return q;
  };

  const [rows, setRows] = createSignal<OrderListRow[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(null);
  let controller: AbortController | undefined;

  async function load(more = false) {
    controller?.abort();
    controller = new AbortController();
    const q = query();
    const after = more ? cursor() : null;
    if (after) q.set("cursor", after);
    setLoading(true);
    try {
      const page = await ordersApi.list(q, controller.signal);
      setRows((current) => (more ? [...current, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === "AbortError")) setError(caught);
    } finally {
      setLoading(false);
    }
  }

  createEffect(
    on(
      () => query().toString(),
      () => void load(),
    ),
  );
  // Back on the tab: what changed meanwhile shows without a reload.
  const onVisible = () => document.visibilityState === "visible" && void load();
  document.addEventListener("visibilitychange", onVisible);
  window.addEventListener("focus", onVisible);
  onCleanup(() => {
    controller?.abort();
    document.removeEventListener("visibilitychange", onVisible);
    window.removeEventListener("focus", onVisible);
  });

  const change = (patch: Partial<OrderFilterValues>) => setParams({ ...patch });
  const clear = () => setParams(Object.fromEntries(KEYS.map((k) => [k, undefined])));

  return (
    <div class="orders-page">
      <header class="page-head">
        <div>
          <h1>Orders</h1>
          <p class="hint">{ORDER_VIEWS[values().view].label}</p>
        </div>
        <A href="/orders/new" class="btn btn-primary">
          New personal-shopper order
        </A>
      </header>
      <OrderViews view={values().view} onView={(view) => setParams({ view })} />
      <OrderFilters values={values()} onChange={change} onClear={clear} />
      <Switch>
        <Match when={error()}>
          <ErrorPanel error={error()} title="The orders could not be loaded" onRetry={() => void load()} />
        </Match>
        <Match when={loading() && rows().length === 0}>
          <div class="skeleton-rows" aria-busy="true">
            <div class="skeleton skeleton-56" />
            <div class="skeleton skeleton-56" />
            <div class="skeleton skeleton-56" />
          </div>
        </Match>
        <Match when={rows().length === 0}>
          <EmptyState title="No orders match">Try another view, or clear the filters.</EmptyState>
        </Match>
        <Match when={true}>
          <OrderList rows={rows()} />
          <Show when={cursor()}>
            <button type="button" class="btn load-more" disabled={loading()} onClick={() => void load(true)}>
              {loading() ? "Loading…" : "Show more orders"}
            </button>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}
