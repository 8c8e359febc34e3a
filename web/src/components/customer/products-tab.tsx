// Leases and loans, read only: schedule position, what is due, and (leases) the early purchase option.
import { For, Show } from "solid-js";
import type { Lease, Loan } from "../../lib/customer-types";
import { calendarDate, formatCents, titleCase } from "../../lib/format";
import { EmptyState } from "../common/empty-state";
import { ProductBadge } from "../product-badges";

function Due(props: { date: string | null; daysPastDue: number }) {
  return (
    <>
      <Show when={props.date}>{(d) => <>next due {calendarDate(d())}</>}</Show>
      <Show when={props.daysPastDue > 0}>
        {" "}
        <span class="badge badge-danger">{props.daysPastDue} days past due</span>
      </Show>
    </>
  );
}

export function ProductsTab(props: { leases: Lease[]; loans: Loan[] }) {
  return (
    <Show
      when={props.leases.length + props.loans.length > 0}
      fallback={<EmptyState title="No leases or loans">Financed orders appear here once approved.</EmptyState>}
    >
      <ul class="record-list">
        <For each={props.leases}>
          {(lease) => (
            <li class="record record-lease">
              <div class="record-head">
                <ProductBadge product="lease" />
                <strong>{lease.itemDescription}</strong>
                <span class="badge badge-neutral">{titleCase(lease.status)}</span>
              </div>
              <dl class="facts">
                <dt>Payment</dt>
                <dd class="num">
                  {formatCents(lease.paymentCents)} {lease.frequency}
                </dd>
                <dt>Payments made</dt>
                <dd class="num">
                  {lease.paymentsMade} of {lease.termPayments}
                </dd>
                <dt>Early purchase option</dt>
                <dd class="num">{formatCents(lease.earlyPurchaseCents)}</dd>
                <dt>Cash price</dt>
                <dd class="num">{formatCents(lease.cashPriceCents)}</dd>
              </dl>
              <p class="record-meta">
                Started {calendarDate(lease.startedOn)} · <Due date={lease.nextDueDate} daysPastDue={lease.daysPastDue} />
              </p>
            </li>
          )}
        </For>
        <For each={props.loans}>
          {(loan) => (
            <li class="record record-loan">
              <div class="record-head">
                <ProductBadge product="loan" />
                <strong>{loan.kind === "purchase" ? "Purchase loan" : "Direct-deposit loan"}</strong>
                <span class="badge badge-neutral">{titleCase(loan.status)}</span>
              </div>
              <dl class="facts">
                <dt>Balance</dt>
                <dd class="num">{formatCents(loan.balanceCents)}</dd>
                <dt>Payment</dt>
                <dd class="num">{formatCents(loan.paymentCents)} monthly</dd>
                <dt>APR</dt>
                <dd class="num">{(loan.aprBps / 100).toFixed(2)}%</dd>
                <dt>Principal · term</dt>
                <dd class="num">
                  {formatCents(loan.principalCents)} · {loan.termMonths} months
                </dd>
                <Show when={loan.collateralDescription}>
                  <dt>Collateral</dt>
                  <dd>{loan.collateralDescription}</dd>
                </Show>
                <Show when={loan.disbursementAccount?.value}>
                  <dt>Paid out to</dt>
                  <dd class="masked">{loan.disbursementAccount?.value}</dd>
                </Show>
              </dl>
              <p class="record-meta">
                Originated {calendarDate(loan.originatedOn)} · <Due date={loan.nextDueDate} daysPastDue={loan.daysPastDue} />
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
