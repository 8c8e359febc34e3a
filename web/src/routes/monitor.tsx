// The process monitor for directors and team leads: step times per rep against each step's reference,
// minimum and maximum, where the drawdowns are, what is behind each figure, and training with its
// effect. Filters (process, team, days in the org's time zone) and the open cell live in the URL.
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { AssignDialog } from "../components/monitor/assign-dialog";
import { Assignments } from "../components/monitor/assignments";
import { DrillDialog } from "../components/monitor/drill-dialog";
import { mmss } from "../components/monitor/figures";
import { type FilterValues, MonitorFilters } from "../components/monitor/monitor-filters";
import { RepsChart, StepsChart, TrendChart } from "../components/monitor/step-charts";
import { GridLegend, StepGrid } from "../components/monitor/step-grid";
import { calendarDate } from "../lib/format";
import { monitorApi } from "../lib/monitor-api";
import { session } from "../lib/session";
import { useTitle } from "../lib/title";
import "../styles/dashboard.css";
import "../styles/monitor.css";

export default function MonitorScreen() {
  useTitle(() => "Process monitor");
  const [params, setParams] = useSearchParams();
  const param = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const filters = (): FilterValues => ({ process: param("process"), team: param("team"), from: param("from"), to: param("to") });
  const [data, { refetch }] = createResource(
    () => ({ ...filters() }),
    (f) =>
      monitorApi.dashboard({
        process: f.process || undefined,
        team: f.team || undefined,
        from: f.from || undefined,
        to: f.to || undefined,
      }),
  );
  const steps = () => data()?.process?.steps ?? [];
  const stepOf = (key: string) => steps().find((s) => s.key === key);
  const repOf = (id: string) => data()?.reps.find((r) => r.staffId === id);
  const worst = () => data()?.worst ?? null;
  /** The step the reps chart shows: the open cell's, else the worst drawdown's, else the first. */
  const focusStep = createMemo(() => stepOf(param("step")) ?? stepOf(worst()?.stepKey ?? "") ?? steps()[0]);
  const open = (staffId: string, stepKey: string) => setParams({ rep: staffId, step: stepKey, assign: undefined });
  const close = () => setParams({ rep: undefined, step: undefined, assign: undefined });
  const change = (next: Partial<FilterValues>) =>
    setParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, v || undefined])) as Record<string, string | undefined>);

  return (
    <div class="dashboard monitor">
      <header class="page-head">
        <div class="monitor-title">
          <h1>Process monitor</h1>
          <Show when={session.can("process.manage")}>
            <A class="btn" href="/monitor/processes">
              Processes and steps
            </A>
          </Show>
        </div>
        <MonitorFilters data={data()} values={filters()} onChange={change} />
        <Show when={data()}>
          {(d) => (
            <p class="muted range-note">
              {calendarDate(d().range.from)} to {calendarDate(d().range.to)}, days in {d().timeZone.replace(/_/g, " ")}. Medians and 90th
              percentiles per rep and step; only time the rep had Tandem in front of them counts.
            </p>
          )}
        </Show>
      </header>
      <Show when={data.error}>
        <ErrorPanel error={data.error} title="The monitor could not load" onRetry={() => void refetch()} />
      </Show>
      <Show when={worst()}>
        {(w) => (
          <section class="card worst-callout" aria-labelledby="worst-title" data-testid="worst">
            <h2 id="worst-title">Where to start</h2>
            <p>
              <strong>{repOf(w().staffId)?.name}</strong> at <strong>{stepOf(w().stepKey)?.label}</strong>: median{" "}
              {mmss(data()?.cells.find((c) => c.staffId === w().staffId && c.stepKey === w().stepKey)?.median)}, {w().overMaxPercent}% past
              the step's maximum of {mmss(stepOf(w().stepKey)?.maxSeconds)}.
            </p>
            <div class="callout-actions">
              <button type="button" class="btn" onClick={() => open(w().staffId, w().stepKey)}>
                Show the interactions
              </button>
              <button type="button" class="btn btn-primary" onClick={() => setParams({ rep: w().staffId, step: w().stepKey, assign: "1" })}>
                Assign training
              </button>
            </div>
          </section>
        )}
      </Show>
      <section class="card" aria-labelledby="grid-title" aria-busy={data.loading}>
        <header class="section-head">
          <h2 id="grid-title">Step times per rep{data()?.process ? `: ${data()?.process?.name}` : ""}</h2>
        </header>
        <Show when={data()} fallback={<SkeletonRows rows={4} label="Loading step times" />}>
          {(d) => (
            <Show when={d().reps.length > 0} fallback={<p class="empty">Nobody in this selection is measured by the process monitor.</p>}>
              <div class="table-scroll">
                <StepGrid steps={steps()} reps={d().reps} cells={d().cells} worst={d().worst} onOpen={open} />
              </div>
              <GridLegend />
            </Show>
          )}
        </Show>
      </section>
      <Show when={data()}>
        {(d) => (
          <section class="charts" aria-label="Charts">
            <StepsChart steps={steps()} figures={d().steps} />
            <Show when={focusStep()}>{(s) => <RepsChart step={s()} reps={d().reps} cells={d().cells} />}</Show>
            <TrendChart steps={steps()} trend={d().trend} />
          </section>
        )}
      </Show>
      <Show when={data()}>{(d) => <Assignments items={d().assignments} />}</Show>
      {/* The assign dialog opens over the drill-down; cancelling it goes back to the list. */}
      <Show when={data()?.process && param("rep") && stepOf(param("step")) && repOf(param("rep"))}>
        <DrillDialog
          cell={{
            process: data()?.process?.id ?? "",
            staff: param("rep"),
            step: param("step"),
            from: data()?.range.from,
            to: data()?.range.to,
          }}
          onClose={close}
          onAssign={session.can("training.assign") ? () => setParams({ assign: "1" }) : undefined}
        />
      </Show>
      <Show when={param("assign") && data()?.process && stepOf(param("step")) && repOf(param("rep"))}>
        <AssignDialog
          rep={repOf(param("rep")) ?? { staffId: "", name: "" }}
          processId={data()?.process?.id ?? ""}
          step={stepOf(param("step")) ?? steps()[0] ?? ({} as never)}
          mentors={data()?.mentors ?? []}
          onClose={() => setParams({ assign: undefined })}
          onAssigned={() => {
            close();
            void refetch();
          }}
        />
      </Show>
    </div>
  );
}
