// The merchant portal's frame: its own sign-in gate (the portal session, never the staff one), the
// merchant's name, the navigation (a bottom bar on phones, a rail or sidebar on wider screens, as in
// the console) with Help, and a boundary around each screen. Every /portal screen renders inside it.
import { A } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { portalSession } from "../../lib/portal-api";
import { ScreenBoundary } from "../common/screen-boundary";
import { HomeIcon } from "../icons";
import { BankIcon, CartIcon, DocumentIcon, HelpIcon, PulseIcon, ReceiptIcon, TagIcon } from "./portal-icons";
import { PortalSignIn } from "./portal-sign-in";
import "../../styles/sign-in.css";
import "../../styles/portal.css";

export function PortalShell(props: { children?: JSX.Element }) {
  return (
    <Switch>
      <Match when={portalSession.user.loading && portalSession.user() === undefined}>
        <div class="shell-loading" aria-busy="true" aria-live="polite">
          <span class="visually-hidden">Loading the merchant portal</span>
        </div>
      </Match>
      <Match when={portalSession.user.error}>
        <main class="main">
          <p class="notice notice-error" role="alert">
            The merchant portal could not reach the server. Check your connection and reload.
          </p>
        </main>
      </Match>
      <Match when={portalSession.user() === null}>
        <PortalSignIn />
      </Match>
      <Match when={portalSession.user()}>
        {(user) => (
          <div class="shell portal-shell">
            <header class="topbar">
              <A href="/portal" class="brand">
                <span class="brand-mark" aria-hidden="true">
                  T
                </span>
                <span class="portal-brand-name">{user().merchant.name}</span>
              </A>
              <span class="topbar-spacer" />
              <button
                type="button"
                class="btn btn-ghost"
                onClick={() => void portalSession.signOut()}
                aria-label={`Sign out ${user().name}`}
              >
                Sign out
              </button>
            </header>
            <nav class="nav portal-nav" aria-label="Portal">
              <A href="/portal" end>
                <HomeIcon />
                <span>Home</span>
              </A>
              <A href="/portal/transactions">
                <CartIcon />
                <span>Sales</span>
              </A>
              <A href="/portal/settlements">
                <BankIcon />
                <span>Money</span>
              </A>
              <A href="/portal/invoices">
                <ReceiptIcon />
                <span>Invoices</span>
              </A>
              {/* A phone's bar keeps five entries; these three are on the home screen there. */}
              <A href="/portal/contracts" class="nav-secondary">
                <DocumentIcon />
                <span>Contracts</span>
              </A>
              <A href="/portal/integration" class="nav-secondary">
                <PulseIcon />
                <span>Integration</span>
              </A>
              <A href="/portal/plan" class="nav-secondary">
                <TagIcon />
                <span>Plan</span>
              </A>
              <A href="/portal/help">
                <HelpIcon />
                <span>Help</span>
              </A>
              <div class="nav-user">
                <strong>{user().name}</strong>
                <br />
                {user().merchant.name}
              </div>
            </nav>
            <main class="main" id="main">
              <ScreenBoundary>{props.children}</ScreenBoundary>
            </main>
          </div>
        )}
      </Match>
    </Switch>
  );
}

/** A portal screen's heading block: its title and a line that says what it shows. */
export function PortalHeading(props: { title: string; lead?: string; children?: JSX.Element }) {
  return (
    <header class="portal-heading">
      <div>
        <h1>{props.title}</h1>
        <Show when={props.lead}>
          <p class="muted">{props.lead}</p>
        </Show>
      </div>
      {props.children}
    </header>
  );
}
