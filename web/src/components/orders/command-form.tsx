// The page form of a command (the intake): the same contract as a sheet, laid out in the page.
import { createSignal, type JSX, Show } from "solid-js";
import { errorParts } from "../common/error-panel";
import "../../styles/order-forms.css";

export function CommandForm(props: {
  lockToken: number | null;
  submitLabel: string;
  valid: () => boolean;
  run: (owned: { note: string; lockToken: number }) => Promise<void>;
  children: JSX.Element;
}) {
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const token = props.lockToken;
    if (token === null || busy()) return;
    setBusy(true);
    setError(null);
    try {
      await props.run({ note: note().trim(), lockToken: token });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="command-form panel" onSubmit={(e) => void submit(e)}>
      {props.children}
      <div class="field">
        <label for="command-note">Note for the record (required)</label>
        <textarea
          id="command-note"
          required
          maxLength={4000}
          value={note()}
          placeholder="What the client asked for"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <Show when={error()}>
        {(e) => (
          <p class="notice notice-error" role="alert">
            {errorParts(e()).message}. {errorParts(e()).advice} <code>{errorParts(e()).code}</code>
          </p>
        )}
      </Show>
      <Show when={props.lockToken === null}>
        <p class="notice notice-warning">Take ownership of the account to create the order; what you typed is kept.</p>
      </Show>
      <div class="dialog-actions">
        <button
          type="submit"
          class="btn btn-primary"
          disabled={busy() || props.lockToken === null || note().trim() === "" || !props.valid()}
        >
          {busy() ? "Creating…" : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
