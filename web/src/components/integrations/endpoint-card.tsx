// One back end's health: its figures over the window (delivery and error rates, lag p95, what came
// in and what was dropped or refused, by reason), what went out, the last error, and its actions:
// a signed test event through the whole inbound path, and its dead letters.
import { createSignal, For, Show } from "solid-js";
import { KIND_LABELS } from "../../../../core/domain/integrations";
import type { EndpointHealth } from "../../../../core/protocol/integration-answers";
import { integrationsApi } from "../../lib/integrations-api";
import { RelativeTime } from "../common/relative-time";
import { DeadLetterList } from "./dead-letter-list";

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)}%`);
const ms = (value: number | null) => (value === null ? "—" : value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`);
const REASONS: Record<string, string> = {
  duplicate: "repeats dropped",
  bad_signature: "bad signature",
  stale_timestamp: "stale timestamp",
  missing_timestamp: "no timestamp",
  malformed: "malformed",
  oversized: "too large",
  unknown_customer: "unknown customer",
  type_not_allowed: "event not allowed",
  stale_version: "older version",
  disabled_endpoint: "endpoint disabled",
  not_configured: "not configured",
  queue_unavailable: "queue unavailable",
};

export function EndpointCard(props: { endpoint: EndpointHealth; onChanged: () => void }) {
  const e = () => props.endpoint;
  const [note, setNote] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [showDead, setShowDead] = createSignal(false);
  const sendTest = async () => {
    setBusy(true);
    try {
      const sent = await integrationsApi.testEvent(e().id);
      setNote(sent.status === 202 ? `Test event ${sent.eventId} accepted and queued` : `Test event refused (${sent.status})`);
      props.onChanged();
    } catch (error) {
      setNote(`Test event failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class="card endpoint-card" aria-labelledby={`ep-${e().id}`}>
      <header class="endpoint-head">
        <div>
          <h2 id={`ep-${e().id}`}>{e().name}</h2>
          <p class="muted">
            {KIND_LABELS[e().kind] === e().name ? "" : `${KIND_LABELS[e().kind]} · `}
            {e().connector} connector
          </p>
          <code class="muted">{e().id}</code>
        </div>
        <div class="endpoint-state">
          <span class={`badge ${e().status === "active" ? "badge-success" : "badge-neutral"}`}>{e().status}</span>
          <Show when={!e().secretSet}>
            <span class="badge badge-danger">secret not set</span>
          </Show>
        </div>
      </header>
      <dl class="endpoint-figures">
        <div>
          <dt>Delivery rate</dt>
          <dd class="num">{percent(e().inbound.deliveryRate)}</dd>
        </div>
        <div>
          <dt>Error rate</dt>
          <dd class="num" classList={{ "figure-bad": (e().inbound.errorRate ?? 0) > 0.05 }}>
            {percent(e().inbound.errorRate)}
          </dd>
        </div>
        <div>
          <dt>Lag p95</dt>
          <dd class="num">{ms(e().inbound.lagP95Ms)}</dd>
        </div>
        <div>
          <dt>Events in</dt>
          <dd class="num">{e().inbound.accepted}</dd>
        </div>
        <div>
          <dt>Duplicates dropped</dt>
          <dd class="num" data-figure="duplicates">
            {e().inbound.duplicates}
          </dd>
        </div>
        <div>
          <dt>Dead letters</dt>
          <dd class="num" classList={{ "figure-bad": e().inbound.dead > 0 }}>
            {e().inbound.dead}
          </dd>
        </div>
      </dl>
      <p class="endpoint-line">
        In: {e().inbound.applied} applied · {e().inbound.stale} older versions ignored · {e().inbound.waiting} waiting ·{" "}
        {e().inbound.refused} refused. Out: {e().outbound.sent} synced · {e().outbound.waiting} on the way · {e().outbound.failed} failed.
      </p>
      <Show when={e().inbound.refusals.length > 0}>
        <ul class="refusal-list" aria-label="Refused and dropped, by reason">
          <For each={e().inbound.refusals}>
            {(r) => (
              <li>
                <span class="badge badge-neutral">{r.count}</span> {REASONS[r.reason] ?? r.reason.replace(/_/g, " ")}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={e().lastError}>
        {(error) => (
          <p class="endpoint-error">
            Last error <RelativeTime at={error().at} />: {error().message}
          </p>
        )}
      </Show>
      <div class="action-row">
        <button type="button" class="btn" disabled={busy()} onClick={() => void sendTest()}>
          Send test event
        </button>
        <button type="button" class="btn btn-ghost" aria-expanded={showDead()} onClick={() => setShowDead(!showDead())}>
          Dead letters ({e().inbound.dead})
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite" hidden={!note()}>
        {note()}
      </p>
      <Show when={showDead()}>
        <DeadLetterList endpointId={e().id} onReplayed={props.onChanged} />
      </Show>
    </article>
  );
}
