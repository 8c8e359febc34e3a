// A purchase from the activity log, opened: the amount broken down, where, when, and the tier the
// customer was in at the time (which set the points it earned).
import { createResource, Match, Show, Switch } from "solid-js";
import { exactTime, formatCents } from "../../lib/format";
import { loyaltyApi } from "../../lib/loyalty-api";
import { Dialog } from "../common/dialog";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { points } from "./loaded";
import { StoreFacts } from "./store-card";
import "../../styles/loyalty.css";

const CHANNELS = { in_store: "In store", online: "Online", app: "In the app" } as const;

export function TransactionSheet(props: { customerId: string; transactionId: string; onClose: () => void }) {
  const [detail, { refetch }] = createResource(() => loyaltyApi.transaction(props.customerId, props.transactionId));
  return (
    <Dialog open title="Purchase" onClose={props.onClose}>
      <Switch>
        <Match when={detail.error}>
          <ErrorPanel error={detail.error} title="The purchase could not be loaded" onRetry={() => void refetch()} />
        </Match>
        <Match when={detail()}>
          {(t) => (
            <div class="transaction">
              <p class="fact-big">
                <span class="num">{formatCents(t().totalCents)}</span>
                <span class="fact-sub">
                  {exactTime(t().at)} · {CHANNELS[t().channel]} · {t().items} {t().items === 1 ? "item" : "items"}
                </span>
              </p>
              <table class="breakdown">
                <caption class="visually-hidden">Amount breakdown</caption>
                <tbody>
                  <tr>
                    <th scope="row">Subtotal</th>
                    <td class="num">{formatCents(t().subtotalCents)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Discount{t().promoCode ? ` (${t().promoCode})` : ""}</th>
                    <td class="num">{t().discountCents > 0 ? `−${formatCents(t().discountCents)}` : formatCents(0)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Tax</th>
                    <td class="num">{formatCents(t().taxCents)}</td>
                  </tr>
                  <tr class="total">
                    <th scope="row">Total</th>
                    <td class="num">{formatCents(t().totalCents)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Points earned</th>
                    <td class="num">{points(t().pointsEarned)}</td>
                  </tr>
                  <tr>
                    <th scope="row">Tier at the time</th>
                    <td class="num">
                      <span class={`tier-chip tier-${t().tier.key}`}>{t().tier.name}</span>
                    </td>
                  </tr>
                </tbody>
              </table>
              <Show when={t().store} fallback={<p class="muted">No store: bought {t().channel === "online" ? "online" : "in the app"}.</p>}>
                {(store) => (
                  <div class="transaction-store">
                    <strong>{store().name}</strong>
                    <StoreFacts store={store()} />
                  </div>
                )}
              </Show>
              <div class="dialog-actions">
                <button type="button" class="btn" onClick={() => props.onClose()}>
                  Close
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={true}>
          <SkeletonRows rows={4} label="Loading the purchase" />
        </Match>
      </Switch>
    </Dialog>
  );
}
