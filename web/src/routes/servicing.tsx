// A customer's leases and loans on their own page (linked from orders): the ownership bar and the
// panel the profile also mounts.
import { A, useParams } from "@solidjs/router";
import { onCleanup, Show } from "solid-js";
import { OwnershipBar } from "../components/customer/ownership-bar";
import { LeasesLoansPanel } from "../components/products/leases-loans-panel";
import { createCustomerRoom } from "../lib/room";
import { createSyncStatus, SyncContext } from "../lib/sync-status";
import { useTitle } from "../lib/title";
import "../styles/customer.css";
import "../styles/orders.css";

function Servicing(props: { customerId: string }) {
  useTitle(() => `Leases & loans - ${props.customerId}`);
  const room = createCustomerRoom(props.customerId);
  onCleanup(() => room.close());
  const sync = createSyncStatus(() => props.customerId, room);
  const ownerName = () => {
    const owner = room.owner();
    return owner && owner.staffId !== room.me() ? owner.name : null;
  };
  return (
    <div class="servicing-page">
      <A href={`/customers/${props.customerId}`} class="back-link">
        ← Customer
      </A>
      <h1>Leases &amp; loans</h1>
      <OwnershipBar room={room} />
      <SyncContext.Provider value={sync}>
        <LeasesLoansPanel customerId={props.customerId} lockToken={room.myLock()?.token ?? null} ownerName={ownerName()} room={room} />
      </SyncContext.Provider>
    </div>
  );
}

export default function ServicingPage() {
  const params = useParams();
  return (
    <Show when={params.id} keyed>
      {(id) => <Servicing customerId={id} />}
    </Show>
  );
}
