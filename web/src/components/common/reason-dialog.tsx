// A short task that needs the rep's words, saved as their note: dismiss a prompt, reveal a field,
// take over an account (reason required), ask for a handoff (message optional).
import { createSignal, type JSX, Show } from "solid-js";
import { uid } from "../../lib/ids";
import { Dialog } from "./dialog";
import { errorParts } from "./error-panel";

export function ReasonDialog(props: {
  open: boolean;
  title: string;
  /** What the rep is about to do, above the field. */
  children?: JSX.Element;
  /** The field's label; "Reason" unless given. */
  label?: string;
  /** A line under the field, read with it. */
  hint?: string;
  /** Shown when the field is empty; without it, the field may stay empty. */
  missing?: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const id = uid("reason");
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <form
        class="dialog-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (props.missing && !reason().trim()) return setError(props.missing);
          setBusy(true);
          try {
            await props.onSubmit(reason().trim());
            setReason("");
            setError(null);
          } catch (e) {
            const parts = errorParts(e);
            setError(`${parts.message} (${parts.code})`);
          } finally {
            setBusy(false);
          }
        }}
      >
        {props.children}
        <div class="field">
          <label for={id}>{props.label ?? "Reason"}</label>
          <textarea
            id={id}
            aria-required={props.missing !== undefined}
            aria-describedby={props.hint ? `${id}-hint` : undefined}
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <Show when={props.hint}>
            <p id={`${id}-hint`} class="hint">
              {props.hint}
            </p>
          </Show>
          <Show when={error()}>
            <p class="field-error" role="alert">
              {error()}
            </p>
          </Show>
        </div>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
