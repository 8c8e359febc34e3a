// Customer 360: the profile, its live room (owner, viewers, feed) and the rep's work on it.
import { useParams } from "@solidjs/router";
import { createEffect, Match, on, onCleanup, Show, Switch } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { CustomerWorkspace } from "../components/customer/customer-workspace";
import { ProfileSkeleton } from "../components/customer/profile-skeleton";
import { ApiError } from "../lib/api";
import { noteOutbox } from "../lib/note-outbox";
import { createProfileStore } from "../lib/profile-store";
import { createCustomerRoom } from "../lib/room";
import { createSyncStatus, SyncContext } from "../lib/sync-status";
import "../styles/customer.css";
import "../styles/customer-panels.css";
import "../styles/customer-layouts.css";
import { useTitle } from "../lib/title";

function CustomerScreen(props: { id: string }) {
  const room = createCustomerRoom(props.id);
  const store = createProfileStore(props.id);
  const sync = createSyncStatus(() => props.id, room);
  let reloadTimer: number | undefined;
  // Several changes in a burst become one reload. (A profile change arrives whole and needs none.)
  const reloadSoon = () => {
    window.clearTimeout(reloadTimer);
    reloadTimer = window.setTimeout(() => void store.reload(), 150);
  };
  const off = room.onFrame((frame) => {
    if (frame.type === "customer-updated") store.updated(frame.customer);
    if (frame.type === "record-changed") {
      if (frame.record === "prompt") store.dismissed(frame.id, Date.now());
      // Notes come with the feed; a sync state is the sync badges' own (lib/sync-status.ts).
      else if (frame.record !== "note" && frame.record !== "sync") reloadSoon();
    }
  });
  useTitle(() => store.profile()?.customer.name ?? (store.error() ? "Customer" : null));
  const notFound = () => {
    const error = store.error();
    return error instanceof ApiError && error.code === "NOT_FOUND";
  };
  // After a reconnect the room state was replaced; the profile may have moved on too.
  createEffect(on(room.resyncs, (n) => n > 0 && reloadSoon(), { defer: true }));
  // Back in the room: anything written offline goes out now (once: each note has its clientId).
  createEffect(on(room.status, (status) => status === "open" && noteOutbox.flush()));
  onCleanup(() => {
    off();
    window.clearTimeout(reloadTimer);
    room.close();
  });

  return (
    <SyncContext.Provider value={sync}>
      <Switch>
        <Match when={store.profile()}>
          {(profile) => <CustomerWorkspace profile={profile()} room={room} onDismissed={store.dismissed} />}
        </Match>
        <Match when={store.error()}>
          <ErrorPanel
            error={store.error()}
            title={notFound() ? "No such customer" : "The customer could not be loaded"}
            onRetry={() => void store.reload()}
          />
        </Match>
        <Match when={true}>
          <ProfileSkeleton />
        </Match>
      </Switch>
    </SyncContext.Provider>
  );
}

export default function Customer() {
  const params = useParams();
  return (
    <Show when={params.id} keyed>
      {(id) => <CustomerScreen id={id} />}
    </Show>
  );
}
