// Why a prompt does not apply to this call: the reason is saved as the rep's note.
import { createSignal, Show } from "solid-js";
import { uid } from "../../lib/ids";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";

export function DismissPromptDialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const id = uid("dismiss");
  return (
    <Dialog open={props.open} title="Dismiss prompt" onClose={props.onClose}>
      <form
        class="dialog-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!reason().trim()) return setError("Say why this prompt does not apply; it is saved as your note.");
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
        <p>
          <strong>{props.title}</strong>
        </p>
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
            Dismiss prompt
          </button>
        </div>
      </form>
    </Dialog>
  );
}
