// The questions a caller usually asks, on one screen: what do I owe, when is my next payment,
// where is my order, what is still open.
import { createMemo, For, Show } from "solid-js";
import { summarizeAccount } from "../../../../core/domain/account-summary";
import type { Profile } from "../../../../core/protocol/customer-answers";
import { calendarDate, formatCents, orgToday, titleCase } from "../../lib/format";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { OpenTicketForCustomer } from "../desk/open-ticket-for-customer";
import { ProductBadge } from "../product-badges";
import { BackOfficeLinks } from "./back-office-links";
import { CallbacksPanel } from "./callbacks-panel";

export function OverviewTab(props: { profile: Profile }) {
  const summary = createMemo(() => summarizeAccount(props.profile));
  return (
    <div class="overview">
      <div class="fact-grid">
        <section class="fact-card" aria-labelledby="ov-balance">
          <h3 id="ov-balance">Balance</h3>
          <Show
            when={summary().loanBalanceCents !== null || summary().leaseRemainingCents !== null}
            fallback={<p class="muted">No active lease or loan.</p>}
          >
            <dl class="facts">
              <Show when={summary().loanBalanceCents !== null}>
                <dt>
                  <ProductBadge product="loan" /> balance
                </dt>
                <dd class="num">{formatCents(summary().loanBalanceCents ?? 0)}</dd>
              </Show>
              <Show when={summary().leaseRemainingCents !== null}>
                <dt>
                  <ProductBadge product="lease" /> payments left
                </dt>
                <dd class="num">{formatCents(summary().leaseRemainingCents ?? 0)}</dd>
              </Show>
            </dl>
          </Show>
        </section>
        <section class="fact-card" aria-labelledby="ov-next">
          <h3 id="ov-next">Next payment</h3>
          <Show when={summary().nextPayment} fallback={<p class="muted">Nothing scheduled.</p>}>
            {(next) => (
              <p class="fact-big">
                <span class="num">{formatCents(next().amountCents)}</span>
                <span class="fact-sub">
                  {next().dueDate < orgToday() ? "overdue since" : "due"} {calendarDate(next().dueDate)} ·{" "}
                  <ProductBadge product={next().product} />
                </span>
              </p>
            )}
          </Show>
        </section>
        <section class="fact-card" aria-labelledby="ov-order">
          <h3 id="ov-order">Last order</h3>
          <Show when={summary().lastOrder} fallback={<p class="muted">No orders yet.</p>}>
            {(order) => (
              <p class="fact-big">
                <span>
                  {order().number} · <strong>{titleCase(order().status)}</strong>
                </span>
                <span class="fact-sub">
                  {order().merchant} · <span class="num">{formatCents(order().totalCents)}</span> · <RelativeTime at={order().createdAt} />
                </span>
              </p>
            )}
          </Show>
        </section>
      </div>
      <section class="fact-card" aria-labelledby="ov-open">
        <h3 id="ov-open">Open issues</h3>
        <Show
          when={summary().openIssues.length > 0}
          fallback={
            <EmptyState title="Nothing open">Past-due payments, promises, orders needing attention and callbacks show here.</EmptyState>
          }
        >
          <ul class="issue-list">
            <For each={summary().openIssues}>{(issue) => <li class={`issue issue-${issue.tone}`}>{issue.text}</li>}</For>
          </ul>
        </Show>
      </section>
      <CallbacksPanel customerId={props.profile.customer.id} callbacks={props.profile.callbacks} />
      <BackOfficeLinks customer={props.profile.customer} />
      <Show when={session.can("ticket.open")}>
        <section class="card customer-tickets" aria-label="Service desk">
          <p class="muted">A request the customer made that needs follow-up by email?</p>
          <OpenTicketForCustomer customerId={props.profile.customer.id} customerName={props.profile.customer.name} />
        </section>
      </Show>
    </div>
  );
}
