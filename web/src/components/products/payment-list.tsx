// A lease's or loan's latest payments, each with where it stands with the back end (a payment a
// rep took by phone syncs to the lease or loan system; one the back end posted is its own).
import { For, Show } from "solid-js";
import type { PaymentView } from "../../../../core/protocol/servicing-answers";
import { formatCents, titleCase } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { SyncBadge } from "../integrations/sync-badge";
import "../../styles/sync.css";

const SHOWN = 5;

export function PaymentList(props: { payments: PaymentView[] }) {
  const latest = () => [...props.payments].sort((a, b) => b.paidAt - a.paidAt).slice(0, SHOWN);
  return (
    <Show when={props.payments.length > 0}>
      <ul class="payment-list" aria-label="Latest payments">
        <For each={latest()}>
          {(payment) => (
            <li class="payment">
              <span class="num">{formatCents(payment.amountCents)}</span>
              <span class="muted">
                {titleCase(payment.method)} · <RelativeTime at={payment.paidAt} />
              </span>
              <Show when={payment.status !== "posted"}>
                <span class="badge badge-warning">{payment.status}</span>
              </Show>
              <SyncBadge recordType="payment" recordId={payment.id} />
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
