// The "Leases & loans" panel of a customer: every lease and loan with schedule, balance,
// delinquency and early purchase, and the servicing actions. Mount it with the account's current
// ownership: <LeasesLoansPanel customerId={id} lockToken={room.myLock()?.token ?? null}
// ownerName={room.owner()?.name ?? null} room={room} />. With `room`, it reloads live.
import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import type { LeaseView, LoanView, PromiseView } from "../../../../core/protocol/servicing-answers";
import { firstName } from "../../lib/format";
import type { CustomerRoom } from "../../lib/room";
import { servicingApi } from "../../lib/servicing-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { LeaseCard } from "./lease-card";
import { LoanCard } from "./loan-card";
import { OpenLoanSheet, PayoutSheet } from "./loan-sheets";
import { PaymentSheet, PromiseSheet, ResolvePromiseSheet } from "./servicing-sheets";
import "../../styles/products.css";
import type { StepLocation } from "../../../../core/domain/process-steps";
import { usePlace } from "../../lib/step-marker";

const SHEET_PLACE: Record<string, StepLocation> = { pay: "dialog.payment", promise: "dialog.promise", resolve: "dialog.promise-resolve" };

type Sheet =
  | { kind: "pay" | "promise"; product: "lease"; record: LeaseView }
  | { kind: "pay" | "promise"; product: "loan"; record: LoanView }
  | { kind: "resolve"; promise: PromiseView }
  | { kind: "open-loan" }
  | { kind: "payout"; loan: LoanView };

export interface LeasesLoansPanelProps {
  customerId: string;
  /** The rep's fencing token while they own the account; null otherwise (actions read-only). */
  lockToken: number | null;
  /** Who owns the account when it is not this rep, to say why actions are read-only. */
  ownerName: string | null;
  /** The customer's room: the panel reloads when a lease or loan changes anywhere. */
  room?: Pick<CustomerRoom, "onFrame">;
}

async function load(customerId: string) {
  const [leases, loans] = await Promise.all([servicingApi.leases(customerId), servicingApi.loans(customerId)]);
  return { leases: leases.items, loans: loans.items };
}

export function LeasesLoansPanel(props: LeasesLoansPanelProps) {
  const [data, { refetch }] = createResource(() => props.customerId, load);
  const [sheet, setSheet] = createSignal<Sheet | null>(null);
  // The process monitor's places: a payment, a promise, resolving one.
  usePlace(
    () => props.customerId,
    () => SHEET_PLACE[sheet()?.kind ?? ""] ?? null,
  );
  const off = props.room?.onFrame((frame) => {
    if (frame.type === "record-changed" && (frame.record === "lease" || frame.record === "loan" || frame.record === "order"))
      void refetch();
  });
  onCleanup(() => off?.());
  const canAct = () => props.lockToken !== null;
  const readOnly = () =>
    canAct()
      ? null
      : props.ownerName
        ? `Owned by ${firstName(props.ownerName)}: ask for a handoff to record payments or promises.`
        : "Take ownership to record payments or promises.";
  const close = () => {
    setSheet(null);
    void refetch();
  };
  const actions = (product: "lease" | "loan", record: LeaseView | LoanView) => ({
    canAct: canAct(),
    onPay: () => setSheet({ kind: "pay", product, record } as Sheet),
    onPromise: () => setSheet({ kind: "promise", product, record } as Sheet),
    onResolve: (promise: PromiseView) => setSheet({ kind: "resolve", promise }),
    ...(product === "loan" && session.can("loan.disburse")
      ? { onPayout: () => setSheet({ kind: "payout", loan: record as LoanView }) }
      : {}),
  });

  return (
    <section class="leases-loans" aria-label="Leases and loans">
      <Show when={readOnly()}>{(text) => <p class="hint read-only-hint">{text()}</p>}</Show>
      <Show when={session.can("loan.originate")}>
        <div class="tab-actions">
          <button type="button" class="btn btn-small" disabled={!canAct()} onClick={() => setSheet({ kind: "open-loan" })}>
            Open a direct-deposit loan
          </button>
        </div>
      </Show>
      <Switch>
        <Match when={data.error}>
          <ErrorPanel error={data.error} title="Leases and loans could not be loaded" onRetry={() => void refetch()} />
        </Match>
        <Match when={data.latest}>
          {(d) => (
            <Show
              when={d().leases.length + d().loans.length > 0}
              fallback={
                <EmptyState title="No leases or loans">A signed personal-shopper agreement or an approved order opens one here.</EmptyState>
              }
            >
              <div class="servicing-grid">
                <For each={d().leases}>{(lease) => <LeaseCard lease={lease} {...actions("lease", lease)} />}</For>
                <For each={d().loans}>{(loan) => <LoanCard loan={loan} {...actions("loan", loan)} />}</For>
              </div>
            </Show>
          )}
        </Match>
        <Match when={true}>
          <div class="skeleton skeleton-220" aria-busy="true" />
        </Match>
      </Switch>
      <Show when={sheet()}>
        {(open) => {
          const s = open();
          // Getters: a change of ownership updates the open sheet instead of re-creating it.
          const base = {
            customerId: props.customerId,
            get lockToken() {
              return props.lockToken;
            },
            onClose: close,
          };
          if (s.kind === "resolve") return <ResolvePromiseSheet {...base} promise={s.promise} />;
          if (s.kind === "open-loan") return <OpenLoanSheet {...base} />;
          if (s.kind === "payout") return <PayoutSheet {...base} loan={s.loan} />;
          const label =
            s.product === "lease" ? s.record.itemDescription : s.record.kind === "purchase" ? "purchase loan" : "direct-deposit loan";
          const target = { product: s.product, productId: s.record.id, label, suggestedCents: s.record.paymentCents };
          return s.kind === "pay" ? <PaymentSheet {...base} {...target} /> : <PromiseSheet {...base} {...target} />;
        }}
      </Show>
    </section>
  );
}
