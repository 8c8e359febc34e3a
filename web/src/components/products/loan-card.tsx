// One loan: a purchase loan (the vendor was paid by a one-time card; the goods are collateral) or
// a direct-deposit loan (paid to a bank account, masked by policy). Violet, with the loan badge.
import { For, Show } from "solid-js";
import { formatApr } from "../../../../core/domain/offers";
import type { LoanView } from "../../../../core/protocol/servicing-answers";
import { calendarDate, formatCents, titleCase } from "../../lib/format";
import { SyncBadge } from "../integrations/sync-badge";
import { ProductBadge } from "../product-badges";
import type { ServicingActions } from "./lease-card";
import { PaymentList } from "./payment-list";
import { DelinquencyBadge, PromiseList, ScheduleTable } from "./servicing-bits";

export function LoanCard(props: { loan: LoanView } & ServicingActions) {
  const loan = () => props.loan;
  return (
    <article class="servicing-card record-loan" aria-label={`Loan ${loan().id}`}>
      <header class="record-head">
        <ProductBadge product="loan" />
        <strong>{loan().kind === "purchase" ? "Purchase loan" : "Direct-deposit loan"}</strong>
        <span class="badge badge-neutral">{titleCase(loan().status)}</span>
        {/* A loan opened or paid out here: its booking with the loan-management system. */}
        <SyncBadge recordType="loan" recordId={loan().id} />
        <Show when={loan().status === "active"}>
          <DelinquencyBadge bucket={loan().bucket} days={loan().daysPastDue} />
        </Show>
      </header>
      <dl class="facts">
        <dt>Balance</dt>
        <dd class="num">{formatCents(loan().balanceCents)}</dd>
        <dt>Payment</dt>
        <dd class="num">{formatCents(loan().paymentCents)} monthly</dd>
        <dt>APR</dt>
        <dd class="num">{formatApr(loan().aprBps)}</dd>
        <dt>Principal · term</dt>
        <dd class="num">
          {formatCents(loan().principalCents)} · {loan().termMonths} months
        </dd>
        <dt>Next due</dt>
        <dd class="num">{loan().nextDueDate ? calendarDate(loan().nextDueDate ?? "") : "—"}</dd>
        <Show when={loan().kind === "purchase"}>
          <dt>Collateral</dt>
          <dd>{loan().collateralDescription ?? "—"}</dd>
          <Show when={loan().cards.length > 0}>
            <dt>Vendor paid with</dt>
            <dd>
              <For each={loan().cards}>
                {(card) => (
                  <span class="masked">
                    {card.number} ({card.status}){" "}
                  </span>
                )}
              </For>
            </dd>
          </Show>
        </Show>
        <Show when={loan().kind === "direct_deposit"}>
          <dt>Paid out to</dt>
          <dd class="masked">{loan().disbursementAccount?.value ?? "Hidden for your role"}</dd>
        </Show>
      </dl>
      <Show when={loan().status === "pending_payout"}>
        <p class="hint">Opened and waiting for its payout: someone other than who opened it sends the money.</p>
        <Show when={props.onPayout}>
          {(payout) => (
            <div class="item-actions">
              <button type="button" class="btn btn-primary" disabled={!props.canAct} onClick={() => payout()()}>
                Pay out
              </button>
            </div>
          )}
        </Show>
      </Show>
      <PaymentList payments={loan().payments} />
      <PromiseList promises={loan().promises} canAct={props.canAct} onResolve={props.onResolve} />
      <Show when={loan().status === "active"}>
        <div class="item-actions">
          <button type="button" class="btn" disabled={!props.canAct} onClick={() => props.onPay()}>
            Record payment
          </button>
          <button type="button" class="btn btn-ghost" disabled={!props.canAct} onClick={() => props.onPromise()}>
            Promise to pay
          </button>
        </div>
      </Show>
      <ScheduleTable lines={loan().schedule} split caption="Amortisation schedule" />
    </article>
  );
}
