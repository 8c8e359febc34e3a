// The small, always-visible connection state of the live room.
import type { ConnectionStatus } from "../../lib/room";

const LABEL: Record<ConnectionStatus, string> = {
  open: "Live",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

export function ConnectionState(props: { status: ConnectionStatus }) {
  return (
    <span class={`conn conn-${props.status}`} role="status" aria-live="polite">
      <span class="conn-dot" aria-hidden="true" />
      {LABEL[props.status]}
    </span>
  );
}
