// The owner chip and viewer avatars of one row in a list (search results, the call list).
import { For, Show } from "solid-js";
import type { ListPresence } from "../../../../core/protocol/customer-answers";
import { firstName } from "../../lib/format";
import { LockIcon } from "../customer-icons";
import { Avatar } from "./avatar";

export function ListPresenceChips(props: { presence: ListPresence; me?: string }) {
  const viewers = () => props.presence.viewers.filter((v) => v.id !== props.presence.owner?.id);
  return (
    <span class="list-presence">
      <Show when={props.presence.owner}>
        {(owner) => (
          <span class="owner-chip" classList={{ "owner-chip-me": owner().id === props.me }}>
            <LockIcon />
            {owner().id === props.me ? "You own this" : `Owned by ${firstName(owner().name)}`}
          </span>
        )}
      </Show>
      <Show when={viewers().length > 0}>
        <span
          class="list-viewers"
          role="img"
          aria-label={`Viewing: ${viewers()
            .map((v) => v.name)
            .join(", ")}`}
        >
          <For each={viewers().slice(0, 3)}>
            {(v) => <Avatar staffId={v.id} name={v.name} state={v.state} device={v.device} size="sm" />}
          </For>
        </span>
      </Show>
    </span>
  );
}
