// Offline: what still works and what is waiting to be sent.
import { Show } from "solid-js";
import { noteOutbox } from "../../lib/note-outbox";
import type { ConnectionStatus } from "../../lib/room";
import { OfflineIcon } from "../customer-icons";

export function OfflineBanner(props: { status: ConnectionStatus; customerId: string }) {
  const queued = () => noteOutbox.forCustomer(props.customerId).filter((n) => n.state === "queued").length;
  return (
    <Show when={props.status === "offline" || props.status === "reconnecting"}>
      <div class="notice notice-warning offline-banner" role="status">
        <OfflineIcon />
        <div>
          <strong>{props.status === "offline" ? "You are offline." : "Reconnecting to the live room…"}</strong> You can read everything on
          screen and write notes: they are kept and sent once you are back. Taking ownership and saving changes wait for the connection.
          <Show when={queued() > 0}>
            {" "}
            <strong>
              {queued()} {queued() === 1 ? "note is" : "notes are"} waiting to be sent.
            </strong>
          </Show>
        </div>
      </div>
    </Show>
  );
}
