// The merchant portal's home: who is signed in for which store, and the way to each part of the
// portal (on a phone, the bar holds only five; the rest are here).
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { HomeIcon } from "../components/icons";
import { BankIcon, CartIcon, DocumentIcon, HelpIcon, PulseIcon, ReceiptIcon, TagIcon } from "../components/portal/portal-icons";
import { PortalHeading } from "../components/portal/portal-shell";
import { portalSession } from "../lib/portal-api";
import { useTitle } from "../lib/title";

export default function PortalHome() {
  useTitle(() => "Merchant portal");
  return (
    <Show when={portalSession.user()}>
      {(user) => (
        <section class="portal-home">
          <PortalHeading title={`Hello, ${user().name.split(" ")[0]}`} lead={`${user().merchant.name} · signed in as ${user().email}`} />
          <div class="portal-grid">
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
