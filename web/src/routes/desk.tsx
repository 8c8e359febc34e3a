// The service desk's queue: active tickets by SLA due (the most urgent first), filters in the URL
// (status, priority, team, mine, breached), an SLA clock per row, breaches highlighted, new tickets
// arriving live. On a phone it is a list (a ticket opens its own screen); on a tablet or desktop the
// selected ticket is worked beside the list.
import { useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, For, Match, on, onCleanup, Show, Switch } from "solid-js";
import { TICKET_PRIORITIES, TICKET_STATUSES, TICKET_TEAMS } from "../../../core/domain/tickets";
import type { TicketQueuePage } from "../../../core/protocol/ticket-answers";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PRIORITY_LABELS, STATUS_LABELS, TEAM_LABELS } from "../components/desk/labels";
import { QueueList } from "../components/desk/queue-list";
import { TicketWorkspace } from "../components/desk/ticket-workspace";
import { deskApi } from "../lib/desk-api";
import { createDeskLive } from "../lib/desk-live";
import { layout } from "../lib/layout";
import { session } from "../lib/session";
import { useTitle } from "../lib/title";
import "../styles/customer.css";
import "../styles/customer-panels.css";
import "../styles/desk.css";

const KEYS = ["status", "priority", "team", "mine", "breached"] as const;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

function Queue(props: { orgId: string }) {
  const [params, setParams] = useSearchParams();
  const live = createDeskLive(props.orgId);
  const [page, setPage] = createSignal<TicketQueuePage | null>(null);
  const [more, setMore] = createSignal<TicketQueuePage["items"]>([]);
  const [error, setError] = createSignal<unknown>(null);
  // Tickets opened since this screen first loaded are marked new (however the screen heard of them:
  // the desk room's notice, or a reload after a reconnect).
  let since: number | null = null;
  const [offset, setOffset] = createSignal(0);
  const selected = () => one(params.t) || null;
  const split = () => layout() !== "phone";
  useTitle(() => "Service desk");
  let controller: AbortController | undefined;

  const query = () => {
    const q = new URLSearchParams();
    for (const key of KEYS) {
      const value = one(params[key]);
      if (value) q.set(key, value);
    }
    return q;
  };
  async function load() {
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await deskApi.queue(query(), controller.signal);
      since ??= answer.serverTime;
      setPage(answer);
      setMore([]);
      setOffset(answer.serverTime - Date.now());
      setError(null);
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === "AbortError")) setError(caught);
    }
  }
  async function loadMore() {
    const next = page()?.next;
    if (!next) return;
    const q = query();
    q.set("afterDue", String(next.afterDue));
    q.set("afterId", next.afterId);
    const answer = await deskApi.queue(q);
    setMore((rows) => [...rows, ...answer.items]);
    setPage((p) => (p ? { ...p, next: answer.next } : p));
  }
  createEffect(
    on(
      () => KEYS.map((k) => one(params[k])).join("|"),
      () => void load(),
    ),
  );
  createEffect(on(live.notice, () => void load(), { defer: true }));
  onCleanup(() => controller?.abort());

  const href = (id: string) => {
    if (!split()) return `/desk/${id}`;
    const q = query();
    q.set("t", id);
    return `/desk?${q}`;
  };
  const select = (key: (typeof KEYS)[number], label: string, options: { value: string; label: string }[]) => (
    <div class="field">
      <label for={`df-${key}`}>{label}</label>
      <select id={`df-${key}`} value={one(params[key])} onChange={(e) => setParams({ [key]: e.currentTarget.value || undefined })}>
        <option value="">{key === "status" ? "Active" : "Any"}</option>
        <For each={options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </div>
  );
  const toggle = (key: "mine" | "breached", label: string) => (
    <button
      type="button"
      class="chip-toggle"
      aria-pressed={one(params[key]) === "1"}
      onClick={() => setParams({ [key]: one(params[key]) === "1" ? undefined : "1" })}
    >
      {label}
    </button>
  );
  const rows = () => [...(page()?.items ?? []), ...more()];
  const fresh = () =>
    new Set(
      rows()
        .filter((r) => since !== null && r.createdAt > since)
        .map((r) => r.id),
    );

  return (
    <div class="desk-page" classList={{ "is-split": split() }}>
      <div class="desk-queue">
        <header class="page-head">
          <div>
            <h1>Service desk</h1>
            <p class="hint">
              {live.status() === "live" ? "Live" : live.status() === "refused" ? "Not live" : "Connecting…"} · sorted by SLA due
            </p>
          </div>
        </header>
        <div class="filter-grid desk-filters">
          {select(
            "status",
            "Status",
            TICKET_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
          )}
          {select(
            "priority",
            "Priority",
            TICKET_PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] })),
          )}
          {select(
            "team",
            "Team",
            TICKET_TEAMS.map((t) => ({ value: t, label: TEAM_LABELS[t] })),
          )}
        </div>
        <div class="desk-toggles">
          {toggle("mine", "Mine")}
          {toggle("breached", "Breached")}
        </div>
        <Switch>
          <Match when={error()}>
            <ErrorPanel error={error()} title="The queue could not be loaded" onRetry={() => void load()} />
          </Match>
          <Match when={!page()}>
            <SkeletonRows rows={5} label="Loading the queue" />
          </Match>
          <Match when={rows().length === 0}>
            <EmptyState title="No tickets match">Nothing waits here; clear a filter to see more.</EmptyState>
          </Match>
          <Match when={true}>
            <QueueList rows={rows()} offset={offset()} selected={selected()} fresh={fresh()} href={href} />
            <Show when={page()?.next}>
              <button type="button" class="btn load-more" onClick={() => void loadMore()}>
                Show more
              </button>
            </Show>
          </Match>
        </Switch>
      </div>
      <Show when={split()}>
        <section class="desk-detail" aria-label="Ticket">
          <Show
            when={selected()}
            keyed
            fallback={<EmptyState title="Choose a ticket">Its conversation, owner and history open here.</EmptyState>}
          >
            {(id) => <TicketWorkspace id={id} compact />}
          </Show>
        </section>
      </Show>
    </div>
  );
}

export default function Desk() {
  return (
    <Show when={session.me()} keyed>
      {(me) => <Queue orgId={me.org.id} />}
    </Show>
  );
}
