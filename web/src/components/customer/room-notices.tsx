// Messages from the room and from actions: what happened, with the typed code for support.
import { For } from "solid-js";
import type { Notice } from "../../lib/notices";
import { CloseIcon } from "../customer-icons";

export function RoomNotices(props: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div class="room-notices" aria-live="polite">
      <For each={props.notices}>
        {(notice) => (
          <div
            class={`notice toast notice-${notice.tone === "danger" ? "error" : notice.tone}`}
            role={notice.tone === "danger" ? "alert" : "status"}
          >
            <span>
              {notice.text}
              {notice.code ? <span class="error-code"> · Code {notice.code}</span> : null}
            </span>
            <button type="button" class="btn btn-ghost icon-btn" aria-label="Dismiss message" onClick={() => props.onDismiss(notice.id)}>
              <CloseIcon />
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
