// On a portal user's card (sales and admins): take their access away, or give it back, with the
// reason the audit keeps. A small form opens in the card; the list reloads when it is done.
import { createSignal, Show } from "solid-js";
import type { PortalUserList } from "../../../../core/protocol/portal-answers";
import { ApiError } from "../../lib/api";
import { portalUsersApi } from "../../lib/portal-api";

type PortalUser = PortalUserList["items"][number];

export function PortalAccess(props: { merchantId: string; user: PortalUser; onChanged: (message: string) => void }) {
  const [open, setOpen] = createSignal(false);
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const disabled = () => props.user.status === "disabled";
  const inputId = () => `access-note-${props.user.id}`;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await portalUsersApi.setAccess(props.merchantId, props.user.id, { status: disabled() ? "active" : "disabled", note: note() });
      setOpen(false);
      setNote("");
      props.onChanged(
        disabled()
          ? `${props.user.name} can sign in to the portal again.`
          : `${props.user.name} can no longer sign in; their sessions ended.`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The change could not be saved");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show
      when={open()}
      fallback={
        <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
          {disabled() ? "Give access back" : "Take access away"}
        </button>
      }
    >
      <form class="portal-access" onSubmit={(e) => void submit(e)} aria-label={`Portal access of ${props.user.name}`}>
        <div class="field">
          <label for={inputId()}>{disabled() ? "Why give it back" : "Why take it away"}</label>
          <input id={inputId()} required minLength={3} maxLength={500} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <Show when={error()}>
          <p class="notice notice-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="portal-access-actions">
          <button type="submit" class={`btn ${disabled() ? "btn-primary" : "btn-danger"}`} disabled={busy()}>
            {disabled() ? "Give access back" : "Take access away"}
          </button>
          <button type="button" class="btn" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </form>
    </Show>
  );
}
