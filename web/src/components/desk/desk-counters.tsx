// The desk's counters on the floor dashboard: active tickets, breached now, and the CS score
// (average rating of resolved tickets); live: every ticket change anywhere fetches them again.
import { createEffect, createSignal, on, Show } from "solid-js";
import type { DeskCounters as Counters } from "../../../../core/protocol/ticket-answers";
import { deskApi } from "../../lib/desk-api";
import { createDeskLive } from "../../lib/desk-live";

export function DeskCounters(props: { orgId: string }) {
  const live = createDeskLive(props.orgId);
  const [counters, setCounters] = createSignal<Counters | null>(null);
  const [failed, setFailed] = createSignal(false);
  const load = async () => {
    try {
      setCounters(await deskApi.counters());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  void load();
  createEffect(on(live.notice, () => void load(), { defer: true }));
  return (
    <section class="desk-counters" aria-label="Service desk">
      <a class="desk-counter" href="/desk">
        <span class="desk-counter-value" data-counter="open">
          {counters()?.open ?? "–"}
        </span>
        <span class="desk-counter-label">Open tickets</span>
      </a>
      <a class="desk-counter" classList={{ "is-alert": (counters()?.breached ?? 0) > 0 }} href="/desk?breached=1">
        <span class="desk-counter-value" data-counter="breached">
          {counters()?.breached ?? "–"}
        </span>
        <span class="desk-counter-label">Breached SLA</span>
      </a>
      <div class="desk-counter">
        <span class="desk-counter-value" data-counter="cs">
          {counters()?.csScore === null || counters() === null ? "–" : `${counters()?.csScore?.toFixed(1)}`}
        </span>
        <span class="desk-counter-label">CS score ({counters()?.ratings ?? 0} ratings)</span>
      </div>
      <Show when={failed()}>
        <p class="hint">The desk's counters could not be loaded.</p>
      </Show>
    </section>
  );
}
