// One lease: the goods, where the client is in the schedule, what is due, the delinquency bucket,
// the early purchase amount, and its actions. Teal, with the lease badge: never a loan.
import { Show } from "solid-js";
import type { LeaseView, PromiseView } from "../../../../core/protocol/servicing-answers";
import { calendarDate, formatCents, titleCase } from "../../lib/format";
import { ProductBadge } from "../product-badges";
import { PaymentList } from "./payment-list";
import { DelinquencyBadge, PromiseList, ScheduleTable } from "./servicing-bits";

export interface ServicingActions {
  canAct: boolean;
  /** A direct-deposit loan waiting for its payout: pay it out (only roles that may). */
  onPayout?: () => void;
  onPay: () => void;
  onPromise: () => void;
  onResolve: (promise: PromiseView) => void;
}

export function LeaseCard(props: { lease: LeaseView } & ServicingActions) {
  const lease = () => props.lease;
  const progress = () => Math.round((lease().paymentsMade / Math.max(1, lease().termPayments)) * 100);
  return (
    <article class="servicing-card record-lease" aria-label={`Lease: ${lease().itemDescription}`}>
      <header class="record-head">
        <ProductBadge product="lease" />
        <strong>{lease().itemDescription}</strong>
        <span class="badge badge-neutral">{titleCase(lease().status)}</span>
        <Show when={lease().status === "active"}>
          <DelinquencyBadge bucket={lease().bucket} days={lease().daysPastDue} />
        </Show>
      </header>
      <progress
        class="progress"
        max={lease().termPayments}
        value={lease().paymentsMade}
        aria-label={`${progress()}% of the payments made`}
      />
      <dl class="facts">
        <dt>Payment</dt>
        <dd class="num">
          {formatCents(lease().paymentCents)} {lease().frequency}
        </dd>
        <dt>Payments made</dt>
        <dd class="num">
          {lease().paymentsMade} of {lease().termPayments}
          <Show when={lease().creditCents > 0}> + {formatCents(lease().creditCents)} credit</Show>
        </dd>
        <dt>Next due</dt>
        <dd class="num">{lease().nextDueDate ? calendarDate(lease().nextDueDate ?? "") : "—"}</dd>
        <dt>Paid so far</dt>
        <dd class="num">{formatCents(lease().paidCents)}</dd>
        <dt>Left to own</dt>
        <dd class="num">{formatCents(lease().remainingCents)}</dd>
        <dt>Early purchase today</dt>
        <dd class="num">{formatCents(lease().earlyPurchaseCents)}</dd>
      </dl>
      <PaymentList payments={lease().payments} />
      <PromiseList promises={lease().promises} canAct={props.canAct} onResolve={props.onResolve} />
      <Show when={lease().status === "active"}>
        <div class="item-actions">
          <button type="button" class="btn" disabled={!props.canAct} onClick={() => props.onPay()}>
            Record payment
          </button>
          <button type="button" class="btn btn-ghost" disabled={!props.canAct} onClick={() => props.onPromise()}>
            Promise to pay
          </button>
        </div>
      </Show>
      <ScheduleTable lines={lease().schedule} split={false} caption="Payment schedule" />
    </article>
  );
}
