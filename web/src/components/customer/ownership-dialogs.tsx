// The two ownership flows that need words: a lead's takeover (reason required) and a handoff
// request (an optional message to the owner).
import { createSignal, Show } from "solid-js";
import { uid } from "../../lib/ids";
import type { CommandResult } from "../../lib/room";
import { Dialog } from "../common/dialog";

function ReasonForm(props: {
  label: string;
  hint: string;
  required: boolean;
  submit: string;
  onSubmit: (text: string) => Promise<CommandResult>;
  onDone: () => void;
}) {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const id = uid("reason");
  return (
    <form
      class="dialog-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (props.required && !text().trim()) return setError("A reason is required; it is saved as your note.");
        setBusy(true);
        const result = await props.onSubmit(text().trim());
        setBusy(false);
        if (result.ok) {
          setText("");
          props.onDone();
        } else setError(`${result.message} (${result.code})`);
      }}
    >
      <div class="field">
        <label for={id}>{props.label}</label>
        <textarea
          id={id}
          aria-describedby={`${id}-hint`}
          aria-required={props.required}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
        <Show when={error()}>
          <p class="field-error" role="alert">
            {error()}
          </p>
        </Show>
      </div>
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={() => props.onDone()}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {props.submit}
        </button>
      </div>
    </form>
  );
}

export function TakeoverDialog(props: {
  open: boolean;
  owner: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<CommandResult>;
}) {
  return (
    <Dialog open={props.open} title={`Take over from ${props.owner}`} onClose={props.onClose}>
      <ReasonForm
        label="Reason"
        hint={`${props.owner} is told at once, with this reason. It is saved as your note.`}
        required
        submit="Take over"
        onSubmit={props.onSubmit}
        onDone={props.onClose}
      />
    </Dialog>
  );
}

export function HandoffDialog(props: {
  open: boolean;
  owner: string;
  onClose: () => void;
  onSubmit: (message?: string) => Promise<CommandResult>;
}) {
  return (
    <Dialog open={props.open} title={`Ask ${props.owner} for a handoff`} onClose={props.onClose}>
      <ReasonForm
        label="Message (optional)"
        hint="The owner can hand the account over or keep it."
        required={false}
        submit="Ask"
        onSubmit={(text) => props.onSubmit(text || undefined)}
        onDone={props.onClose}
      />
    </Dialog>
  );
}
