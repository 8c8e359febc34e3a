// Edit mode: every editable field (empty ones too), a required note, save with the lock token.
import { createSignal, For, Show } from "solid-js";
import type { CustomerView } from "../../../../core/protocol/customer-answers";
import { ApiError } from "../../lib/api";
import { customersApi } from "../../lib/customers-api";
import { uid } from "../../lib/ids";
import type { CustomerRoom } from "../../lib/room";
import { errorParts } from "../common/error-panel";
import { CHANNEL_LABEL, changedFields, type EditableKey, editableFields, formValues, SECTIONS } from "./profile-fields";

export function ProfileEditForm(props: { customer: CustomerView; room: CustomerRoom; onDone: (saved: boolean) => void }) {
  const id = uid("profile");
  const initial = formValues(props.customer);
  const [values, setValues] = createSignal({ ...initial });
  const [note, setNote] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const lock = () => props.room.myLock();
  const canSave = () => !!lock() && props.room.status() === "open" && !busy();
  const set = (key: EditableKey, value: string) => setValues((all) => ({ ...all, [key]: value }));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setFailure(null);
    const changes = changedFields(initial, values());
    const fieldErrors: Record<string, string> = {};
    if (Object.keys(changes).length === 0) fieldErrors.form = "Nothing has changed yet.";
    if (!note().trim()) fieldErrors.note = "Every change needs a note: say why.";
    setErrors(fieldErrors);
    const token = lock()?.token;
    if (Object.keys(fieldErrors).length > 0 || token === undefined) return;
    setBusy(true);
    try {
      // The server validates every field (the same valibot schema) and names the ones it refuses.
      await customersApi.updateProfile(props.customer.id, { lockToken: token, note: note().trim(), changes });
      props.onDone(true);
    } catch (e) {
      const refused = e instanceof ApiError && e.code === "VALIDATION" ? fieldIssues(e.details) : {};
      if (Object.keys(refused).length > 0) setErrors(refused);
      else {
        const parts = errorParts(e);
        setFailure(`${parts.message}. ${parts.advice} (${parts.code})`);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="profile-form" onSubmit={save} aria-describedby={`${id}-status`}>
      <For each={SECTIONS}>
        {(section) => (
          <fieldset class="profile-section" disabled={!lock()}>
            <legend>{section.title}</legend>
            {/* Masked values cannot be edited: the rep never saw them in full. */}
            <For each={editableFields(section.fields, props.customer)}>
              {({ field, edit: spec }) => {
                const key = spec.key;
                const inputId = `${id}-${key}`;
                return (
                  <div class="field" classList={{ "field-toggle": spec.kind === "toggle" }}>
                    <label for={inputId}>{field.label}</label>
                    <Show when={spec.kind === "toggle"}>
                      <input
                        id={inputId}
                        type="checkbox"
                        checked={values()[key] === "true"}
                        onChange={(e) => set(key, String(e.currentTarget.checked))}
                      />
                    </Show>
                    <Show when={spec.kind === "select"}>
                      <select id={inputId} value={values()[key]} onChange={(e) => set(key, e.currentTarget.value)}>
                        <For each={spec.options ?? []}>{(o) => <option value={o}>{CHANNEL_LABEL[o] ?? o}</option>}</For>
                      </select>
                    </Show>
                    <Show when={spec.kind === "text" || spec.kind === "email" || spec.kind === "tel"}>
                      <input
                        id={inputId}
                        type={spec.kind}
                        value={values()[key]}
                        onInput={(e) => set(key, e.currentTarget.value)}
                        aria-invalid={!!errors()[key]}
                      />
                    </Show>
                    <Show when={spec.hint}>
                      <p class="hint">{spec.hint}</p>
                    </Show>
                    <Show when={errors()[key]}>
                      <p class="field-error">{errors()[key]}</p>
                    </Show>
                  </div>
                );
              }}
            </For>
          </fieldset>
        )}
      </For>
      <div class="field">
        <label for={`${id}-note`}>Note (required)</label>
        <textarea id={`${id}-note`} value={note()} onInput={(e) => setNote(e.currentTarget.value)} aria-invalid={!!errors().note} />
        <Show when={errors().note}>
          <p class="field-error">{errors().note}</p>
        </Show>
        <Show when={errors().form}>
          <p class="field-error">{errors().form}</p>
        </Show>
      </div>
      <p id={`${id}-status`} class="hint" role="status">
        {!lock() ? "You no longer own this account: your edits are kept here; take ownership again to save them." : ""}
      </p>
      <Show when={failure()}>
        <p class="notice notice-error" role="alert">
          {failure()}
        </p>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={() => props.onDone(false)}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={!canSave()}>
          Save changes
        </button>
      </div>
    </form>
  );
}

/** `[{ path: "changes.state", message }]` from a VALIDATION error, by field. */
function fieldIssues(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const issue of details) {
    if (issue && typeof issue === "object" && "path" in issue && "message" in issue) {
      const path = String(issue.path);
      out[path.startsWith("changes.") ? path.slice("changes.".length) : path === "note" ? "note" : "form"] = String(issue.message);
    }
  }
  return out;
}
