// One order, live: it joins the customer's room (ownership bar, presence), reloads when the room
// says the order changed (a colleague's action, the client's signature), and offers the rep's
// tasks as sheets: status, attention, item review, items, agreement, one-time cards.
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import type { CardView, OrderDetail, OrderItem } from "../../../core/protocol/order-answers";
import { ErrorPanel } from "../components/common/error-panel";
import { OwnershipBar } from "../components/customer/ownership-bar";
import { AgreementSheet } from "../components/orders/agreement-sheet";
import { CardActionSheet, IssueCardSheet } from "../components/orders/card-sheets";
import { OrderHeader } from "../components/orders/order-header";
import { OrderItems } from "../components/orders/order-items";
import { OrderAgreements, OrderCards } from "../components/orders/order-records";
import { AddItemSheet, AttentionSheet, RemoveItemSheet, ReviewSheet, StatusSheet } from "../components/orders/order-sheets";
import { firstName } from "../lib/format";
import { ordersApi } from "../lib/orders-api";
import { createCustomerRoom } from "../lib/room";
import { createSyncStatus, SyncContext } from "../lib/sync-status";
import "../styles/customer.css";
import "../styles/order-forms.css";
import "../styles/orders.css";
import type { StepLocation } from "../../../core/domain/process-steps";
import { usePlace } from "../lib/step-marker";
import { useTitle } from "../lib/title";

type Sheet =
  | { kind: "status" | "attention" | "add-item" | "agreement" | "issue-card" }
  | { kind: "review" | "remove"; item: OrderItem }
  | { kind: "card"; card: CardView; action: "cancel" | "used" };

const SHEET_PLACE: Record<string, StepLocation> = {
  status: "dialog.order-status",
  agreement: "dialog.agreement",
  "issue-card": "dialog.card",
  card: "dialog.card",
};

const REVIEWABLE = ["submitted", "in_review", "approved"];
const AGREEMENT_FROM = ["submitted", "in_review", "approved", "awaiting_signature"];

function OrderWorkspace(props: { detail: OrderDetail; reload: () => void }) {
  const room = createCustomerRoom(props.detail.customer.id);
  const sync = createSyncStatus(() => props.detail.customer.id, room);
  const [sheet, setSheet] = createSignal<Sheet | null>(null);
  // The process monitor's places: this order's page, and the sheets that are steps of their own.
  usePlace(
    () => props.detail.customer.id,
    () => "order.detail",
  );
  usePlace(
    () => props.detail.customer.id,
    () => SHEET_PLACE[sheet()?.kind ?? ""] ?? null,
  );
  const [flash, setFlash] = createSignal(false);
  let timer: number | undefined;
  const off = room.onFrame((frame) => {
    if (frame.type !== "record-changed" || (frame.record !== "order" && frame.record !== "card")) return;
    if (frame.record === "order" && frame.id !== props.detail.order.id) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      props.reload();
      setFlash(true);
      window.setTimeout(() => setFlash(false), 1_600);
    }, 120);
  });
  onCleanup(() => {
    off();
    window.clearTimeout(timer);
    room.close();
  });

  const d = () => props.detail;
  const lockToken = () => room.myLock()?.token ?? null;
  const canAct = () => lockToken() !== null;
  const status = () => d().order.status;
  const shopper = () => d().order.channel === "personal_shopper";
  const hint = () => {
    const owner = room.owner();
    if (canAct()) return null;
    return owner ? `Owned by ${firstName(owner.name)}: ask for a handoff to act on this order.` : "Take ownership to act on this order.";
  };
  const close = () => setSheet(null);

  return (
    <div class="order-detail" classList={{ flash: flash() }}>
      <A href="/orders" class="back-link">
        ← Orders
      </A>
      <SyncContext.Provider value={sync}>
        <OrderHeader detail={d()} />
      </SyncContext.Provider>
      <OwnershipBar room={room} />
      <section class="order-actions" aria-label="Order actions">
        <Show when={hint()}>{(text) => <p class="hint read-only-hint">{text()}</p>}</Show>
        <div class="action-row">
          <button
            type="button"
            class="btn"
            disabled={!canAct() || d().nextStatuses.length === 0}
            onClick={() => setSheet({ kind: "status" })}
          >
            Change status
          </button>
          <button type="button" class="btn" disabled={!canAct()} onClick={() => setSheet({ kind: "attention" })}>
            {d().order.flagged ? "Clear attention flag" : "Flag for attention"}
          </button>
          <Show when={shopper() && REVIEWABLE.includes(status())}>
            <button type="button" class="btn" disabled={!canAct()} onClick={() => setSheet({ kind: "add-item" })}>
              Add item
            </button>
          </Show>
          <Show when={AGREEMENT_FROM.includes(status())}>
            <button type="button" class="btn btn-primary" disabled={!canAct()} onClick={() => setSheet({ kind: "agreement" })}>
              {status() === "awaiting_signature" ? "Send a new signing link" : "Send agreement"}
            </button>
          </Show>
          <Show when={status() === "funded"}>
            <button type="button" class="btn btn-primary" disabled={!canAct()} onClick={() => setSheet({ kind: "issue-card" })}>
              Issue one-time card
            </button>
          </Show>
        </div>
      </section>
      <section class="order-section" aria-labelledby="items-title">
        <h2 id="items-title">Items and compliance</h2>
        <OrderItems
          items={d().items}
          canAct={canAct()}
          reviewable={REVIEWABLE.includes(status())}
          removable={shopper() && REVIEWABLE.includes(status())}
          onReview={(item) => setSheet({ kind: "review", item })}
          onRemove={(item) => setSheet({ kind: "remove", item })}
        />
      </section>
      <Show when={d().agreements.length > 0}>
        <section class="order-section" aria-labelledby="agreements-title">
          <h2 id="agreements-title">Agreements</h2>
          <OrderAgreements agreements={d().agreements} />
        </section>
      </Show>
      <Show when={d().cards.length > 0}>
        <section class="order-section" aria-labelledby="cards-title">
          <h2 id="cards-title">One-time cards</h2>
          <OrderCards cards={d().cards} canAct={canAct()} onAction={(card, action) => setSheet({ kind: "card", card, action })} />
        </section>
      </Show>
      <Show when={sheet()}>
        {(open) => {
          const s = open();
          // Getters, not values: a reload of the order (the room says it changed) must not
          // re-create an open sheet, which would lose the rep's draft or a one-time secret.
          const base = {
            get detail() {
              return d();
            },
            get lockToken() {
              return lockToken();
            },
            onClose: close,
          };
          switch (s.kind) {
            case "status":
              return <StatusSheet {...base} />;
            case "attention":
              return <AttentionSheet {...base} />;
            case "add-item":
              return <AddItemSheet {...base} />;
            case "agreement":
              return <AgreementSheet {...base} />;
            case "issue-card":
              return <IssueCardSheet {...base} />;
            case "review":
              return <ReviewSheet {...base} item={s.item} />;
            case "remove":
              return <RemoveItemSheet {...base} item={s.item} />;
            case "card":
              return <CardActionSheet {...base} card={s.card} action={s.action} />;
          }
        }}
      </Show>
    </div>
  );
}

export default function OrderDetailPage() {
  const params = useParams();
  const [detail, { refetch }] = createResource(
    () => params.id,
    (id) => ordersApi.detail(id),
  );
  useTitle(() => {
    const loaded = detail.latest;
    return loaded ? `Order ${loaded.order.number} - ${loaded.customer.name}` : "Order";
  });
  return (
    <Switch>
      <Match when={detail.error}>
        <ErrorPanel error={detail.error} title="This order could not be loaded" onRetry={() => void refetch()} />
      </Match>
      <Match when={detail.latest}>
        {(loaded) => (
          <Show when={loaded().customer.id} keyed>
            <OrderWorkspace detail={loaded()} reload={() => void refetch()} />
          </Show>
        )}
      </Match>
      <Match when={true}>
        <div class="skeleton-rows" aria-busy="true">
          <div class="skeleton skeleton-80" />
          <div class="skeleton skeleton-160" />
        </div>
      </Match>
    </Switch>
  );
}
