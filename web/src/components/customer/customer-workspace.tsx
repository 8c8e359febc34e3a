// The customer screen laid out for the device: one column on phones (ownership and "add note" at
// the bottom, within thumb reach), two panes on tablets, three columns on desktops.
import { useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, type JSX, lazy, Match, Show, Suspense, Switch } from "solid-js";
import type { CustomerView, Profile } from "../../../../core/protocol/customer-answers";
import { layout } from "../../lib/layout";
import type { CustomerRoom } from "../../lib/room";
import { usePlace } from "../../lib/step-marker";
import { SkeletonRows } from "../common/skeleton";
import { type TabSpec, Tabs } from "../common/tabs";
import { NoteIcon } from "../customer-icons";
import { ActivityTab } from "./activity-tab";
import { ContactCard } from "./contact-card";
import { HandoffRequest } from "./handoff-request";
import { LiveFeed } from "./live-feed";
import { LostOwnershipNotice } from "./lost-ownership-notice";
import { NoteDialog } from "./note-dialog";
import { NotesTab } from "./notes-tab";
import { OfflineBanner } from "./offline-banner";
import { OrdersTab } from "./orders-tab";
import { OverviewTab } from "./overview-tab";
import { OwnershipBar } from "./ownership-bar";
import { ProfileHeader } from "./profile-header";
import { ProfileTab } from "./profile-tab";
import { PromptList } from "./prompt-list";
import { RoomNotices } from "./room-notices";

// The FAQ's answers load just after the profile, keeping its first load small.
const FaqPanel = lazy(() => import("../faq/faq-panel").then((m) => ({ default: m.FaqPanel })));
// The servicing panel (payments, promises) loads when its tab opens, keeping the profile's first load small.
const LeasesLoansPanel = lazy(() => import("../products/leases-loans-panel").then((m) => ({ default: m.LeasesLoansPanel })));
// The loyalty module (tier, campaigns, promo codes, devices, stores...) likewise: its sections are its own tab row.
const LoyaltyPanel = lazy(() => import("../loyalty/loyalty-panel").then((m) => ({ default: m.LoyaltyPanel })));

type TabId = "overview" | "orders" | "products" | "loyalty" | "activity" | "notes" | "profile";
const TAB: Record<TabId, TabSpec<TabId>> = {
  overview: { id: "overview", label: "Overview" },
  orders: { id: "orders", label: "Orders" },
  products: { id: "products", label: "Leases & loans" },
  loyalty: { id: "loyalty", label: "Loyalty" },
  activity: { id: "activity", label: "Activity" },
  notes: { id: "notes", label: "Notes" },
  profile: { id: "profile", label: "Profile" },
};
const ALL = [TAB.overview, TAB.orders, TAB.products, TAB.loyalty, TAB.activity, TAB.notes, TAB.profile];
const TABLET_MAIN = [TAB.overview, TAB.orders, TAB.products, TAB.loyalty, TAB.profile];
const TABLET_SIDE = [TAB.activity, TAB.notes];

export function CustomerWorkspace(props: { profile: Profile; room: CustomerRoom; onDismissed: (promptId: string, at: number) => void }) {
  const room = props.room;
  const [params, setParams] = useSearchParams();
  const [noteOpen, setNoteOpen] = createSignal(false);
  createEffect(() => room.setEditing("note", noteOpen()));

  const pick = (tabs: TabSpec<TabId>[], wanted: unknown, fallback: TabId): TabId => tabs.find((t) => t.id === wanted)?.id ?? fallback;
  // Memos: a navigation that leaves the tab as it was must not rebuild the panel (and lose its state).
  const mainTab = createMemo(() => pick(layout() === "tablet" ? TABLET_MAIN : ALL, params.tab, "overview"));
  const sideTab = createMemo(() => pick(TABLET_SIDE, params.tab === "notes" ? "notes" : params.side, "activity"));
  const selectMain = (id: TabId) => setParams({ tab: id === "overview" ? undefined : id }, { replace: true });
  // The process monitor's place: the tab the rep works in.
  usePlace(
    () => props.profile.customer.id,
    () => `profile.${mainTab()}` as const,
  );
  const selectSide = (id: TabId) => setParams({ side: id === "activity" ? undefined : id }, { replace: true });
  const customer = (): CustomerView => props.profile.customer;
  const otherOwner = () => {
    const owner = room.owner();
    return owner && owner.staffId !== room.me() ? owner.name : null;
  };

  const panel = (id: TabId): JSX.Element => {
    switch (id) {
      case "overview":
        return <OverviewTab profile={props.profile} />;
      case "orders":
        return <OrdersTab customerId={customer().id} orders={props.profile.orders} />;
      case "products":
        return (
          <Suspense fallback={<SkeletonRows rows={3} label="Loading leases and loans" />}>
            <LeasesLoansPanel customerId={customer().id} lockToken={room.myLock()?.token ?? null} ownerName={otherOwner()} room={room} />
          </Suspense>
        );
      case "loyalty":
        return (
          <Suspense fallback={<SkeletonRows rows={3} label="Loading loyalty" />}>
            <LoyaltyPanel customer={customer()} room={room} lockToken={room.myLock()?.token ?? null} ownerName={otherOwner()} />
          </Suspense>
        );
      case "activity":
        return <ActivityTab room={room} />;
      case "notes":
        return <NotesTab room={room} onAdd={() => setNoteOpen(true)} />;
      case "profile":
        return <ProfileTab customer={customer()} room={room} />;
    }
  };
  // What guides the call, above the sections in every layout: prompts, then the FAQ's answers.
  const prompts = () => (
    <>
      <PromptList profile={props.profile} onDismissed={props.onDismissed} />
      <Suspense>
        <FaqPanel customerId={customer().id} room={room} />
      </Suspense>
    </>
  );
  const addNote = (
    <button type="button" class="btn add-note" onClick={() => setNoteOpen(true)}>
      <NoteIcon /> Add note
    </button>
  );

  // Ownership, and anything about it that needs an answer, stays in view: docked at the bottom on
  // phones (thumb reach), pinned under the top bar on wider screens.
  const ownershipZone = (pinned: boolean) => (
    <div class="ownership-zone" classList={{ "is-pinned": pinned }}>
      <LostOwnershipNotice lost={room.lost()} onAcknowledge={room.acknowledgeLost} />
      <HandoffRequest room={room} />
      <OwnershipBar room={room} extra={addNote} presence={pinned} />
      {pinned && measuredNote()}
    </div>
  );
  // Measuring people is said, not hidden: the rep knows when the process monitor counts. On phones it
  // scrolls with the page (the bottom dock stays as short as the space the page leaves it).
  const measuredNote = () => (
    <Show when={room.measured()}>
      {(id) => (
        <p class="measured-note" data-measured={id()}>
          Serving time here counts for the process monitor, only while this screen is in front of you.
        </p>
      )}
    </Show>
  );

  return (
    <div class="c360" classList={{ [`c360-${layout()}`]: true }}>
      <RoomNotices notices={room.notices()} onDismiss={room.dismissNotice} />
      <OfflineBanner status={room.status()} customerId={customer().id} />
      <ProfileHeader profile={props.profile} room={room} presence={layout() === "phone"} />
      <Switch>
        <Match when={layout() === "phone"}>
          {prompts()}
          {measuredNote()}
          <Tabs label="Customer sections" tabs={ALL} selected={mainTab()} onSelect={selectMain}>
            {panel(mainTab())}
          </Tabs>
          <div class="phone-dock">{ownershipZone(false)}</div>
        </Match>
        <Match when={layout() === "tablet"}>
          {ownershipZone(true)}
          {prompts()}
          <div class="c360-panes">
            <div class="pane-main">
              <Tabs label="Customer sections" tabs={TABLET_MAIN} selected={mainTab()} onSelect={selectMain}>
                {panel(mainTab())}
              </Tabs>
            </div>
            <aside class="pane-side" aria-label="Activity and notes">
              <Tabs label="Activity and notes" tabs={TABLET_SIDE} selected={sideTab()} onSelect={selectSide}>
                {panel(sideTab())}
              </Tabs>
            </aside>
          </div>
        </Match>
        <Match when={layout() === "desktop"}>
          {ownershipZone(true)}
          {prompts()}
          <div class="c360-columns">
            <aside class="col-context" aria-label="Customer context">
              <ContactCard customer={customer()} />
            </aside>
            <div class="col-work">
              <Tabs label="Customer sections" tabs={ALL} selected={mainTab()} onSelect={selectMain}>
                {panel(mainTab())}
              </Tabs>
            </div>
            {/* Focusable: it scrolls on its own, and keyboard users must be able to scroll it. */}
            <aside class="col-feed" aria-label="Live feed" tabindex={0}>
              <LiveFeed room={room} />
            </aside>
          </div>
        </Match>
      </Switch>
      <NoteDialog open={noteOpen()} customerId={customer().id} onClose={() => setNoteOpen(false)} />
    </div>
  );
}
