// Schedule, move or complete a callback: a time on the org's clock (picked, or typed as "Friday
// 3 pm"), for a lead whom it is for, and the rep's note. No ownership needed: it is the rep's task.
import { createResource, createSignal, For, Show } from "solid-js";
import type { Profile } from "../../../../core/protocol/customer-answers";
import { callbacksApi } from "../../lib/callbacks-api";
import { dayAndTime, displayZone } from "../../lib/format";
import { uid } from "../../lib/ids";
import { session } from "../../lib/session";
import { fromLocalInput, nextHour, readWhen, toLocalInput } from "../../lib/wall-time";
import { CommandSheet } from "../orders/command-sheet";

type Callback = Profile["callbacks"][number];

/** When: a date-time picker on the org's clock, or words ("tomorrow 10am") that set it. */
function WhenField(props: { value: number | null; onChange: (at: number | null) => void }) {
  const id = uid("when");
  const [typed, setTyped] = createSignal("");
  return (
    <>
      <div class="field">
        <label for={`${id}-words`}>When (type it: "Friday 3 pm", "tomorrow 10am", "in 2 hours")</label>
        <input
          id={`${id}-words`}
          autocomplete="off"
          value={typed()}
          onInput={(e) => {
            setTyped(e.currentTarget.value);
            const at = readWhen(e.currentTarget.value);
            if (at !== null) props.onChange(at);
          }}
        />
      </div>
      <div class="field">
        <label for={`${id}-at`}>Or pick the day and time ({displayZone()})</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={props.value === null ? "" : toLocalInput(props.value)}
          onInput={(e) => props.onChange(fromLocalInput(e.currentTarget.value))}
        />
      </div>
      <Show when={props.value}>{(at) => <p class="hint when-preview">Due {dayAndTime(at())}</p>}</Show>
    </>
  );
}

/** For a lead: whom the callback is for (a rep's own callbacks are their own). */
function AssigneeField(props: { value: string; onChange: (id: string) => void }) {
  const [people] = createResource(() => callbacksApi.assignees());
  const id = uid("assignee");
  return (
    <div class="field">
      <label for={id}>For</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={people()?.items ?? []}>
          {(p) => (
            <option value={p.id} selected={p.id === props.value}>
              {p.id === session.me()?.id ? `${p.name} (you)` : p.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

export function ScheduleCallbackSheet(props: { customerId: string; onClose: () => void }) {
  const [at, setAt] = createSignal<number | null>(nextHour());
  const [reason, setReason] = createSignal("");
  const [assignee, setAssignee] = createSignal(session.me()?.id ?? "");
  const reasonId = uid("reason");
  return (
    <CommandSheet
      open
      needsOwnership={false}
      title="Schedule a callback"
      submitLabel="Schedule callback"
      lockToken={null}
      onClose={props.onClose}
      valid={() => at() !== null}
      notePlaceholder="What the client asked for, e.g. call back Friday 3 pm about the payment date"
      run={({ note }) =>
        callbacksApi.schedule(props.customerId, {
          dueAt: at() ?? 0,
          note,
          ...(reason().trim() ? { reason: reason().trim() } : {}),
          ...(assignee() && assignee() !== session.me()?.id ? { assignedTo: assignee() } : {}),
        })
      }
    >
      <WhenField value={at()} onChange={setAt} />
      <div class="field">
        <label for={reasonId}>Reason on the call list (optional: the note's first line otherwise)</label>
        <input id={reasonId} maxLength={120} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <Show when={session.can("callback.assign")}>
        <AssigneeField value={assignee()} onChange={setAssignee} />
      </Show>
    </CommandSheet>
  );
}

export function RescheduleCallbackSheet(props: { customerId: string; callback: Callback; onClose: () => void }) {
  const [at, setAt] = createSignal<number | null>(Math.max(props.callback.dueAt, nextHour()));
  const [assignee, setAssignee] = createSignal(props.callback.assignedTo ?? session.me()?.id ?? "");
  return (
    <CommandSheet
      open
      needsOwnership={false}
      title={`Move the callback: ${props.callback.reason}`}
      submitLabel="Move callback"
      lockToken={null}
      onClose={props.onClose}
      valid={() => at() !== null}
      notePlaceholder="Why it moves, e.g. no answer, client asked for the evening"
      run={({ note }) =>
        callbacksApi.reschedule(props.customerId, props.callback.id, {
          dueAt: at() ?? 0,
          note,
          ...(assignee() && assignee() !== props.callback.assignedTo ? { assignedTo: assignee() } : {}),
        })
      }
    >
      <WhenField value={at()} onChange={setAt} />
      <Show when={session.can("callback.assign")}>
        <AssigneeField value={assignee()} onChange={setAssignee} />
      </Show>
    </CommandSheet>
  );
}

export function CompleteCallbackSheet(props: { customerId: string; callback: Callback; onClose: () => void }) {
  return (
    <CommandSheet
      open
      needsOwnership={false}
      title={`Callback done: ${props.callback.reason}`}
      submitLabel="Mark done"
      lockToken={null}
      onClose={props.onClose}
      notePlaceholder="How the call went: reached, what was agreed"
      run={({ note }) => callbacksApi.complete(props.customerId, props.callback.id, note)}
    />
  );
}
