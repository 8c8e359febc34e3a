// The fields of one requested item (from a call, or the link the client sent). The price is
// typed as money and read as exact integer cents.
import { For } from "solid-js";
import { parseCents } from "../../../../core/domain/money";
import { CATEGORY_RULES, ITEM_CATEGORIES, type ItemCategory } from "../../../../core/domain/products";
import type { ShopperItem } from "../../../../core/protocol/order-commands";
import { uid } from "../../lib/ids";
import "../../styles/order-forms.css";

export interface ItemDraft {
  url: string;
  title: string;
  price: string;
  quantity: string;
  category: ItemCategory;
  vendorName: string;
  notes: string;
}

export const emptyItem = (): ItemDraft => ({
  url: "",
  title: "",
  price: "",
  quantity: "1",
  category: "electronics",
  vendorName: "",
  notes: "",
});

/** The item to send, or null while a field is missing or not a valid amount. */
export function toShopperItem(draft: ItemDraft): ShopperItem | null {
  const priceCents = parseCents(draft.price);
  const quantity = Number(draft.quantity);
  if (!draft.title.trim() || priceCents === null || priceCents <= 0 || !Number.isInteger(quantity) || quantity < 1 || quantity > 20)
    return null;
  return {
    title: draft.title.trim(),
    url: draft.url.trim() || null,
    priceCents,
    quantity,
    category: draft.category,
    vendorName: draft.vendorName.trim() || null,
    notes: draft.notes.trim() || null,
  };
}

export function ItemFields(props: { value: ItemDraft; onChange: (draft: ItemDraft) => void; legend: string }) {
  const id = uid("item");
  const set = (patch: Partial<ItemDraft>) => props.onChange({ ...props.value, ...patch });
  const priceBad = () => props.value.price !== "" && parseCents(props.value.price) === null;
  return (
    <fieldset class="item-fields">
      <legend>{props.legend}</legend>
      <div class="field field-wide">
        <label for={`${id}-url`}>Link the client sent (optional)</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={props.value.url}
          onInput={(e) => set({ url: e.currentTarget.value })}
        />
      </div>
      <div class="field field-wide">
        <label for={`${id}-title`}>Item</label>
        <input id={`${id}-title`} required value={props.value.title} onInput={(e) => set({ title: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for={`${id}-price`}>Price each</label>
        <input
          id={`${id}-price`}
          required
          inputMode="decimal"
          placeholder="$0.00"
          aria-invalid={priceBad()}
          value={props.value.price}
          onInput={(e) => set({ price: e.currentTarget.value })}
        />
        <p class="field-error" hidden={!priceBad()}>
          Type an amount like 1,299.00
        </p>
      </div>
      <div class="field">
        <label for={`${id}-qty`}>Quantity</label>
        <input
          id={`${id}-qty`}
          type="number"
          min="1"
          max="20"
          value={props.value.quantity}
          onInput={(e) => set({ quantity: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-category`}>Kind of goods</label>
        <select
          id={`${id}-category`}
          value={props.value.category}
          onChange={(e) => set({ category: e.currentTarget.value as ItemCategory })}
        >
          <For each={ITEM_CATEGORIES}>{(c) => <option value={c}>{CATEGORY_RULES[c].label}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-vendor`}>Vendor (defaults to the merchant)</label>
        <input id={`${id}-vendor`} value={props.value.vendorName} onInput={(e) => set({ vendorName: e.currentTarget.value })} />
      </div>
      <div class="field field-wide">
        <label for={`${id}-notes`}>Client's notes (size, colour…)</label>
        <input id={`${id}-notes`} value={props.value.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </div>
    </fieldset>
  );
}
