// Reveal one masked field in full: the reason is required, saved as the rep's note and audited.
import { createSignal, Show } from "solid-js";
import { uid } from "../../lib/ids";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";

export function RevealDialog(props: { label: string | null; onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const id = uid("reveal");
  return (
    <Dialog open={props.label !== null} title={`Reveal ${props.label ?? ""}`} onClose={props.onClose}>
      <form
        class="dialog-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!reason().trim()) return setError("Say why you need to see it; the reason is saved as your note and audited.");
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
        <p>The full value shows on this screen for one minute. Every reveal is recorded with your reason.</p>
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
            Reveal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
