// One event in a customer's history: what happened, who did it, when.
import type { FeedItem } from "../../../../core/protocol/room";
import { RelativeTime } from "../common/relative-time";
import { BoxIcon, CardIcon, ChatIcon, GearIcon, LockIcon, NoteIcon } from "../customer-icons";

const ICONS = { payment: CardIcon, order: BoxIcon, note: NoteIcon, communication: ChatIcon, system: GearIcon, lock: LockIcon } as const;
const KIND_LABEL = {
  payment: "Payment",
  order: "Order",
  note: "Note",
  communication: "Communication",
  system: "System",
  lock: "Ownership",
} as const;

export function ActivityItem(props: { item: FeedItem; fresh?: boolean }) {
  const Icon = ICONS[props.item.kind];
  return (
    <li class={`feed-item feed-${props.item.kind}`} classList={{ "is-new": props.fresh }}>
      <span class="feed-icon" role="img" aria-label={KIND_LABEL[props.item.kind]}>
        <Icon />
      </span>
      <div class="feed-body">
        <p class="feed-summary">{props.item.summary}</p>
        <p class="feed-meta">
          {props.item.actor ? `${props.item.actor.name} · ` : ""}
          <RelativeTime at={props.item.at} />
        </p>
      </div>
    </li>
  );
}
