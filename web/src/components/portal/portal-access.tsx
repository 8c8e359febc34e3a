// On a portal user's card (sales and admins): take their access away, or give it back, with the
// reason the audit keeps (the shared reason dialog). The list reloads when it is done.
import { createSignal } from "solid-js";
import type { PortalUserList } from "../../../../core/protocol/portal-answers";
import { portalUsersApi } from "../../lib/portal-api";
import { ReasonDialog } from "../common/reason-dialog";

type PortalUser = PortalUserList["items"][number];

export function PortalAccess(props: { merchantId: string; user: PortalUser; onChanged: (message: string) => void }) {
  const [open, setOpen] = createSignal(false);
  const disabled = () => props.user.status === "disabled";
  const action = () => (disabled() ? "Give access back" : "Take access away");

  async function change(note: string) {
    const giveBack = disabled();
    await portalUsersApi.setAccess(props.merchantId, props.user.id, { status: giveBack ? "active" : "disabled", note });
    setOpen(false);
    props.onChanged(
      giveBack ? `${props.user.name} can sign in to the portal again.` : `${props.user.name} can no longer sign in; their sessions ended.`,
    );
  }

  return (
    <>
      <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
        {action()}
      </button>
      <ReasonDialog
        open={open()}
        title={`${action()}: ${props.user.name}`}
        label={disabled() ? "Why give it back" : "Why take it away"}
        hint="Kept in the audit log with the change."
        missing="Say why, in a few words."
        submitLabel={action()}
        onClose={() => setOpen(false)}
        onSubmit={change}
      >
        <p>
          {disabled()
            ? "They will be able to sign in to the merchant portal again."
            : "They will be signed out everywhere and cannot sign in to the merchant portal until access is given back."}
        </p>
      </ReasonDialog>
    </>
  );
}
