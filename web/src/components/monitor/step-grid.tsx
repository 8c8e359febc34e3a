// Step times per rep: one row per rep, one column per step, each cell the median (and p90) coloured
// by where it stands against the step's minimum, reference and maximum. A cell opens what is behind it.
import { For, Show } from "solid-js";
import type { ProcessStep } from "../../../../core/domain/process-steps";
import type { Monitor } from "../../../../core/protocol/monitor-answers";
import { LEVEL_TEXT, levelClass, mmss } from "./figures";

type Cell = Monitor["cells"][number];

export function StepGrid(props: {
  steps: ProcessStep[];
  reps: Monitor["reps"];
  cells: Cell[];
  worst: Monitor["worst"];
  onOpen: (staffId: string, stepKey: string) => void;
}) {
  const cellOf = (staffId: string, stepKey: string) => props.cells.find((c) => c.staffId === staffId && c.stepKey === stepKey);
  return (
    <table class="data-table step-grid" data-testid="step-grid">
      <caption class="visually-hidden">Median and 90th percentile per rep and step; colour says where the median stands.</caption>
      <thead>
        <tr>
          <th scope="col">Rep</th>
          <th scope="col" class="num col-count">
            Interactions
          </th>
          <For each={props.steps}>
            {(step) => (
              <th scope="col" class="num">
                <span class="step-head">{step.label}</span>
                <span class="step-limits muted">ref {mmss(step.referenceSeconds)}</span>
                <span class="step-limits muted">max {mmss(step.maxSeconds)}</span>
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.reps}>
          {(rep) => (
            <tr data-rep={rep.staffId}>
              <th scope="row">{rep.name}</th>
              <td class="num col-count">{rep.interactions}</td>
              <For each={props.steps}>
                {(step) => {
                  const cell = () => cellOf(rep.staffId, step.key);
                  const worst = () => props.worst?.staffId === rep.staffId && props.worst.stepKey === step.key;
                  return (
                    <td class={`num grid-cell ${levelClass(cell()?.level)}`} classList={{ "grid-worst": worst() }} data-step={step.key}>
                      <Show when={cell()} fallback={<span class="muted">—</span>}>
                        {(c) => (
                          <button
                            type="button"
                            class="cell-button"
                            onClick={() => props.onOpen(rep.staffId, step.key)}
                            aria-label={`${rep.name}, ${step.label}: median ${mmss(c().median)}, p90 ${mmss(c().p90)}, ${c().level ? LEVEL_TEXT[c().level ?? "on-target"] : ""}. Show the interactions`}
                          >
                            <strong>{mmss(c().median)}</strong>
                            <span class="p90">p90 {mmss(c().p90)}</span>
                          </button>
                        )}
                      </Show>
                    </td>
                  );
                }}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

export function GridLegend() {
  return (
    <p class="grid-legend muted">
      <span class="legend-swatch level-on-target">on target</span>
      <span class="legend-swatch level-over-reference">over the reference</span>
      <span class="legend-swatch level-drawdown">past the maximum (drawdown)</span>
      <span class="legend-swatch level-under-min">under the minimum</span>
    </p>
  );
}
