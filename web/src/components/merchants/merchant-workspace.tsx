// A merchant's account laid out for the device, like a customer's: one column on phones (ownership
// and "add note" docked at the bottom), the working tab beside the live feed on wider screens.
import { useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, type JSX, Match, Switch } from "solid-js";
import type { MerchantProfile } from "../../../../core/protocol/merchant-answers";
import { layout } from "../../lib/layout";
import type { MerchantRoom } from "../../lib/merchant-room";
import type { MerchantStore } from "../../lib/merchant-store";
import { session } from "../../lib/session";
import { type TabSpec, Tabs } from "../common/tabs";
import { HandoffRequest } from "../customer/handoff-request";
import { LiveFeed } from "../customer/live-feed";
import { LostOwnershipNotice } from "../customer/lost-ownership-notice";
import { OwnershipBar } from "../customer/ownership-bar";
import { RoomNotices } from "../customer/room-notices";
import { NoteIcon } from "../customer-icons";
import { MerchantTicketsPanel } from "../desk/merchant-tickets-panel";
import { PortalUsersPanel } from "../portal/portal-users-panel";
import { BalancePanel } from "./balance-panel";
import { ContractsPanel } from "./contracts-panel";
import { EndpointsPanel } from "./endpoints-panel";
import { InvoicesPanel } from "./invoices-panel";
import { MerchantHeader } from "./merchant-header";
import { MerchantNotes, NoteSheet } from "./merchant-notes";
import { OverviewPanel } from "./overview-panel";
import type { MerchantPanelProps } from "./panel-props";
import { PlanChangesPanel } from "./plan-changes-panel";

type TabId = "overview" | "changes" | "endpoints" | "balance" | "invoices" | "contracts" | "tickets" | "activity" | "notes" | "portal";
const TABS: TabSpec<TabId>[] = [
  { id: "overview", label: "Overview" },
  { id: "changes", label: "Plan changes" },
  { id: "endpoints", label: "Endpoints" },
  { id: "balance", label: "Balance" },
  { id: "invoices", label: "Invoices" },
  { id: "contracts", label: "Contracts" },
  { id: "tickets", label: "Tickets" },
  { id: "activity", label: "Activity" },
  { id: "notes", label: "Notes" },
  { id: "portal", label: "Portal" },
];
const MERCHANT_OWNERSHIP = { acquire: "merchant.own", takeover: "merchant.takeover" } as const;

export function MerchantWorkspace(props: { profile: MerchantProfile; store: MerchantStore; room: MerchantRoom }) {
  const room = props.room;
  const [params, setParams] = useSearchParams();
  const [noteOpen, setNoteOpen] = createSignal(false);
  const wide = () => layout() === "desktop";
  // The live feed has its own column on desktops; elsewhere it is the Activity tab.
  const tabs = () => (wide() ? TABS.filter((t) => t.id !== "activity") : TABS);
  const tab = createMemo(() => tabs().find((t) => t.id === params.tab)?.id ?? "overview");
  const panelProps = (): MerchantPanelProps => ({ profile: props.profile, store: props.store, room, token: room.myLock()?.token ?? null });

  const panel = (id: TabId): JSX.Element => {
    switch (id) {
      case "overview":
        return <OverviewPanel {...panelProps()} />;
      case "changes":
        return <PlanChangesPanel {...panelProps()} />;
      case "endpoints":
        return <EndpointsPanel {...panelProps()} />;
      case "balance":
        return <BalancePanel {...panelProps()} />;
      case "invoices":
        return <InvoicesPanel {...panelProps()} />;
      case "contracts":
        return <ContractsPanel {...panelProps()} />;
      case "tickets":
        return <MerchantTicketsPanel merchantId={props.profile.merchant.id} />;
      case "activity":
        return <LiveFeed room={room} />;
      case "notes":
        return <MerchantNotes merchantId={props.profile.merchant.id} room={room} onAdd={() => setNoteOpen(true)} />;
      case "portal":
        return <PortalUsersPanel merchantId={props.profile.merchant.id} />;
    }
  };
  const addNote = session.can("merchant.note") ? (
    <button type="button" class="btn add-note" onClick={() => setNoteOpen(true)}>
      <NoteIcon /> Add note
    </button>
  ) : undefined;
  const ownershipZone = (pinned: boolean) => (
    <div class="ownership-zone" classList={{ "is-pinned": pinned }}>
      <LostOwnershipNotice lost={room.lost()} onAcknowledge={room.acknowledgeLost} />
      <HandoffRequest room={room} />
      <OwnershipBar room={room} extra={addNote} presence={pinned} permissions={MERCHANT_OWNERSHIP} />
    </div>
  );
  const tabsBlock = (
    <Tabs
      label="Merchant sections"
      tabs={tabs()}
      selected={tab()}
      onSelect={(id) => setParams({ tab: id === "overview" ? undefined : id }, { replace: true })}
    >
      {panel(tab())}
    </Tabs>
  );

  return (
    <div class="c360 merchant-account" classList={{ [`c360-${layout()}`]: true }}>
      <RoomNotices notices={room.notices()} onDismiss={room.dismissNotice} />
      <MerchantHeader profile={props.profile} room={room} presence={layout() === "phone"} />
      <Switch>
        <Match when={layout() === "phone"}>
          {tabsBlock}
          <div class="phone-dock">{ownershipZone(false)}</div>
        </Match>
        <Match when={true}>
          {ownershipZone(true)}
          <div class="merchant-columns" classList={{ "with-feed": wide() }}>
            <div class="col-work">{tabsBlock}</div>
            {wide() ? (
              <aside class="col-feed" aria-label="Live feed" tabindex={0}>
                <LiveFeed room={room} />
              </aside>
            ) : null}
          </div>
        </Match>
      </Switch>
      <NoteSheet open={noteOpen()} merchantId={props.profile.merchant.id} onClose={() => setNoteOpen(false)} />
    </div>
  );
}
