// A rep's own process-monitor figures on their home screen: their median per step over the last four
// weeks next to the step's reference, and the training assigned to them, with "done" to mark it.
import { createResource, createSignal, For, Show } from "solid-js";
import type { AssignmentView } from "../../../../core/protocol/monitor-answers";
import { myMonitorApi } from "../../lib/my-monitor-api";
import { session } from "../../lib/session";
import { errorParts } from "../common/error-panel";
import { EffectText, WhatToDo } from "./assignments";
import { LEVEL_TEXT, levelClass, mmss } from "./figures";
import "../../styles/monitor.css";

function Training(props: { items: AssignmentView[]; onDone: (a: AssignmentView) => void }) {
  const [error, setError] = createSignal<unknown>(null);
  const done = async (id: string) => {
    setError(null);
    try {
      props.onDone((await myMonitorApi.done(id)).assignment);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <h3>Your training</h3>
      <Show when={props.items.length > 0} fallback={<p class="muted">Nothing assigned to you.</p>}>
        <ul class="my-training" data-testid="my-training">
          <For each={props.items}>
            {(a) => (
              <li data-assignment={a.id}>
                <strong>
                  {a.processName}: {a.stepLabel}
                </strong>
                <WhatToDo assignment={a} />
                <Show when={a.note}>
                  <span class="muted">{a.note}</span>
                </Show>
                <Show
                  when={a.completedAt === null}
                  fallback={
                    <span>
                      <span class="badge badge-success">Done</span> <EffectText assignment={a} />
                    </span>
                  }
                >
                  <button type="button" class="btn" onClick={() => void done(a.id)}>
                    Mark done
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={error()}>
        {(e) => (
          <p class="notice notice-error" role="alert">
            {errorParts(e()).message} <code>{errorParts(e()).code}</code>
          </p>
        )}
      </Show>
    </>
  );
}

export default function MyFigures() {
  const [mine, { mutate }] = createResource(
    () => session.can("monitor.self") || null,
    () => myMonitorApi.mine(),
  );
  const measured = () => (mine()?.processes ?? []).filter((p) => p.steps.some((s) => s.interactions > 0));
  return (
    <Show when={mine()}>
      {(m) => (
        <section class="panel my-figures" aria-labelledby="my-figures-title">
          <h2 id="my-figures-title">Your step times, last four weeks</h2>
          <Show
            when={measured().length > 0}
            fallback={<p class="muted">No finished interactions yet. Times appear here after you serve clients.</p>}
          >
            <For each={measured()}>
              {(p) => (
                <>
                  <h3>{p.name}</h3>
                  <div class="table-scroll">
                    <table class="data-table" data-process={p.id}>
                      <thead>
                        <tr>
                          <th scope="col">Step</th>
                          <th scope="col" class="num">
                            You
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
                        <For each={p.steps}>
                          {(s) => (
                            <tr data-step={s.key}>
                              <th scope="row">{s.label}</th>
                              <td class={`num ${levelClass(s.level)}`} title={s.level ? LEVEL_TEXT[s.level] : ""}>
                                {mmss(s.median)}
                              </td>
                              <td class="num">{mmss(s.referenceSeconds)}</td>
                              <td class="num">{mmss(s.maxSeconds)}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </For>
          </Show>
          <Training
            items={m().assignments}
            onDone={(a) => mutate((d) => d && { ...d, assignments: d.assignments.map((x) => (x.id === a.id ? a : x)) })}
          />
        </section>
      )}
    </Show>
  );
}
