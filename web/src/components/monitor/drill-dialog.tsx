// What is behind a cell: the rep's interactions with that step, newest first, which client, when, and
// how long each step took (names as the rep's role may see them, like everywhere else).
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { Drill } from "../../../../core/protocol/monitor-answers";
import { exactTime } from "../../lib/format";
import { monitorApi } from "../../lib/monitor-api";
import { Dialog } from "../common/dialog";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { mmss } from "./figures";

export interface DrillCell {
  process: string;
  staff: string;
  step: string;
  from?: string;
  to?: string;
}

export function DrillDialog(props: { cell: DrillCell; onClose: () => void; onAssign?: () => void }) {
  const [drill, { refetch }] = createResource(
    () => ({ ...props.cell }),
    (cell) => monitorApi.drill(cell),
  );
  // Older pages, appended under the first (the answer says where the next one starts).
  const [older, setOlder] = createSignal<Drill[]>([]);
  const next = () => (older().at(-1) ?? drill())?.nextBefore ?? null;
  const items = () => [...(drill()?.items ?? []), ...older().flatMap((page) => page.items)];
  const more = async () => {
    const before = next();
    if (before !== null) {
      const page = await monitorApi.drill({ ...props.cell, before });
      setOlder((pages) => [...pages, page]);
    }
  };
  const title = () => (drill() ? `${drill()?.rep.name}: ${drill()?.step.label}` : "Interactions");
  return (
    <Dialog open title={title()} onClose={props.onClose}>
      <div class="drill" aria-busy={drill.loading}>
        <Show when={drill.error}>
          <ErrorPanel error={drill.error} title="The interactions could not be loaded" onRetry={() => void refetch()} />
        </Show>
        <Show when={drill()} fallback={<Show when={!drill.error}>{<SkeletonRows rows={4} label="Loading interactions" />}</Show>}>
          {(d) => (
            <Show when={items().length > 0} fallback={<p class="empty">No interactions with this step in the range.</p>}>
              <ul class="drill-list" data-testid="drill-list">
                <For each={items()}>
                  {(item) => (
                    <li class="drill-item" data-interaction={item.interactionId} data-customer={item.customer.id}>
                      <div class="drill-main">
                        <A href={`/customers/${item.customer.id}`}>{item.customer.name}</A>
                        <span class="muted" title={exactTime(item.startedAt)}>
                          {exactTime(item.startedAt)} · {item.kind === "call" ? "from the call list" : "owned"}
                        </span>
                      </div>
                      <strong class="drill-seconds" data-seconds={item.seconds}>
                        {mmss(item.seconds)}
                      </strong>
                      <ol class="drill-steps">
                        <For each={item.steps}>
                          {(step) => (
                            <li classList={{ "drill-this": step.key === d().step.key }} data-step={step.key} data-seconds={step.seconds}>
                              {step.label} <span class="num">{mmss(step.seconds)}</span>
                            </li>
                          )}
                        </For>
                        <Show when={item.elsewhereSeconds > 0}>
                          <li class="muted">
                            Elsewhere <span class="num">{mmss(item.elsewhereSeconds)}</span>
                          </li>
                        </Show>
                      </ol>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={next() !== null}>
                <button type="button" class="btn btn-ghost" onClick={() => void more()}>
                  Show older interactions
                </button>
              </Show>
            </Show>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Close
          </button>
          <Show when={props.onAssign}>
            <button type="button" class="btn btn-primary" onClick={() => props.onAssign?.()}>
              Assign training
            </button>
          </Show>
        </div>
      </div>
    </Dialog>
  );
}
