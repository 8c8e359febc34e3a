// Send the agreement: the rules pick lease or loan (and say why); Tandem texts or emails the signing
// link to the client's phone or email on file. The rep never sees the link: the client proves who
// they are with a code sent to that phone or email when they sign. Sending again replaces the link.
import { createSignal, For, Show } from "solid-js";
import type { AgreementSent, OrderDetail } from "../../../../core/protocol/order-answers";
import { ordersApi } from "../../lib/orders-api";
import { ProductBadge } from "../product-badges";
import { CommandSheet } from "./command-sheet";

const CHANNELS = [
  { value: "sms", label: "Text to the phone on file" },
  { value: "email", label: "Email to the address on file" },
] as const;

export function AgreementSheet(props: { detail: OrderDetail; lockToken: number | null; onClose: () => void }) {
  const [channel, setChannel] = createSignal<"sms" | "email">("sms");
  const [sent, setSent] = createSignal<AgreementSent | null>(null);
  const choice = () => props.detail.financing.choice;
  const outcome = (result: AgreementSent) => (
    <div class="sheet-form">
      <Show
        when={result.delivered}
        fallback={
          <p class="notice notice-warning" role="alert">
            The agreement is ready, but the message could not be sent. Try again in a moment; sending again replaces the link.
          </p>
        }
      >
        <p class="notice" role="status">
          Signing link sent {result.channel === "sms" ? "by text" : "by email"} to <strong>{result.sentTo ?? "the client"}</strong>. The
          client confirms with a code we send to the same {result.channel === "sms" ? "phone" : "address"}; you will see it here when they
          sign.
        </p>
      </Show>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={() => props.onClose()}>
          Done
        </button>
      </div>
    </div>
  );
  return (
    <CommandSheet
      open
      title={sent() ? "Agreement sent" : "Send the agreement"}
      submitLabel="Send signing link"
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => choice().product !== null}
      notePlaceholder="Why the client is signing now"
      run={(owned) => ordersApi.sendAgreement(props.detail.order.id, { ...owned, channel: channel() })}
      onDone={(result) => {
        setSent(result);
        return true;
      }}
      done={sent() ? outcome(sent() as AgreementSent) : undefined}
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
      <fieldset class="field choices">
        <legend>How the client gets the link</legend>
        <For each={CHANNELS}>
          {(option) => (
            <label class="choice">
              <input type="radio" name="agreement-channel" checked={channel() === option.value} onChange={() => setChannel(option.value)} />
              {option.label}
            </label>
          )}
        </For>
      </fieldset>
      <p class="hint">The link works once and expires in 3 days. Sending again replaces it.</p>
    </CommandSheet>
  );
}
