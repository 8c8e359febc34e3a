// A merchant's tickets on its profile (the Tickets tab), every status, by SLA due; each opens in the
// desk. Live: a change to any ticket fetches them again. Roles outside the desk are told so.
import { createEffect, createSignal, Match, on, Show, Switch } from "solid-js";
import type { TicketQueuePage } from "../../../../core/protocol/ticket-answers";
import { deskApi } from "../../lib/desk-api";
import { createDeskLive } from "../../lib/desk-live";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { QueueList } from "./queue-list";
import "../../styles/desk.css";

function Tickets(props: { merchantId: string; orgId: string }) {
  const live = createDeskLive(props.orgId);
  const [page, setPage] = createSignal<TicketQueuePage | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const load = async () => {
    try {
      setPage(await deskApi.queue(new URLSearchParams({ merchant: props.merchantId, status: "all", limit: "100" })));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };
  void load();
  createEffect(on(live.notice, () => void load(), { defer: true }));
  return (
    <Switch>
      <Match when={error()}>
        <ErrorPanel error={error()} title="The merchant's tickets could not be loaded" onRetry={() => void load()} />
      </Match>
      <Match when={!page()}>
        <SkeletonRows rows={3} label="Loading the merchant's tickets" />
      </Match>
      <Match when={page()?.items.length === 0}>
        <EmptyState title="No tickets">This merchant has not asked the service desk for anything.</EmptyState>
      </Match>
      <Match when={page()}>
        {(p) => (
          <QueueList rows={p().items} offset={p().serverTime - Date.now()} selected={null} fresh={new Set()} href={(id) => `/desk/${id}`} />
        )}
      </Match>
    </Switch>
  );
}

export function MerchantTicketsPanel(props: { merchantId: string }) {
  return (
    <Show
      when={session.can("ticket.read") && session.me()?.org.id}
      keyed
      fallback={<EmptyState title="Tickets are the service desk's">The service team and sales see this merchant's tickets.</EmptyState>}
    >
      {(orgId) => <Tickets merchantId={props.merchantId} orgId={orgId} />}
    </Show>
  );
}
