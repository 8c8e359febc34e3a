// The frame around every signed-in screen: brand, who is signed in, the navigation (each entry for
// the roles that use it; on a phone a bottom bar of five at most, the rest under "More"), "/" to
// search, and a boundary that keeps a screen's render error from blanking the app.
import { A, useLocation } from "@solidjs/router";
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import { recentCustomerHref } from "../lib/recent";
import { useSearchShortcut } from "../lib/search-shortcut";
import { session } from "../lib/session";
import { Dialog } from "./common/dialog";
import { ScreenBoundary } from "./common/screen-boundary";
import { BoxIcon } from "./customer-icons";
import {
  GearIcon,
  HomeIcon,
  InboxIcon,
  ListIcon,
  MoreIcon,
  PersonIcon,
  PlugIcon,
  SearchIcon,
  ShieldIcon,
  StopwatchIcon,
  StoreIcon,
} from "./icons";

/** One place the navigation leads to. */
interface NavEntry {
  href: string;
  label: string;
  icon: () => JSX.Element;
  /** Only on this very path (Home), not below it. */
  end?: boolean;
  /** The accessible name, when it says more than the label. */
  name?: string;
  /** The label on a phone's bottom bar, when the label does not fit there (part of `name`). */
  short?: string;
  keys?: string;
  title?: string;
}

/** Where a person may go, in order of use: a phone's bottom bar shows the first ones. */
function navEntries(): NavEntry[] {
  const entries: NavEntry[] = [{ href: "/", label: "Home", icon: HomeIcon, end: true }];
  // Customer screens only for roles that read customers (engineering does not).
  if (session.can("customer.read"))
    entries.push(
      { href: "/search", label: "Search", icon: SearchIcon, keys: "/", title: "Search (press /)" },
      { href: recentCustomerHref(), label: "Customer", icon: ListIcon },
      { href: "/orders", label: "Orders", icon: BoxIcon },
    );
  if (session.can("merchant.read")) entries.push({ href: "/merchants", label: "Merchants", icon: StoreIcon });
  if (session.can("ticket.read")) entries.push({ href: "/desk", label: "Desk", icon: InboxIcon });
  if (session.can("monitor.view")) entries.push({ href: "/monitor", label: "Monitor", icon: StopwatchIcon });
  if (session.can("audit.read"))
    entries.push({ href: "/compliance", label: "Compliance", name: "Compliance review", short: "Review", icon: ShieldIcon });
  if (session.can("staff.manage")) entries.push({ href: "/admin", label: "Admin", icon: GearIcon });
  if (session.can("integration.manage")) entries.push({ href: "/integrations", label: "Integrations", icon: PlugIcon });
  entries.push({ href: "/account", label: "Account", icon: PersonIcon });
  return entries;
}

/**
 * A phone's bottom bar holds five entries at most, each wide enough for its word: with more, the
 * first four and "More", a sheet with the rest (the rail and the sidebar show every entry).
 */
const PHONE_BAR = 4;

export function AppShell(props: { children?: JSX.Element }) {
  useSearchShortcut(() => session.can("customer.read"));
  const entries = createMemo(navEntries);
  const overflowing = () => entries().length > PHONE_BAR + 1;
  const [moreOpen, setMoreOpen] = createSignal(false);
  const location = useLocation();
  /** The screen shown is one of the sheet's: "More" is the bar's current entry. */
  const overflowHere = () =>
    entries()
      .slice(PHONE_BAR)
      .some((entry) => location.pathname === entry.href || location.pathname.startsWith(`${entry.href}/`));
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
      <nav class="nav" classList={{ "nav-overflowing": overflowing() }} aria-label="Main">
        <For each={entries()}>
          {(entry, index) => (
            <A
              href={entry.href}
              end={entry.end}
              class={overflowing() && index() >= PHONE_BAR ? "nav-overflow" : undefined}
              aria-label={entry.name}
              aria-keyshortcuts={entry.keys}
              title={entry.title}
            >
              <entry.icon />
              <Show when={entry.short} fallback={<span>{entry.label}</span>}>
                {/* A phone's bottom bar has room for a short word only. */}
                <span class="label-long">{entry.label}</span>
                <span class="label-short" aria-hidden="true">
                  {entry.short}
                </span>
              </Show>
            </A>
          )}
        </For>
        <Show when={overflowing()}>
          <button
            type="button"
            class="nav-more"
            classList={{ active: overflowHere() }}
            aria-haspopup="dialog"
            onClick={() => setMoreOpen(true)}
          >
            <MoreIcon />
            <span>More</span>
          </button>
        </Show>
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
      <Dialog open={moreOpen()} title="More" onClose={() => setMoreOpen(false)}>
        <ul class="nav-more-list">
          <For each={entries().slice(PHONE_BAR)}>
            {(entry) => (
              <li>
                <A href={entry.href} end={entry.end} onClick={() => setMoreOpen(false)}>
                  <entry.icon />
                  {entry.name ?? entry.label}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Dialog>
      <main class="main" id="main">
        <ScreenBoundary>{props.children}</ScreenBoundary>
      </main>
    </div>
  );
}
