// A short task that needs the rep's reason, saved as their note: dismiss a prompt, reveal a field.
import { createSignal, type JSX, Show } from "solid-js";
import { uid } from "../../lib/ids";
import { Dialog } from "./dialog";
import { errorParts } from "./error-panel";

export function ReasonDialog(props: {
  open: boolean;
  title: string;
  /** What the rep is about to do, above the reason field. */
  children: JSX.Element;
  /** Shown when the reason is empty. */
  missing: string;
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
          if (!reason().trim()) return setError(props.missing);
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
          <label for={id}>Reason</label>
          <textarea id={id} aria-required="true" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
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
