// Sales opens a plan change: the plan to move to, endpoints to add or remove, and money to deposit
// or withdraw. The note is the merchant's reason; engineering checks it next.
import { createResource, createSignal, For, Show } from "solid-js";
import type { EndpointChange } from "../../../../core/protocol/merchant-commands";
import { formatCents } from "../../lib/format";
import { parseCents } from "../../lib/merchant-inputs";
import { merchantsApi } from "../../lib/merchants-api";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

export function OpenPlanChangeSheet(props: MerchantPanelProps & { open: boolean; onClose: () => void }) {
  const [catalogue] = createResource(
    () => props.open,
    () => merchantsApi.plans(),
  );
  const current = () => props.profile.merchant.plan.id;
  const choices = () =>
    (catalogue()?.plans ?? []).flatMap((p) =>
      p.status === "active" && p.versions[0] && p.versions[0].id !== current() ? [p.versions[0]] : [],
    );
  const [target, setTarget] = createSignal("");
  const [adding, setAdding] = createSignal(false);
  const [endpoint, setEndpoint] = createSignal({ kind: "checkout", name: "", url: "https://" });
  const [removing, setRemoving] = createSignal<string[]>([]);
  const [direction, setDirection] = createSignal<"none" | "deposit" | "withdraw">("none");
  const [amount, setAmount] = createSignal("");
  const changes = (): EndpointChange[] => [
    ...(adding()
      ? [{ op: "add" as const, kind: endpoint().kind as "checkout", name: endpoint().name.trim(), url: endpoint().url.trim() }]
      : []),
    ...removing().map((endpointId) => ({ op: "remove" as const, endpointId })),
  ];
  const money = () => {
    const cents = parseCents(amount());
    return direction() === "none" || cents === null || cents <= 0
      ? null
      : { direction: direction() as "deposit" | "withdraw", amountCents: cents };
  };
  const valid = () =>
    (target() || choices()[0]?.id) !== undefined &&
    (direction() === "none" || money() !== null) &&
    (!adding() || endpoint().name.trim().length > 0);
  return (
    <CommandSheet
      open={props.open}
      title="Request a plan change"
      submitLabel="Send to engineering"
      lockToken={props.token}
      onClose={props.onClose}
      valid={valid}
      notePlaceholder="Why the merchant asks for it"
      run={({ note, lockToken }) =>
        merchantsApi.openPlanChange(props.profile.merchant.id, {
          lockToken,
          note,
          toPlanVersionId: target() || choices()[0]?.id || "",
          endpointChanges: changes(),
          money: money(),
        })
      }
    >
      <div class="field">
        <label for="pc-plan">New plan</label>
        <select id="pc-plan" value={target() || choices()[0]?.id || ""} onChange={(e) => setTarget(e.currentTarget.value)}>
          <For each={choices()}>
            {(v) => (
              <option value={v.id}>
                {v.name} v{v.version}: {formatCents(v.monthlyFeeCents)} a month, {v.includedEndpoints} endpoints, {v.modelTier} models
              </option>
            )}
          </For>
        </select>
        <p class="hint">
          Now on {props.profile.merchant.plan.name} v{props.profile.merchant.plan.version} (
          {formatCents(props.profile.merchant.plan.monthlyFeeCents)} a month).
        </p>
      </div>
      <fieldset class="choice-list">
        <legend>Endpoints</legend>
        <label class="choice">
          <input type="checkbox" checked={adding()} onChange={(e) => setAdding(e.currentTarget.checked)} /> Add an endpoint
        </label>
        <Show when={adding()}>
          <div class="item-fields">
            <div class="field">
              <label for="pc-kind">Kind</label>
              <select id="pc-kind" value={endpoint().kind} onChange={(e) => setEndpoint({ ...endpoint(), kind: e.currentTarget.value })}>
                <option value="checkout">Checkout</option>
                <option value="order_webhook">Order webhook</option>
                <option value="settlement_webhook">Settlement webhook</option>
              </select>
            </div>
            <div class="field">
              <label for="pc-name">Name</label>
              <input id="pc-name" value={endpoint().name} onInput={(e) => setEndpoint({ ...endpoint(), name: e.currentTarget.value })} />
            </div>
            <div class="field field-wide">
              <label for="pc-url">URL</label>
              <input
                id="pc-url"
                type="url"
                value={endpoint().url}
                onInput={(e) => setEndpoint({ ...endpoint(), url: e.currentTarget.value })}
              />
            </div>
          </div>
        </Show>
        <For each={props.profile.endpoints}>
          {(e) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={removing().includes(e.id)}
                onChange={(ev) => setRemoving((list) => (ev.currentTarget.checked ? [...list, e.id] : list.filter((id) => id !== e.id)))}
              />
              Remove {e.name}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset class="choice-list">
        <legend>Money on the balance</legend>
        <div class="choice-row">
          <For each={["none", "deposit", "withdraw"] as const}>
            {(d) => (
              <label class="choice">
                <input type="radio" name="pc-money" checked={direction() === d} onChange={() => setDirection(d)} />
                {d === "none" ? "None" : d === "deposit" ? "Deposit" : "Withdraw"}
              </label>
            )}
          </For>
        </div>
        <Show when={direction() !== "none"}>
          <div class="field">
            <label for="pc-amount">Amount (USD)</label>
            <input
              id="pc-amount"
              inputmode="decimal"
              value={amount()}
              placeholder="1,500.00"
              onInput={(e) => setAmount(e.currentTarget.value)}
            />
          </div>
        </Show>
      </fieldset>
    </CommandSheet>
  );
}
