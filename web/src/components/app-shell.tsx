// The frame around every signed-in screen: brand, who is signed in, the navigation (Admin and
// Compliance for the roles that use them), "/" to search, and a boundary that keeps a screen's
// render error from blanking the app.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { recentCustomerHref } from "../lib/recent";
import { useSearchShortcut } from "../lib/search-shortcut";
import { session } from "../lib/session";
import { ScreenBoundary } from "./common/screen-boundary";
import { BoxIcon } from "./customer-icons";
import { GearIcon, HomeIcon, InboxIcon, ListIcon, PersonIcon, PlugIcon, SearchIcon, ShieldIcon, StopwatchIcon, StoreIcon } from "./icons";

export function AppShell(props: { children?: JSX.Element }) {
  useSearchShortcut(() => session.can("customer.read"));
  return (
    <div class="shell">
      <header class="topbar">
        <A href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            T
          </span>
          Tandem
        </A>
        <span class="topbar-spacer" />
        <Show when={session.me()}>
          {(me) => (
            <button type="button" class="btn btn-ghost" onClick={() => void session.signOut()} aria-label={`Sign out ${me().name}`}>
              Sign out
            </button>
          )}
        </Show>
      </header>
      <nav class="nav" aria-label="Main">
        <A href="/" end>
          <HomeIcon />
          <span>Home</span>
        </A>
        {/* Customer screens only for roles that read customers (engineering does not). */}
        <Show when={session.can("customer.read")}>
          <A href="/search" aria-keyshortcuts="/" title="Search (press /)">
            <SearchIcon />
            <span>Search</span>
          </A>
          <A href={recentCustomerHref()}>
            <ListIcon />
            <span>Customer</span>
          </A>
          <A href="/orders">
            <BoxIcon />
            <span>Orders</span>
          </A>
        </Show>
        <Show when={session.can("merchant.read")}>
          <A href="/merchants">
            <StoreIcon />
            <span>Merchants</span>
          </A>
        </Show>
        <Show when={session.can("ticket.read")}>
          <A href="/desk">
            <InboxIcon />
            <span>Desk</span>
          </A>
        </Show>
        <Show when={session.can("monitor.view")}>
          <A href="/monitor">
            <StopwatchIcon />
            <span>Monitor</span>
          </A>
        </Show>
        <Show when={session.can("audit.read")}>
          <A href="/compliance" aria-label="Compliance review">
            <ShieldIcon />
            {/* A phone's bottom bar has room for a short word only. */}
            <span class="label-long">Compliance</span>
            <span class="label-short" aria-hidden="true">
              Review
            </span>
          </A>
        </Show>
        <Show when={session.can("staff.manage")}>
          <A href="/admin">
            <GearIcon />
            <span>Admin</span>
          </A>
        </Show>
        <Show when={session.can("integration.manage")}>
          {/* An admin's phone bar has no room for a ninth entry: there it is on the account page. */}
          <A href="/integrations" class="nav-secondary">
            <PlugIcon />
            <span>Integrations</span>
          </A>
        </Show>
        <A href="/account">
          <PersonIcon />
          <span>Account</span>
        </A>
        <Show when={session.me()}>
          {(me) => (
            <div class="nav-user">
              <strong>{me().name}</strong>
              <br />
              {me().team?.name ?? me().org.name}
            </div>
          )}
        </Show>
      </nav>
      <main class="main" id="main">
        <ScreenBoundary>{props.children}</ScreenBoundary>
      </main>
    </div>
  );
}
