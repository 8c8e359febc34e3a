// Who this merchant is at a glance: name, status, plan, health and balance, and who else is here.
import { Show } from "solid-js";
import type { MerchantProfile } from "../../../../core/protocol/merchant-answers";
import { formatCents } from "../../lib/format";
import type { MerchantRoom } from "../../lib/merchant-room";
import { ConnectionState } from "../customer/connection-status";
import { ViewerAvatars } from "../presence/viewer-avatars";
import { HealthBadge, MerchantStatusBadge } from "./merchant-badges";

export function MerchantHeader(props: { profile: MerchantProfile; room: MerchantRoom; presence: boolean }) {
  const m = () => props.profile.merchant;
  const waiting = () => props.profile.planChanges.filter((r) => !["released", "cancelled"].includes(r.stage)).length;
  return (
    <header class="c360-header merchant-header">
      <div class="c360-title">
        <div class="c360-name-row">
          <h1>{m().name}</h1>
          <Show when={props.presence}>
            <div class="c360-presence">
              <ViewerAvatars viewers={props.room.viewers()} me={props.room.me()} />
              <ConnectionState status={props.room.status()} />
            </div>
          </Show>
        </div>
        <div class="c360-badges">
          <MerchantStatusBadge status={m().status} />
          <span class="badge badge-info" data-testid="merchant-plan">
            {m().plan.name} plan · v{m().plan.version}
          </span>
          <HealthBadge health={props.profile.health} />
          <Show when={waiting() > 0}>
            <span class="badge badge-warning">{waiting()} plan change waiting</span>
          </Show>
        </div>
        <p class="c360-ids muted">
          {m().id} · {m().category} · Balance <span class="num">{formatCents(props.profile.balance.availableCents)}</span> available
        </p>
      </div>
    </header>
  );
}
