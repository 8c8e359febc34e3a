// Training from a drawdown: a course from the step's catalogue, or a meeting with a mentor on a date,
// for one rep and one step. The rep sees it on their home screen and marks it done.
import { createSignal, For, Show } from "solid-js";
import type { ProcessStep } from "../../../../core/domain/process-steps";
import type { AssignmentView, Monitor } from "../../../../core/protocol/monitor-answers";
import { orgToday } from "../../lib/format";
import { uid } from "../../lib/ids";
import { monitorApi } from "../../lib/monitor-api";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";

export function AssignDialog(props: {
  rep: { staffId: string; name: string };
  processId: string;
  step: ProcessStep;
  mentors: Monitor["mentors"];
  onClose: () => void;
  onAssigned: (assignment: AssignmentView) => void;
}) {
  const id = uid("assign");
  const [kind, setKind] = createSignal<"course" | "mentor">(props.step.courses.length > 0 ? "course" : "mentor");
  const [course, setCourse] = createSignal(props.step.courses[0]?.id ?? "");
  const mentors = () => props.mentors.filter((m) => m.staffId !== props.rep.staffId);
  const [mentor, setMentor] = createSignal(mentors()[0]?.staffId ?? "");
  const [meetOn, setMeetOn] = createSignal(orgToday());
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const base = { staffId: props.rep.staffId, processId: props.processId, stepKey: props.step.key, note: note().trim() };
    try {
      const saved = await monitorApi.assign(
        kind() === "course"
          ? { ...base, kind: "course", courseId: course() }
          : { ...base, kind: "mentor", mentorId: mentor(), meetOn: meetOn() },
      );
      props.onAssigned(saved.assignment);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open title={`Training for ${props.rep.name}: ${props.step.label}`} onClose={props.onClose}>
      <form class="sheet-form" onSubmit={(e) => void submit(e)}>
        <fieldset class="choice-list choice-row">
          <legend>What helps</legend>
          <label class="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind() === "course"}
              disabled={props.step.courses.length === 0}
              onChange={() => setKind("course")}
            />
            A course
          </label>
          <label class="choice">
            <input type="radio" name={`${id}-kind`} checked={kind() === "mentor"} onChange={() => setKind("mentor")} />A meeting with a
            mentor
          </label>
        </fieldset>
        <Show when={kind() === "course"}>
          <fieldset class="choice-list">
            <legend>Course for this step</legend>
            <For each={props.step.courses}>
              {(c) => (
                <label class="choice">
                  <input type="radio" name={`${id}-course`} checked={course() === c.id} onChange={() => setCourse(c.id)} />
                  {c.title}
                </label>
              )}
            </For>
          </fieldset>
        </Show>
        <Show when={kind() === "mentor"}>
          <div class="field">
            <label for={`${id}-mentor`}>Mentor</label>
            <select id={`${id}-mentor`} value={mentor()} onChange={(e) => setMentor(e.currentTarget.value)}>
              <For each={mentors()}>{(m) => <option value={m.staffId}>{m.name}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for={`${id}-date`}>Meet on</label>
            <input id={`${id}-date`} type="date" value={meetOn()} min={orgToday()} onInput={(e) => setMeetOn(e.currentTarget.value)} />
          </div>
        </Show>
        <div class="field">
          <label for={`${id}-note`}>Note for {props.rep.name.split(" ")[0]} (optional)</label>
          <textarea id={`${id}-note`} maxLength={500} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <Show when={error()}>
          {(e) => (
            <p class="notice notice-error" role="alert">
              {errorParts(e()).message}. {errorParts(e()).advice} <code>{errorParts(e()).code}</code>
            </p>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy() || (kind() === "course" ? !course() : !mentor() || !meetOn())}>
            {busy() ? "Assigning…" : "Assign"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
