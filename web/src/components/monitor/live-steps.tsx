// The floor's live view of the process monitor: for each account being served now, the rep, the step
// in front of them and their time on it, amber from the step's reference and red past its maximum.
import { A } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { liveLevel } from "../../../../core/domain/step-stats";
import type { FloorEntry } from "../../../../core/protocol/floor";
import { createClock } from "../../lib/time";
import { mmss } from "./figures";
import "../../styles/monitor.css";

export function LiveSteps(props: { entries: FloorEntry[]; teamId: string | null }) {
  const now = createClock(1_000);
  const rows = createMemo(() =>
    props.entries.flatMap((e) =>
      e.serving
        .filter((s) => !props.teamId || s.teamId === props.teamId)
        .map((s) => ({ customerId: e.customerId, customerName: e.customerName, ...s })),
    ),
  );
  const seconds = (row: { spentMs: number; since: number | null }) =>
    (row.spentMs + (row.since === null ? 0 : Math.max(0, now() - row.since))) / 1000;
  return (
    <section class="card live-steps" aria-labelledby="live-steps-title">
      <header class="section-head">
        <h2 id="live-steps-title">Serving now: step and time on it</h2>
      </header>
      <Show when={rows().length > 0} fallback={<p class="empty">Nobody on this floor is serving a client right now.</p>}>
        <div class="table-scroll">
          <table class="board-table" data-testid="live-steps">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Client</th>
                <th scope="col">Step</th>
                <th scope="col" class="num">
                  On it
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => {
                  const level = () => (row.step ? liveLevel(seconds(row), row.step) : "ok");
                  return (
                    <tr data-customer={row.customerId} data-rep={row.staffId} data-place={row.place} data-level={level()}>
                      <th scope="row">{row.name}</th>
                      <td>
                        <A href={`/customers/${row.customerId}`}>{row.customerName}</A>
                      </td>
                      <td>
                        {row.step ? row.step.label : row.placeLabel}
                        <Show when={row.step}>{(step) => <span class="muted"> · {step().processName}</span>}</Show>
                        <Show when={row.since === null}>
                          <span class="muted"> (paused)</span>
                        </Show>
                      </td>
                      <td class={`num live-${level()}`}>
                        {mmss(seconds(row))}
                        <Show when={row.step}>{(step) => <span class="muted"> / {mmss(step().referenceSeconds)}</span>}</Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
