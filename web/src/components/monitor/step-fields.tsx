// One step of a process in the editor: its name, where in the console it happens, its minimum,
// reference and maximum (seconds), and its courses.
import { For, Index } from "solid-js";
import type { Course, ProcessStep } from "../../../../core/domain/process-steps";
import { uid } from "../../lib/ids";

export function StepFields(props: {
  step: ProcessStep;
  index: number;
  count: number;
  locations: { key: string; label: string }[];
  onChange: (step: ProcessStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = uid("step");
  const set = <K extends keyof ProcessStep>(key: K, value: ProcessStep[K]) => props.onChange({ ...props.step, [key]: value });
  const seconds = (key: "minSeconds" | "referenceSeconds" | "maxSeconds", label: string) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label} (s)</label>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="numeric"
        min="1"
        max="7200"
        value={props.step[key]}
        onInput={(e) => set(key, Number(e.currentTarget.value))}
      />
    </div>
  );
  const setCourse = (i: number, course: Course) =>
    set(
      "courses",
      props.step.courses.map((c, k) => (k === i ? course : c)),
    );
  return (
    <fieldset class="step-editor" data-step={props.step.key}>
      <legend>
        Step {props.index + 1}: {props.step.label}
      </legend>
      <div class="field">
        <label for={`${id}-label`}>Name</label>
        <input id={`${id}-label`} value={props.step.label} maxLength={80} onInput={(e) => set("label", e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-place`}>Where it happens</label>
        <select id={`${id}-place`} onChange={(e) => set("location", e.currentTarget.value as ProcessStep["location"])}>
          <For each={props.locations}>
            {(l) => (
              <option value={l.key} selected={l.key === props.step.location}>
                {l.label}
              </option>
            )}
          </For>
        </select>
      </div>
      {seconds("minSeconds", "Minimum")}
      {seconds("referenceSeconds", "Reference")}
      {seconds("maxSeconds", "Maximum")}
      <div class="field-wide course-list">
        <span class="label">Courses for this step</span>
        <Index each={props.step.courses}>
          {(course, i) => (
            <div class="course-row">
              <input
                aria-label="Course title"
                value={course().title}
                onInput={(e) => setCourse(i, { ...course(), title: e.currentTarget.value })}
              />
              <input
                aria-label="Course link"
                type="url"
                value={course().url}
                onInput={(e) => setCourse(i, { ...course(), url: e.currentTarget.value })}
              />
              <button
                type="button"
                class="btn btn-ghost"
                onClick={() =>
                  set(
                    "courses",
                    props.step.courses.filter((_, k) => k !== i),
                  )
                }
              >
                Remove course
              </button>
            </div>
          )}
        </Index>
      </div>
      <div class="field-wide step-actions">
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() =>
            set("courses", [
              ...props.step.courses,
              { id: `course-${props.step.courses.length + 1}-${props.step.key}`.slice(0, 40), title: "", url: "https://" },
            ])
          }
        >
          Add a course
        </button>
        <button type="button" class="btn btn-ghost" disabled={props.index === 0} onClick={() => props.onMove(-1)}>
          Move up
        </button>
        <button type="button" class="btn btn-ghost" disabled={props.index === props.count - 1} onClick={() => props.onMove(1)}>
          Move down
        </button>
        <button type="button" class="btn btn-ghost" disabled={props.count === 1} onClick={() => props.onRemove()}>
          Remove step
        </button>
      </div>
    </fieldset>
  );
}
