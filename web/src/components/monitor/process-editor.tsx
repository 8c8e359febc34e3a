// A director edits a process: its name and steps. Saving makes a new version (audited, with the reason);
// interactions already under way keep the version they started with.
import { createSignal, For, Index, Show } from "solid-js";
import type { ProcessStep } from "../../../../core/domain/process-steps";
import type { ProcessView } from "../../../../core/protocol/monitor-answers";
import { exactTime } from "../../lib/format";
import { uid } from "../../lib/ids";
import { monitorApi } from "../../lib/monitor-api";
import { errorParts } from "../common/error-panel";
import { StepFields } from "./step-fields";

/** A key for a new step from its name (keys stay when a step is renamed: its history follows it). */
function keyFor(label: string, taken: string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) || "step";
  const start = /^[a-z]/.test(base) ? base : `step-${base}`;
  let key = start;
  for (let n = 2; taken.includes(key); n++) key = `${start}-${n}`;
  return key;
}

export function ProcessEditor(props: {
  process: ProcessView;
  locations: { key: string; label: string }[];
  onSaved: (p: ProcessView) => void;
}) {
  const id = uid("process");
  const [name, setName] = createSignal(props.process.name);
  const [steps, setSteps] = createSignal<ProcessStep[]>(props.process.steps.map((s) => ({ ...s, courses: [...s.courses] })));
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [saved, setSaved] = createSignal(false);
  const update = (i: number, step: ProcessStep) => setSteps((list) => list.map((s, k) => (k === i ? step : s)));
  const move = (i: number, by: -1 | 1) =>
    setSteps((list) => {
      const next = [...list];
      const [moved] = next.splice(i, 1);
      if (moved) next.splice(i + by, 0, moved);
      return next;
    });
  const add = () => {
    const used = new Set(steps().map((s) => s.location));
    const place = props.locations.find((l) => !used.has(l.key as ProcessStep["location"]))?.key ?? "profile.overview";
    const label = "New step";
    setSteps((list) => [
      ...list,
      {
        key: keyFor(
          label,
          list.map((s) => s.key),
        ),
        label,
        location: place as ProcessStep["location"],
        minSeconds: 10,
        referenceSeconds: 60,
        maxSeconds: 120,
        courses: [],
      },
    ]);
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const result = await monitorApi.saveProcess(props.process.id, { name: name().trim(), steps: steps(), note: note().trim() });
      setNote("");
      setSaved(true);
      props.onSaved(result.process);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="process-editor" onSubmit={(e) => void save(e)} aria-label={`Edit ${props.process.name}`}>
      <div class="field">
        <label for={`${id}-name`}>Process name</label>
        <input id={`${id}-name`} value={name()} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <Index each={steps()}>
        {(step, i) => (
          <StepFields
            step={step()}
            index={i}
            count={steps().length}
            locations={props.locations}
            onChange={(s) => update(i, s)}
            onMove={(by) => move(i, by)}
            onRemove={() => setSteps((list) => list.filter((_, k) => k !== i))}
          />
        )}
      </Index>
      <div>
        <button type="button" class="btn" onClick={add} disabled={steps().length >= 12}>
          Add a step
        </button>
      </div>
      <div class="field">
        <label for={`${id}-note`}>Why it changes (kept with the version)</label>
        <textarea id={`${id}-note`} required maxLength={500} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <p class="hint">
        Saving makes version {props.process.version + 1}. It applies to interactions that start from now on; earlier ones keep theirs.
      </p>
      <Show when={error()}>
        {(e) => (
          <div class="notice notice-error" role="alert">
            {errorParts(e()).message}. <code>{errorParts(e()).code}</code>
            <Show when={Array.isArray((e() as { details?: unknown }).details)}>
              <ul>
                <For each={(e() as { details: { path: string; message: string }[] }).details}>{(d) => <li>{d.message}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <Show when={saved()}>
        <p class="notice notice-success" role="status">
          Saved as version {props.process.version}.
        </p>
      </Show>
      <div class="dialog-actions">
        <button type="submit" class="btn btn-primary" disabled={busy() || note().trim().length < 3}>
          {busy() ? "Saving…" : "Save a new version"}
        </button>
      </div>
      <section class="version-history" aria-label="Versions">
        <h3>Versions</h3>
        <ul>
          <For each={props.process.history}>
            {(h) => (
              <li>
                Version {h.version}, {exactTime(h.effectiveAt)}
                {h.by ? ` by ${h.by.name}` : ""}: {h.note} ({h.steps} steps)
              </li>
            )}
          </For>
        </ul>
      </section>
    </form>
  );
}
