// Send the agreement: the rules pick lease or loan (and say why); the signing link is shown once,
// here, for the rep to send to the client. Sending again replaces the old link.
import { createSignal, Show } from "solid-js";
import { type OrderDetail, ordersApi } from "../../lib/orders-api";
import { ProductBadge } from "../product-badges";
import { CommandSheet } from "./command-sheet";

export function AgreementSheet(props: { detail: OrderDetail; lockToken: number | null; onClose: () => void }) {
  const [link, setLink] = createSignal<string | null>(null);
  const [copied, setCopied] = createSignal(false);
  const choice = () => props.detail.financing.choice;
  const copy = async () => {
    const value = link();
    if (!value) return;
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
  };
  const shown = (value: string) => (
    <div class="sheet-form">
      <p class="notice notice-warning">
        Shown once. Send it to the client now (text or email); it is not stored and cannot be shown again.
      </p>
      <input class="secret" readOnly value={value} aria-label="Signing link" onFocus={(e) => e.currentTarget.select()} />
      <div class="dialog-actions">
        <button type="button" class="btn" onClick={() => void copy()}>
          {copied() ? "Copied" : "Copy link"}
        </button>
        <button type="button" class="btn btn-primary" onClick={() => props.onClose()}>
          Done
        </button>
      </div>
    </div>
  );
  return (
    <CommandSheet
      open
      title={link() ? "Signing link for the client" : "Send the agreement"}
      submitLabel="Create signing link"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => choice().product !== null}
      notePlaceholder="How the client will receive the link"
      run={(owned) => ordersApi.sendAgreement(props.detail.order.id, owned)}
      onDone={(result) => {
        const path = (result as { signingPath: string }).signingPath;
        setLink(`${location.origin}${path}`);
        return true;
      }}
      done={link() ? shown(link() ?? "") : undefined}
    >
      <Show
        when={choice().product}
        fallback={
          <p class="notice notice-warning">
            {choice().why}: {choice().blockers.join("; ")}
          </p>
        }
      >
        {(product) => (
          <p class="agreement-choice">
            <ProductBadge product={product()} /> {choice().why}.
          </p>
        )}
      </Show>
      <p class="hint">The link works once and expires in 3 days. Sending again replaces it.</p>
    </CommandSheet>
  );
}
