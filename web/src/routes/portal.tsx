// The merchant portal's home: who is signed in for which store, and the way to each part of the
// portal (on a phone, the bar holds only five; the rest are here).
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { HomeIcon } from "../components/icons";
import { ProductBadge, StateBadge } from "../components/portal/portal-badges";
import { BankIcon, CartIcon, DocumentIcon, HelpIcon, PulseIcon, ReceiptIcon, TagIcon } from "../components/portal/portal-icons";
import { PortalHeading } from "../components/portal/portal-shell";
import { formatCents } from "../lib/format";
import { portalApi, portalSession } from "../lib/portal-api";
import { useTitle } from "../lib/title";

/** The balance and the sales still on their way, at a glance (a failed read leaves the links). */
function AtAGlance() {
  const [money] = createResource(() => portalApi.settlements().catch(() => null));
  const [sales] = createResource(() => portalApi.transactions().catch(() => null));
  const moving = () => (sales()?.items ?? []).filter((t) => t.state === "in_progress");
  return (
    <section class="card" aria-labelledby="portal-glance">
      <h2 id="portal-glance">At a glance</h2>
      <div class="portal-figures">
        <div class="portal-figure">
          <span class="muted">Available balance</span>
          <span class="value">{money() ? formatCents(money()?.balance.availableCents ?? 0) : "…"}</span>
        </div>
        <div class="portal-figure">
          <span class="muted">Sales on their way</span>
          <span class="value">{sales() ? moving().length : "…"}</span>
        </div>
      </div>
      <Show when={moving().length > 0}>
        <ul class="portal-links portal-glance-list">
          <For each={moving().slice(0, 3)}>
            {(t) => (
              <li>
                <A href={`/portal/transactions/${t.id}`}>
                  <span>
                    {t.customer} · {formatCents(t.amountCents)}
                    <span class="portal-card-meta">
                      <ProductBadge product={t.product} />
                      <StateBadge state={t.state} words={t.headline} />
                    </span>
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

export default function PortalHome() {
  useTitle(() => "Merchant portal");
  return (
    <Show when={portalSession.user()}>
      {(user) => (
        <section class="portal-home">
          <PortalHeading title={`Hello, ${user().name.split(" ")[0]}`} lead={`${user().merchant.name} · signed in as ${user().email}`} />
          <div class="portal-grid">
            <AtAGlance />
            <section class="card" aria-labelledby="portal-go">
              <h2 id="portal-go">Your account</h2>
              <ul class="portal-links">
                <li>
                  <A href="/portal/transactions">
                    <CartIcon />
                    <span>
                      Transactions <span class="muted">· what happened to each sale, step by step</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/settlements">
                    <BankIcon />
                    <span>
                      Settlements and balance <span class="muted">· what was paid to your bank</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/invoices">
                    <ReceiptIcon />
                    <span>
                      Invoices <span class="muted">· view, print, download</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/contracts">
                    <DocumentIcon />
                    <span>
                      Contracts <span class="muted">· what you signed with us</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/integration">
                    <PulseIcon />
                    <span>
                      Integration health <span class="muted">· is your checkout connected</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/plan">
                    <TagIcon />
                    <span>
                      Plan <span class="muted">· your fees, and asking for a change</span>
                    </span>
                  </A>
                </li>
                <li>
                  <A href="/portal/help">
                    <HelpIcon />
                    <span>
                      Help <span class="muted">· questions and tickets</span>
                    </span>
                  </A>
                </li>
              </ul>
            </section>
          </div>
        </section>
      )}
    </Show>
  );
}

/** Unknown addresses inside the portal. */
export function PortalNotFound() {
  useTitle(() => "Not found");
  return (
    <section class="empty">
      <h1>Nothing here</h1>
      <p>This address does not match any screen of the merchant portal.</p>
      <A class="btn btn-primary" href="/portal">
        <HomeIcon /> Portal home
      </A>
    </section>
  );
}
