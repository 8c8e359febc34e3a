// Servicing tasks: record a payment, take a promise to pay, resolve a promise. Each carries the
// rep's note and needs ownership, like every change to the account.
import { createSignal, For } from "solid-js";
import { parseCents } from "../../../../core/domain/money";
import type { Product } from "../../../../core/domain/products";
import type { PromiseView } from "../../../../core/protocol/servicing-answers";
import { formatAmount, formatCents, orgToday } from "../../lib/format";
import { servicingApi } from "../../lib/servicing-api";
import { CommandSheet } from "../orders/command-sheet";

interface Target {
  customerId: string;
  product: Product;
  productId: string;
  label: string;
  lockToken: number | null;
  onClose: () => void;
}

export function PaymentSheet(props: Target & { suggestedCents: number }) {
  const [amount, setAmount] = createSignal(formatAmount(props.suggestedCents));
  const [method, setMethod] = createSignal("card");
  const cents = () => parseCents(amount());
  return (
    <CommandSheet
      open
      title={`Record a payment: ${props.label}`}
      submitLabel={`Post ${formatCents(cents() ?? 0)}`}
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => (cents() ?? 0) > 0}
      notePlaceholder="How the client paid, any confirmation number"
      run={(owned) =>
        servicingApi.pay(props.customerId, {
          ...owned,
          product: props.product,
          productId: props.productId,
          amountCents: cents() ?? 0,
          method: method(),
        })
      }
    >
      <div class="field">
        <label for="pay-amount">Amount (USD)</label>
        <input id="pay-amount" inputMode="decimal" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="pay-method">Method</label>
        <select id="pay-method" value={method()} onChange={(e) => setMethod(e.currentTarget.value)}>
          <For each={["card", "bank", "cash", "check"]}>{(m) => <option value={m}>{m[0]?.toUpperCase() + m.slice(1)}</option>}</For>
        </select>
      </div>
    </CommandSheet>
  );
}

export function PromiseSheet(props: Target & { suggestedCents: number }) {
  const [amount, setAmount] = createSignal(formatAmount(props.suggestedCents));
  const [date, setDate] = createSignal(orgToday());
  const cents = () => parseCents(amount());
  return (
    <CommandSheet
      open
      title={`Promise to pay: ${props.label}`}
      submitLabel="Record promise"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => (cents() ?? 0) > 0 && date() !== ""}
      notePlaceholder="What the client promised, in their words"
      run={(owned) =>
        servicingApi.promise(props.customerId, {
          ...owned,
          product: props.product,
          productId: props.productId,
          amountCents: cents() ?? 0,
          dueDate: date(),
        })
      }
    >
      <div class="field">
        <label for="promise-amount">Amount (USD)</label>
        <input id="promise-amount" inputMode="decimal" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="promise-date">Will pay by (within 30 days)</label>
        <input id="promise-date" type="date" min={orgToday()} value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
    </CommandSheet>
  );
}

export function ResolvePromiseSheet(props: { customerId: string; promise: PromiseView; lockToken: number | null; onClose: () => void }) {
  const [outcome, setOutcome] = createSignal<"kept" | "broken" | "cancelled" | null>(null);
  return (
    <CommandSheet
      open
      title={`Promise of ${formatCents(props.promise.amountCents)}`}
      submitLabel="Save outcome"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => outcome() !== null}
      run={(owned) => servicingApi.resolvePromise(props.customerId, props.promise.id, { ...owned, outcome: outcome() ?? "cancelled" })}
    >
      <fieldset class="choice-list">
        <legend>What happened</legend>
        <For each={["kept", "broken", "cancelled"] as const}>
          {(value) => (
            <label class="choice">
              <input type="radio" name="outcome" onChange={() => setOutcome(value)} />
              {value === "kept" ? "Kept: the client paid" : value === "broken" ? "Broken: no payment" : "Cancelled"}
            </label>
          )}
        </For>
      </fieldset>
    </CommandSheet>
  );
}
