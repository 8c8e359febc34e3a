// One store or geofence as a rep needs it on the phone: where, when it is open, how to call, and
// what is special about it (franchised, open 24 hours, in a promotion).
import { Show } from "solid-js";
import type { StoreView } from "../../../../core/protocol/engagement-answers";
import { StatusBadge } from "./loaded";

export function StoreFacts(props: { store: StoreView }) {
  const s = () => props.store;
  return (
    <>
      <p class="row-meta">
        {s().storeNumber} · {s().addressLine1}, {s().city}, {s().state} {s().postalCode}
      </p>
      <p class="row-meta">
        {s().hours}
        <Show when={s().phone}>
          {(phone) => (
            <>
              {" "}
              ·{" "}
              <a class="row-link" href={`tel:${phone().replace(/[^\d+]/g, "")}`}>
                {phone()}
              </a>
            </>
          )}
        </Show>
      </p>
      <p class="store-notes">
        <Show when={s().kind === "geofence"}>
          <StatusBadge tone="neutral">Geofence {s().geofenceRadiusM} m</StatusBadge>
        </Show>
        <Show when={s().franchised}>
          <StatusBadge tone="neutral">Franchised</StatusBadge>
        </Show>
        <Show when={s().open24h && !/24 hours/i.test(s().hours)}>
          <StatusBadge tone="success">Open 24 hours</StatusBadge>
        </Show>
        <Show when={s().promotion}>{(p) => <StatusBadge tone="warning">{p()}</StatusBadge>}</Show>
        <Show when={s().lat === null}>
          <StatusBadge tone="danger">No coordinates yet</StatusBadge>
        </Show>
      </p>
    </>
  );
}
