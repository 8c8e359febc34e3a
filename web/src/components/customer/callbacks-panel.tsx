// The account's callbacks: who calls back when and why, overdue ones marked, with the actions the
// rep may take (their own; a lead's on anyone's). The profile reloads when the room says one changed.
import { createSignal, For, Show } from "solid-js";
import type { Profile } from "../../../../core/protocol/customer-answers";
import { dayAndTime, firstName } from "../../lib/format";
import { session } from "../../lib/session";
import { RelativeTime } from "../common/relative-time";
import { CompleteCallbackSheet, RescheduleCallbackSheet, ScheduleCallbackSheet } from "./callback-sheets";

type Callback = Profile["callbacks"][number];
type Sheet = { kind: "schedule" } | { kind: "move" | "done"; callback: Callback };
/** Done callbacks shown under the open ones: the latest few, the rest is in the notes. */
const DONE_SHOWN = 3;

export function CallbacksPanel(props: { customerId: string; callbacks: Callback[] }) {
  const [sheet, setSheet] = createSignal<Sheet | null>(null);
  const open = () => props.callbacks.filter((c) => c.doneAt === null);
  const done = () =>
    props.callbacks
      .filter((c) => c.doneAt !== null)
      .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0))
      .slice(0, DONE_SHOWN);
  const mayWork = (c: Callback) => c.assignedTo === session.me()?.id || session.can("callback.assign");
  const who = (c: Callback) => (c.assignedTo === session.me()?.id ? "you" : firstName(c.assignedName ?? "someone"));
  return (
    <section class="fact-card callbacks" aria-labelledby="ov-callbacks">
      <header class="callbacks-head">
        <h3 id="ov-callbacks">Callbacks</h3>
        <Show when={session.can("callback.manage")}>
          <button type="button" class="btn btn-small" onClick={() => setSheet({ kind: "schedule" })}>
            Schedule callback
          </button>
        </Show>
      </header>
      <Show when={open().length > 0} fallback={<p class="muted">No callback planned.</p>}>
        <ul class="callback-list">
          <For each={open()}>
            {(c) => (
              <li class="callback" classList={{ overdue: c.dueAt < Date.now() }} data-callback={c.id}>
                <div class="callback-main">
                  <strong>{dayAndTime(c.dueAt)}</strong>{" "}
                  <span class="muted">
                    (<RelativeTime at={c.dueAt} />)
                  </span>{" "}
                  · {who(c)}
                  <span class="callback-reason">{c.reason}</span>
                </div>
                <Show when={session.can("callback.manage") && mayWork(c)}>
                  <div class="item-actions">
                    <button type="button" class="btn btn-small" onClick={() => setSheet({ kind: "done", callback: c })}>
                      Done
                    </button>
                    <button type="button" class="btn btn-small btn-ghost" onClick={() => setSheet({ kind: "move", callback: c })}>
                      Move
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={done().length > 0}>
        <ul class="callback-list callback-done" aria-label="Done recently">
          <For each={done()}>
            {(c) => (
              <li class="callback muted">
                Done <RelativeTime at={c.doneAt ?? 0} /> · {c.reason}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={sheet()}>
        {(s) => {
          const current = s();
          const close = () => setSheet(null);
          if (current.kind === "schedule") return <ScheduleCallbackSheet customerId={props.customerId} onClose={close} />;
          if (current.kind === "move")
            return <RescheduleCallbackSheet customerId={props.customerId} callback={current.callback} onClose={close} />;
          return <CompleteCallbackSheet customerId={props.customerId} callback={current.callback} onClose={close} />;
        }}
      </Show>
    </section>
  );
}
