// Personal shopper intake: the client called, or sent a link. The rep owns the account, notes the
// request, adds the items; the rules then say lease or loan, and the order page takes it from there.
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, For, Index, onCleanup, Show } from "solid-js";
import { OwnershipBar } from "../components/customer/ownership-bar";
import { CommandForm } from "../components/orders/command-form";
import { emptyItem, type ItemDraft, ItemFields, toShopperItem } from "../components/orders/item-fields";
import { ordersApi } from "../lib/orders-api";
import { createCustomerRoom } from "../lib/room";
import "../styles/customer.css";
import "../styles/orders.css";
import { usePlace } from "../lib/step-marker";
import { useTitle } from "../lib/title";

function Intake(props: { customerId: string }) {
  const room = createCustomerRoom(props.customerId);
  usePlace(
    () => props.customerId,
    () => "shopper.intake",
  );
  onCleanup(() => room.close());
  const navigate = useNavigate();
  const [source, setSource] = createSignal<"call" | "link">("call");
  const [merchant, setMerchant] = createSignal("");
  const [items, setItems] = createSignal<ItemDraft[]>([emptyItem()]);
  const clientId = crypto.randomUUID().replace(/-/g, "").slice(0, 24);
  const parsed = () => items().map(toShopperItem);
  const valid = () => merchant().trim() !== "" && parsed().every((item) => item !== null);
  const update = (index: number, draft: ItemDraft) => setItems((list) => list.map((d, i) => (i === index ? draft : d)));

  return (
    <div class="order-new">
      <A href="/orders" class="back-link">
        ← Orders
      </A>
      <h1>New personal-shopper order</h1>
      <p class="hint">
        For customer <A href={`/customers/${props.customerId}`}>{props.customerId}</A>. Take ownership, note the request, and add what the
        client wants.
      </p>
      <OwnershipBar room={room} />
      <CommandForm
        lockToken={room.myLock()?.token ?? null}
        submitLabel="Create order"
        valid={valid}
        run={async (owned) => {
          const created = await ordersApi.intake(props.customerId, {
            ...owned,
            source: source(),
            merchant: merchant().trim(),
            items: parsed().filter((item) => item !== null),
            clientId,
          });
          navigate(`/orders/${created.orderId}`);
        }}
      >
        <fieldset class="choice-list choice-row">
          <legend>The request came</legend>
          <For each={["call", "link"] as const}>
            {(value) => (
              <label class="choice">
                <input type="radio" name="source" checked={source() === value} onChange={() => setSource(value)} />
                {value === "call" ? "By phone" : "As a link from the client"}
              </label>
            )}
          </For>
        </fieldset>
        <div class="field">
          <label for="merchant">Merchant (where the rep will buy)</label>
          <input id="merchant" required maxLength={120} value={merchant()} onInput={(e) => setMerchant(e.currentTarget.value)} />
        </div>
        <Index each={items()}>
          {(draft, index) => <ItemFields legend={`Item ${index + 1}`} value={draft()} onChange={(next) => update(index, next)} />}
        </Index>
        <Show when={items().length < 10}>
          <button type="button" class="btn btn-ghost" onClick={() => setItems((list) => [...list, emptyItem()])}>
            + Another item
          </button>
        </Show>
      </CommandForm>
    </div>
  );
}

export default function OrderNew() {
  useTitle(() => "New personal-shopper order");
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = createSignal("");
  const customer = () => {
    const value = Array.isArray(params.customer) ? params.customer[0] : params.customer;
    return value && /^cus_\d{4,8}$/.test(value) ? value : null;
  };
  return (
    <Show
      when={customer()}
      keyed
      fallback={
        <form
          class="order-new panel"
          onSubmit={(e) => {
            e.preventDefault();
            setParams({ customer: typed().trim() });
          }}
        >
          <h1>New personal-shopper order</h1>
          <p class="hint">
            Which customer is it for? Find them with <A href="/search">Search</A>, or type their id.
          </p>
          <div class="field">
            <label for="customer-id">Customer id</label>
            <input
              id="customer-id"
              placeholder="cus_0001"
              pattern="cus_\d{4,8}"
              required
              value={typed()}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary">
            Continue
          </button>
        </form>
      }
    >
      {(id) => <Intake customerId={id} />}
    </Show>
  );
}
