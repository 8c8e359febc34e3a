// One event in a customer's history: what happened, who did it, when. A purchase opens its detail.
import { useParams } from "@solidjs/router";
import { createSignal, lazy, Show, Suspense } from "solid-js";
import type { FeedItem } from "../../../../core/protocol/room";
import { RelativeTime } from "../common/relative-time";
import { BoxIcon, CardIcon, ChatIcon, GearIcon, LockIcon, NoteIcon } from "../customer-icons";
import { BagIcon, PinIcon, StarIcon } from "../loyalty/loyalty-icons";

const ICONS = {
  payment: CardIcon,
  order: BoxIcon,
  note: NoteIcon,
  communication: ChatIcon,
  system: GearIcon,
  lock: LockIcon,
  transaction: BagIcon,
  checkin: PinIcon,
  achievement: StarIcon,
} as const;
const KIND_LABEL = {
  payment: "Payment",
  order: "Order",
  note: "Note",
  communication: "Communication",
  system: "System",
  lock: "Ownership",
  transaction: "Purchase",
  checkin: "Check-in",
  achievement: "Achievement",
} as const;

// The detail sheet loads when a purchase is opened, not with the profile.
const TransactionSheet = lazy(() => import("../loyalty/transaction-sheet").then((m) => ({ default: m.TransactionSheet })));

export function ActivityItem(props: { item: FeedItem; fresh?: boolean }) {
  const Icon = ICONS[props.item.kind];
  const params = useParams();
  const [open, setOpen] = createSignal(false);
  const transactionId = () => {
    const id = props.item.kind === "transaction" ? props.item.data?.transactionId : undefined;
    return typeof id === "string" ? id : null;
  };
  return (
    <li class={`feed-item feed-${props.item.kind}`} classList={{ "is-new": props.fresh }}>
      <span class="feed-icon" role="img" aria-label={KIND_LABEL[props.item.kind]}>
        <Icon />
      </span>
      <div class="feed-body">
        <p class="feed-summary">
          <Show when={transactionId() && params.id} fallback={props.item.summary}>
            <button type="button" class="feed-open" onClick={() => setOpen(true)}>
              {props.item.summary}
            </button>
          </Show>
        </p>
        <p class="feed-meta">
          {props.item.actor ? `${props.item.actor.name} · ` : ""}
          <RelativeTime at={props.item.at} />
        </p>
      </div>
      <Show when={open() && transactionId()}>
        {(id) => (
          <Suspense>
            <TransactionSheet customerId={params.id ?? ""} transactionId={id()} onClose={() => setOpen(false)} />
          </Suspense>
        )}
      </Show>
    </li>
  );
}
