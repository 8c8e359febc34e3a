// What an order carries besides its items: one-time cards (last 4 only) and agreements with
// their signature records (time, IP, browser, the document's SHA-256).
import { For, Show } from "solid-js";
import type { AgreementView, CardView } from "../../../../core/protocol/order-answers";
import { dateOf, exactTime, formatCents } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { ProductBadge } from "../product-badges";

const CARD_TONE: Record<CardView["status"], string> = { issued: "success", used: "info", expired: "neutral", cancelled: "neutral" };
const SIGNING_LABEL: Record<AgreementView["state"], { tone: string; label: string }> = {
  open: { tone: "warning", label: "Waiting for the client" },
  used: { tone: "success", label: "Signed" },
  expired: { tone: "neutral", label: "Link expired" },
  revoked: { tone: "neutral", label: "Link replaced or withdrawn" },
};

export function OrderCards(props: { cards: CardView[]; canAct: boolean; onAction: (card: CardView, action: "cancel" | "used") => void }) {
  return (
    <ul class="record-list">
      <For each={props.cards}>
        {(card) => (
          <li class="record">
            <div class="record-head">
              <strong class="masked">{card.number ?? "Card"}</strong>
              <span class={`badge badge-${CARD_TONE[card.status]}`}>{card.status}</span>
              <span class="num record-amount">up to {formatCents(card.limitCents)}</span>
            </div>
            <p class="record-meta">
              {card.merchant} only · expires <time title={exactTime(card.expiresAt)}>{dateOf(card.expiresAt)}</time> · issued{" "}
              <RelativeTime at={card.createdAt} />
            </p>
            <Show when={card.status === "issued"}>
              <div class="item-actions">
                <button type="button" class="btn" disabled={!props.canAct} onClick={() => props.onAction(card, "used")}>
                  Mark used
                </button>
                <button type="button" class="btn btn-danger" disabled={!props.canAct} onClick={() => props.onAction(card, "cancel")}>
                  Cancel card
                </button>
              </div>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

export function OrderAgreements(props: { agreements: AgreementView[] }) {
  return (
    <ul class="record-list">
      <For each={props.agreements}>
        {(agreement) => (
          <li class="record" classList={{ [`record-${agreement.product}`]: true }}>
            <div class="record-head">
              <ProductBadge product={agreement.product} />
              <span class={`badge badge-${SIGNING_LABEL[agreement.state].tone}`}>{SIGNING_LABEL[agreement.state].label}</span>
              <span class="record-meta">
                sent <RelativeTime at={agreement.createdAt} />
              </span>
            </div>
            <Show
              when={agreement.signature}
              fallback={
                <p class="record-meta">
                  Link expires <time title={exactTime(agreement.expiresAt)}>{exactTime(agreement.expiresAt)}</time>
                </p>
              }
            >
              {(sig) => (
                <dl class="facts signature-facts">
                  <dt>Signed by</dt>
                  <dd>“{sig().name}”</dd>
                  <dt>When</dt>
                  <dd>{exactTime(sig().at)}</dd>
                  <dt>From</dt>
                  <dd>
                    {sig().ip ?? "unknown IP"} · <span class="muted">{sig().userAgent ?? "unknown browser"}</span>
                  </dd>
                </dl>
              )}
            </Show>
            <p class="hash" title="SHA-256 of the document as shown to the client">
              Document SHA-256 <code>{agreement.documentSha256}</code>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
