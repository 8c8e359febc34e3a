// One task, one sheet: the fields, the rep's note (required: every change carries one), a clear
// primary action, and the typed error if it is refused. Closing keeps the draft.
import { createSignal, type JSX, Show } from "solid-js";
import { uid } from "../../lib/ids";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";
import "../../styles/order-forms.css";

export interface CommandSheetProps<R = unknown> {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** The caller's current fencing token; null when the rep does not own the account. */
  lockToken: number | null;
  /** False for commands that need no ownership (a callback): the token is then not asked for. */
  needsOwnership?: boolean;
  /** Runs the command; throws an ApiError when refused. */
  run: (input: { note: string; lockToken: number }) => Promise<R>;
  /** After success: close unless this returns true (a one-time secret is on screen). */
  onDone?: (result: R) => boolean | undefined;
  valid?: () => boolean;
  danger?: boolean;
  notePlaceholder?: string;
  /** Shown in place of the form once the command succeeded (a one-time secret), in the same dialog. */
  done?: JSX.Element;
  children?: JSX.Element;
}

export function CommandSheet<R>(props: CommandSheetProps<R>) {
  const [note, setNote] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const noteId = uid("note");

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const owned = props.needsOwnership !== false;
    const token = owned ? props.lockToken : 0;
    if (token === null || busy()) return;
    setBusy(true);
    setError(null);
    try {
      const result = await props.run({ note: note().trim(), lockToken: token });
      setNote("");
      if (!props.onDone?.(result)) props.onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose}>
      <Show when={!props.done} fallback={props.done}>
        <form class="sheet-form" onSubmit={(e) => void submit(e)}>
          {props.children}
          <div class="field">
            <label for={noteId}>Note for the record (required)</label>
            <textarea
              id={noteId}
              required
              maxLength={4000}
              value={note()}
              placeholder={props.notePlaceholder ?? "What the client asked for, and why"}
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
          <Show when={props.needsOwnership !== false && props.lockToken === null}>
            <p class="notice notice-warning">Take ownership of the account first; the note you typed is kept.</p>
          </Show>
          <div class="dialog-actions">
            <button type="button" class="btn" onClick={() => props.onClose()}>
              Cancel
            </button>
            <button
              type="submit"
              class={props.danger ? "btn btn-danger" : "btn btn-primary"}
              disabled={
                busy() ||
                (props.needsOwnership !== false && props.lockToken === null) ||
                note().trim() === "" ||
                (props.valid ? !props.valid() : false)
              }
            >
              {busy() ? "Saving…" : props.submitLabel}
            </button>
          </div>
        </form>
      </Show>
    </Dialog>
  );
}
