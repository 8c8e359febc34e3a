// The frame around every signed-in screen: brand, who is signed in, and the navigation.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { recentCustomerHref } from "../lib/recent";
import { session } from "../lib/session";
import { BoxIcon } from "./customer-icons";
import { HomeIcon, ListIcon, PersonIcon, SearchIcon, StopwatchIcon } from "./icons";

export function AppShell(props: { children?: JSX.Element }) {
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
        <A href="/search">
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
        <Show when={session.can("monitor.view")}>
          <A href="/monitor">
            <StopwatchIcon />
            <span>Monitor</span>
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
        {props.children}
      </main>
    </div>
  );
}
