// Training and whether it worked: each assignment with the step's median in the four weeks before it
// and in the weeks after the rep completed it.
import { For, Show } from "solid-js";
import type { AssignmentView } from "../../../../core/protocol/monitor-answers";
import { calendarDate, exactTime } from "../../lib/format";
import { mmss } from "./figures";

export function EffectText(props: { assignment: AssignmentView }) {
  const effect = () => props.assignment.effect;
  return (
    <span class="effect" data-testid="effect">
      before {mmss(effect().before.median)}
      <Show when={effect().after} fallback={<span class="muted"> · after: once done</span>}>
        {(after) => (
          <>
            {" "}
            → after {mmss(after().median)}
            <Show when={effect().changePercent !== null}>
              {" "}
              <span class={`badge ${(effect().changePercent ?? 0) < 0 ? "badge-success" : "badge-warning"}`}>
                {(effect().changePercent ?? 0) > 0 ? "+" : ""}
                {effect().changePercent}%
              </span>
            </Show>
          </>
        )}
      </Show>
    </span>
  );
}

export function WhatToDo(props: { assignment: AssignmentView }) {
  return (
    <Show
      when={props.assignment.course}
      fallback={
        <span>
          Meet {props.assignment.mentor?.name} on {props.assignment.meetOn ? calendarDate(props.assignment.meetOn) : "a date to agree"}
        </span>
      }
    >
      {(course) => (
        <a href={course().url} target="_blank" rel="noopener noreferrer">
          {course().title}
        </a>
      )}
    </Show>
  );
}

export function Assignments(props: { items: AssignmentView[] }) {
  return (
    <section class="card assignments" aria-labelledby="assignments-title">
      <h2 id="assignments-title">Training and its effect</h2>
      <Show
        when={props.items.length > 0}
        fallback={<p class="empty">No training assigned for this process yet. Open a red cell to assign one.</p>}
      >
        <div class="table-scroll">
          <table class="data-table" data-testid="assignments">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Step</th>
                <th scope="col">Training</th>
                <th scope="col">Status</th>
                <th scope="col">Median of the step</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.items}>
                {(a) => (
                  <tr data-assignment={a.id}>
                    <th scope="row">{a.rep.name}</th>
                    <td>{a.stepLabel}</td>
                    <td>
                      <WhatToDo assignment={a} />
                    </td>
                    <td title={exactTime(a.completedAt ?? a.assignedAt)}>
                      {a.completedAt ? <span class="badge badge-success">Done</span> : <span class="badge">Assigned</span>}
                    </td>
                    <td>
                      <EffectText assignment={a} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
