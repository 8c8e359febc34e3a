// "You lost ownership", and why: stays until the rep says they have seen it.
import { Show } from "solid-js";
import { exactTime } from "../../lib/format";
import { lostMessage } from "../../lib/ownership";
import type { LostOwnership } from "../../lib/room";
import { LockIcon } from "../customer-icons";

export function LostOwnershipNotice(props: { lost: LostOwnership | null; onAcknowledge: () => void }) {
  return (
    <Show when={props.lost}>
      {(lost) => (
        <div class="notice notice-error lost-notice" role="alert">
          <LockIcon />
          <div>
            <strong>
              {lost().whileAway ? "While you were away: " : ""}
              {lostMessage(lost()).title}
            </strong>
            <p>
              {lostMessage(lost()).detail} <span class="muted-inline">({exactTime(lost().at)})</span>
            </p>
          </div>
          <button type="button" class="btn" onClick={() => props.onAcknowledge()}>
            Got it
          </button>
        </div>
      )}
    </Show>
  );
}
