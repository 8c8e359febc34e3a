// Who this customer is at a glance: name, products, status and alerts, and who else is here.
import { For, Show } from "solid-js";
import type { Profile } from "../../../../core/protocol/customer-answers";
import { titleCase } from "../../lib/format";
import type { CustomerRoom } from "../../lib/room";
import { AlertIcon } from "../customer-icons";
import { SyncBadge } from "../integrations/sync-badge";
import { ViewerAvatars } from "../presence/viewer-avatars";
import { ProductBadges, StatusBadge } from "../product-badges";
import { ConnectionState } from "./connection-status";

/** `presence`: the connection state and avatars sit in the header (phones; wider screens show them in the ownership bar). */
export function ProfileHeader(props: { profile: Profile; room: CustomerRoom; presence: boolean }) {
  const c = () => props.profile.customer;
  const products = () => ({
    lease: props.profile.leases.some((l) => l.status === "active"),
    loan: props.profile.loans.some((l) => l.status === "active"),
  });
  const attention = () => props.profile.orders.filter((o) => o.needsAttention).length;
  return (
    <header class="c360-header">
      <div class="c360-title">
        <div class="c360-name-row">
          <h1>{c().name}</h1>
          <Show when={props.presence}>
            <div class="c360-presence">
              {/* Avatars first: the state's label changes width as the room connects, and nothing follows it. */}
              <ViewerAvatars viewers={props.room.viewers()} me={props.room.me()} />
              <ConnectionState status={props.room.status()} />
            </div>
          </Show>
        </div>
        <div class="c360-badges">
          <StatusBadge status={c().status} />
          <ProductBadges {...products()} />
          <Show when={!c().identityVerified}>
            <span class="badge badge-danger">
              <AlertIcon /> Identity not verified
            </span>
          </Show>
          <Show when={attention() > 0}>
            <span class="badge badge-warning">
              {attention()} {attention() === 1 ? "order needs" : "orders need"} attention
            </span>
          </Show>
          <For each={c().tags}>{(tag) => <span class="badge badge-neutral">{titleCase(tag)}</span>}</For>
          <SyncBadge recordType="customer" recordId={c().id} />
        </div>
        <p class="c360-ids muted">
          {[c().id, c().loyaltyNumber, c().externalId, `${titleCase(c().tier)} tier`].filter(Boolean).join(" · ")}
        </p>
      </div>
    </header>
  );
}
