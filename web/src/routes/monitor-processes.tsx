// Processes and their steps, for directors to edit (team leads read them): one process at a time,
// chosen in the URL, with its versions.
import { A, useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { mmss } from "../components/monitor/figures";
import { ProcessEditor } from "../components/monitor/process-editor";
import { monitorApi } from "../lib/monitor-api";
import { session } from "../lib/session";
import { useTitle } from "../lib/title";
import "../styles/dashboard.css";
import "../styles/monitor.css";

export default function MonitorProcesses() {
  useTitle(() => "Processes and steps");
  const [params, setParams] = useSearchParams();
  const [data, { refetch, mutate }] = createResource(() => monitorApi.processes());
  const current = () => {
    const list = data()?.processes ?? [];
    return list.find((p) => p.id === params.process) ?? list[0];
  };
  const place = (key: string) => data()?.locations.find((l) => l.key === key)?.label ?? key;
  return (
    <div class="dashboard monitor">
      <header class="processes-head">
        <A href="/monitor" class="back-link">
          ← Process monitor
        </A>
        <h1>Processes and steps</h1>
        <Show when={data()}>
          <label class="field">
            <span class="label">Process</span>
            <select onChange={(e) => setParams({ process: e.currentTarget.value })}>
              <For each={data()?.processes ?? []}>
                {(p) => (
                  <option value={p.id} selected={p.id === current()?.id}>
                    {p.name} (version {p.version})
                  </option>
                )}
              </For>
            </select>
          </label>
        </Show>
      </header>
      <Show when={data.error}>
        <ErrorPanel error={data.error} title="The processes could not load" onRetry={() => void refetch()} />
      </Show>
      <Show when={current()} fallback={<Show when={!data.error}>{<SkeletonRows rows={4} label="Loading processes" />}</Show>}>
        {(p) => (
          <section class="card">
            <Show
              when={session.can("process.manage")}
              fallback={
                <ol>
                  <For each={p().steps}>
                    {(s) => (
                      <li>
                        {s.label} ({place(s.location)}): reference {mmss(s.referenceSeconds)}, {mmss(s.minSeconds)} to {mmss(s.maxSeconds)}
                      </li>
                    )}
                  </For>
                </ol>
              }
            >
              {/* Keyed by process: another process starts a fresh form; a save keeps this one. */}
              <Show when={p().id} keyed>
                <ProcessEditor
                  process={p()}
                  locations={data()?.locations ?? []}
                  onSaved={(saved) => mutate((d) => d && { ...d, processes: d.processes.map((x) => (x.id === saved.id ? saved : x)) })}
                />
              </Show>
            </Show>
          </section>
        )}
      </Show>
    </div>
  );
}
