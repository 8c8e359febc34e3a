// Review results: notes and audit rows as dense lists with exact times, paged with "Load more".
import { For, type JSX, Match, Show, Switch } from "solid-js";
import type { ReviewAuditRow, ReviewNote } from "../../../../core/protocol/compliance-answers";
import { exactTime } from "../../lib/format";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";
import { SkeletonRows } from "../common/skeleton";

const KIND_LABEL = { manual: "Rep note", automatic: "Automatic", system: "System" } as const;

export function PagedResults<T>(props: {
  list: { items: () => T[]; loading: () => boolean; error: () => unknown; hasMore: () => boolean; more: () => void; retry: () => void };
  empty: string;
  children: (item: T) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.list.error()}>
        <ErrorPanel error={props.list.error()} onRetry={props.list.retry} />
      </Match>
      <Match when={props.list.loading() && props.list.items().length === 0}>
        <SkeletonRows rows={5} label="Loading" />
      </Match>
      <Match when={props.list.items().length === 0}>
        <EmptyState title={props.empty}>
          <p class="muted">Widen the date range or clear a filter.</p>
        </EmptyState>
      </Match>
      <Match when={true}>
        <ul class="review-list">
          <For each={props.list.items()}>{(item) => <li class="review-row">{props.children(item)}</li>}</For>
        </ul>
        <Show when={props.list.hasMore()}>
          <button type="button" class="btn review-more" disabled={props.list.loading()} onClick={props.list.more}>
            {props.list.loading() ? "Loading…" : "Load more"}
          </button>
        </Show>
      </Match>
    </Switch>
  );
}

export function NoteRow(props: { note: ReviewNote }) {
  const n = () => props.note;
  return (
    <>
      <div class="review-meta">
        <span class={`badge review-kind-${n().kind}`}>{KIND_LABEL[n().kind]}</span>
        <strong>{n().authorName}</strong>
        <span class="muted">
          on {n().customerName} ({n().customerId})
        </span>
        <RelativeTime at={n().createdAt} class="time muted review-time" />
      </div>
      <p class="review-text">{n().text}</p>
      <p class="hint">
        {n().action} · {n().category}
        {n().editedAt ? ` · edited ${exactTime(n().editedAt as number)}, ${n().revisions} earlier version(s) kept` : ""}
      </p>
    </>
  );
}

function detailsText(details: string): string {
  try {
    const parsed: unknown = JSON.parse(details);
    if (!parsed || typeof parsed !== "object") return "";
    return Object.entries(parsed as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(" · ");
  } catch {
    return details;
  }
}

export function AuditRow(props: { row: ReviewAuditRow }) {
  const r = () => props.row;
  return (
    <>
      <div class="review-meta">
        <span class={`badge ${r().outcome === "success" ? "badge-success" : r().outcome === "denied" ? "badge-danger" : "badge-warning"}`}>
          {r().outcome}
        </span>
        <strong>{r().action}</strong>
        <span class="muted">
          by {r().actorName ?? r().actorId ?? "unknown"}
          {r().actorRole ? ` (${r().actorRole})` : ""}
        </span>
        <RelativeTime at={r().at} class="time muted review-time" />
      </div>
      <p class="hint">
        #{r().seq} · {r().targetType}
        {r().targetId ? ` ${r().targetId}` : ""}
        {r().customerId && r().customerId !== r().targetId ? ` · customer ${r().customerId}` : ""}
        {r().ip ? ` · from ${r().ip}` : ""}
      </p>
      <Show when={detailsText(r().details)}>{(text) => <p class="review-details">{text()}</p>}</Show>
    </>
  );
}
