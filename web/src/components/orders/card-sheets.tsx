// One-time virtual cards: issue (the full number is shown once, here, to the owner who asked),
// cancel, or record that it placed the order.
import { createSignal, Show } from "solid-js";
import { parseCents } from "../../../../core/domain/money";
import type { CardIssued, CardView, OrderDetail } from "../../../../core/protocol/order-answers";
import { formatAmount, formatCents } from "../../lib/format";
import { ordersApi } from "../../lib/orders-api";
import { CommandSheet } from "./command-sheet";

export function IssueCardSheet(props: { detail: OrderDetail; lockToken: number | null; onClose: () => void }) {
  const [limit, setLimit] = createSignal(formatAmount(props.detail.order.totalCents));
  const [days, setDays] = createSignal("7");
  const [issued, setIssued] = createSignal<CardIssued["card"] | null>(null);
  // One key per attempt: a resend after a dropped reply never issues a second card.
  const clientId = crypto.randomUUID().replace(/-/g, "").slice(0, 24);
  const shown = (card: CardIssued["card"]) => (
    <div class="sheet-form">
      <Show
        when={card.number}
        fallback={<p class="notice notice-warning">This card was already issued; its number was shown once and cannot be shown again.</p>}
      >
        <p class="notice notice-warning">Shown once. Use it now to place the order; Tandem keeps only the last 4 digits.</p>
        <dl class="card-secret" aria-label="Card details">
          <dt>Number</dt>
          <dd class="secret">{card.number?.replace(/(\d{4})(?=\d)/g, "$1 ")}</dd>
          <dt>Expiry</dt>
          <dd class="secret">
            {String(card.expiryMonth).padStart(2, "0")}/{card.expiryYear}
          </dd>
          <dt>CVC</dt>
          <dd class="secret">{card.cvc}</dd>
          <dt>Limit</dt>
          <dd class="num">{formatCents(card.limitCents ?? 0)}</dd>
        </dl>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={() => props.onClose()}>
          Done, hide the number
        </button>
      </div>
    </div>
  );
  return (
    <CommandSheet
      open
      title={issued() ? "One-time card issued" : "Issue a one-time card"}
      submitLabel="Issue card"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => (parseCents(limit()) ?? 0) > 0}
      notePlaceholder="Why the order is placed by hand"
      run={(owned) =>
        ordersApi.issueCard(props.detail.order.id, {
          ...owned,
          limitCents: parseCents(limit()) ?? 0,
          expiresInDays: Number(days()),
          clientId,
        })
      }
      onDone={(result) => {
        setIssued(result.card);
        return true;
      }}
      done={issued() ? shown(issued() as CardIssued["card"]) : undefined}
    >
      <p class="hint">Single use, at {props.detail.order.merchant} only. Limit up to the order total plus 10% for tax and shipping.</p>
      <div class="field">
        <label for="card-limit">Limit (USD)</label>
        <input id="card-limit" inputMode="decimal" value={limit()} onInput={(e) => setLimit(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="card-days">Expires in (days)</label>
        <input id="card-days" type="number" min="1" max="30" value={days()} onInput={(e) => setDays(e.currentTarget.value)} />
      </div>
    </CommandSheet>
  );
}

export function CardActionSheet(props: {
  detail: OrderDetail;
  card: CardView;
  action: "cancel" | "used";
  lockToken: number | null;
  onClose: () => void;
}) {
  const [confirmation, setConfirmation] = createSignal("");
  const cancel = () => props.action === "cancel";
  return (
    <CommandSheet
      open
      danger={cancel()}
      title={cancel() ? `Cancel card ${props.card.number ?? ""}` : `Record the order placed with ${props.card.number ?? "the card"}`}
      submitLabel={cancel() ? "Cancel card" : "Mark used"}
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => cancel() || confirmation().trim() !== ""}
      run={(owned) =>
        cancel()
          ? ordersApi.cancelCard(props.detail.order.id, props.card.id, owned)
          : ordersApi.cardUsed(props.detail.order.id, props.card.id, { ...owned, confirmation: confirmation().trim() })
      }
    >
      <Show when={!cancel()}>
        <div class="field">
          <label for="card-confirmation">Merchant's order confirmation</label>
          <input id="card-confirmation" maxLength={60} value={confirmation()} onInput={(e) => setConfirmation(e.currentTarget.value)} />
        </div>
      </Show>
    </CommandSheet>
  );
}
