// The merchant network: search by name and filter by plan, status, region and health, all in the URL
// so a view can be shared. Links to the plan-change board and the plan catalogue.
import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, For, Match, on, onCleanup, Switch } from "solid-js";
import type { MerchantList as MerchantListAnswer } from "../../../core/protocol/merchant-answers";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { MerchantList } from "../components/merchants/merchant-list";
import { merchantsApi } from "../lib/merchants-api";
import { session } from "../lib/session";
import "../styles/orders.css";
import "../styles/merchants.css";

const KEYS = ["q", "plan", "status", "region", "health"] as const;
type Filters = Record<(typeof KEYS)[number], string>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export default function Merchants() {
  const [params, setParams] = useSearchParams();
  const values = (): Filters => Object.fromEntries(KEYS.map((k) => [k, one(params[k])])) as Filters;
  const [answer, setAnswer] = createSignal<MerchantListAnswer | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [typed, setTyped] = createSignal(values().q);
  let controller: AbortController | undefined;

  async function load() {
    controller?.abort();
    controller = new AbortController();
    const query = new URLSearchParams();
    for (const key of KEYS) if (values()[key]) query.set(key, values()[key]);
    try {
      setAnswer(await merchantsApi.list(query, controller.signal));
      setError(null);
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === "AbortError")) setError(caught);
    }
  }
  createEffect(
    on(
      () => KEYS.map((k) => values()[k]).join("|"),
      () => void load(),
    ),
  );
  let typing: number | undefined;
  const onType = (text: string) => {
    setTyped(text);
    window.clearTimeout(typing);
    typing = window.setTimeout(() => setParams({ q: text || undefined }, { replace: true }), 250);
  };
  onCleanup(() => {
    controller?.abort();
    window.clearTimeout(typing);
  });
  const select = (key: keyof Filters, label: string, options: { value: string; label: string }[]) => (
    <div class="field">
      <label for={`mf-${key}`}>{label}</label>
      <select id={`mf-${key}`} value={values()[key]} onChange={(e) => setParams({ [key]: e.currentTarget.value || undefined })}>
        <option value="">Any</option>
        <For each={options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </div>
  );

  return (
    <div class="orders-page merchants-page">
      <header class="page-head">
        <div>
          <h1>Merchants</h1>
          <p class="hint">
            {answer() ? `${answer()?.total} merchant${answer()?.total === 1 ? "" : "s"}` : "Partner stores and personal-shopper vendors"}
          </p>
        </div>
        <div class="page-actions">
          <A href="/merchants/requests" class="btn">
            Plan-change board
          </A>
          <A href="/merchants/plans" class="btn">
            {session.can("plan.manage") ? "Edit plans" : "Plans"}
          </A>
        </div>
      </header>
      <div class="field merchant-search">
        <label for="mf-q">Search merchants</label>
        <input id="mf-q" type="search" placeholder="Name, e.g. Lakeside" value={typed()} onInput={(e) => onType(e.currentTarget.value)} />
      </div>
      <div class="filter-grid merchant-filters">
        {select(
          "plan",
          "Plan",
          (answer()?.filters.plans ?? []).map((p) => ({ value: p.code, label: p.name })),
        )}
        {select(
          "status",
          "Status",
          ["active", "onboarding", "paused", "closed"].map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) })),
        )}
        {select(
          "region",
          "Region",
          (answer()?.filters.regions ?? []).map((r) => ({ value: r.id, label: r.name })),
        )}
        {select(
          "health",
          "Health",
          ["healthy", "degraded", "failing", "idle"].map((h) => ({ value: h, label: h.charAt(0).toUpperCase() + h.slice(1) })),
        )}
      </div>
      <Switch>
        <Match when={error()}>
          <ErrorPanel error={error()} title="The merchants could not be loaded" onRetry={() => void load()} />
        </Match>
        <Match when={!answer()}>
          <div class="skeleton-rows" aria-busy="true">
            <div class="skeleton skeleton-56" />
            <div class="skeleton skeleton-56" />
            <div class="skeleton skeleton-56" />
          </div>
        </Match>
        <Match when={answer()?.items.length === 0}>
          <EmptyState title="No merchants match">Try another name, or clear the filters.</EmptyState>
        </Match>
        <Match when={answer()}>{(a) => <MerchantList rows={a().items} />}</Match>
      </Switch>
    </div>
  );
}
