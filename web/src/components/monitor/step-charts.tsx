// The monitor's charts, each with its table: every step against its limits, each rep at one step,
// and each step's weekly median.
import { For } from "solid-js";
import type { ProcessStep } from "../../../../core/domain/process-steps";
import type { Monitor } from "../../../../core/protocol/monitor-answers";
import { calendarDate } from "../../lib/format";
import { LEVEL_TEXT, mmss } from "./figures";
import { MonitorChart } from "./monitor-chart";

const limits = (steps: ProcessStep[]) => [
  { label: "Reference", values: steps.map((s) => s.referenceSeconds), kind: "line" as const, tone: "muted" as const, dashed: true },
  { label: "Maximum", values: steps.map((s) => s.maxSeconds), kind: "line" as const, tone: "danger" as const },
];

export function StepsChart(props: { steps: ProcessStep[]; figures: Monitor["steps"] }) {
  const of = (key: string) => props.figures.find((f) => f.stepKey === key);
  return (
    <MonitorChart
      id="steps"
      question="How long does each step take, against its reference and maximum?"
      unit="minutes:seconds, the selected teams"
      format={mmss}
      labels={props.steps.map((s) => s.label)}
      datasets={[
        { label: "Median", values: props.steps.map((s) => of(s.key)?.median ?? null), kind: "bar", tone: "accent" },
        { label: "90th percentile", values: props.steps.map((s) => of(s.key)?.p90 ?? null), kind: "bar", tone: "info" },
        ...limits(props.steps),
      ]}
      table={
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col" class="num">
                Interactions
              </th>
              <th scope="col" class="num">
                Median
              </th>
              <th scope="col" class="num">
                p90
              </th>
              <th scope="col" class="num">
                Min
              </th>
              <th scope="col" class="num">
                Reference
              </th>
              <th scope="col" class="num">
                Max
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.steps}>
              {(s) => (
                <tr>
                  <th scope="row">{s.label}</th>
                  <td class="num">{of(s.key)?.interactions ?? 0}</td>
                  <td class="num">{mmss(of(s.key)?.median)}</td>
                  <td class="num">{mmss(of(s.key)?.p90)}</td>
                  <td class="num">{mmss(s.minSeconds)}</td>
                  <td class="num">{mmss(s.referenceSeconds)}</td>
                  <td class="num">{mmss(s.maxSeconds)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      }
    />
  );
}

export function RepsChart(props: { step: ProcessStep; reps: Monitor["reps"]; cells: Monitor["cells"] }) {
  const rows = () =>
    props.reps
      .map((r) => ({ rep: r, cell: props.cells.find((c) => c.staffId === r.staffId && c.stepKey === props.step.key) }))
      .filter((r) => r.cell)
      .sort((a, b) => (b.cell?.median ?? 0) - (a.cell?.median ?? 0));
  return (
    <MonitorChart
      id="reps"
      question={`Who is slowest at "${props.step.label}"?`}
      unit="median, minutes:seconds"
      format={mmss}
      horizontal
      labels={rows().map((r) => r.rep.name)}
      datasets={[
        { label: "Median", values: rows().map((r) => r.cell?.median ?? null), kind: "bar", tone: "accent" },
        { label: "Reference", values: rows().map(() => props.step.referenceSeconds), kind: "line", tone: "muted", dashed: true },
        { label: "Maximum", values: rows().map(() => props.step.maxSeconds), kind: "line", tone: "danger" },
      ]}
      table={
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col" class="num">
                Median
              </th>
              <th scope="col" class="num">
                p90
              </th>
              <th scope="col">Against the step</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr>
                  <th scope="row">{r.rep.name}</th>
                  <td class="num">{mmss(r.cell?.median)}</td>
                  <td class="num">{mmss(r.cell?.p90)}</td>
                  <td>{r.cell?.level ? LEVEL_TEXT[r.cell.level] : "—"}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      }
    />
  );
}

const TONES = ["accent", "warning", "success", "info", "danger"] as const;

export function TrendChart(props: { steps: ProcessStep[]; trend: Monitor["trend"] }) {
  const weeks = () => [...new Set(props.trend.map((t) => t.week))].sort();
  const median = (week: string, key: string) => props.trend.find((t) => t.week === week && t.stepKey === key)?.median ?? null;
  return (
    <MonitorChart
      id="trend"
      question="Is each step getting faster? Median per week"
      unit="minutes:seconds, weeks from Monday"
      format={mmss}
      labels={weeks().map((w) => calendarDate(w))}
      datasets={props.steps.map((s, i) => ({
        label: s.label,
        values: weeks().map((w) => median(w, s.key)),
        kind: "line",
        tone: TONES[i % TONES.length] ?? "accent",
      }))}
      table={
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <For each={props.steps}>
                {(s) => (
                  <th scope="col" class="num">
                    {s.label}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={weeks()}>
              {(w) => (
                <tr>
                  <th scope="row">{calendarDate(w)}</th>
                  <For each={props.steps}>{(s) => <td class="num">{mmss(median(w, s.key))}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      }
    />
  );
}
