// Open a direct-deposit loan (the amount, the account it pays into, the rep's note) and pay one out
// (someone other than who opened it). Both need ownership, like every change to the account.
import { createSignal, Show } from "solid-js";
import { parseCents } from "../../../../core/domain/money";
import { formatApr } from "../../../../core/domain/offers";
import type { LoanView } from "../../../../core/protocol/servicing-answers";
import { formatCents } from "../../lib/format";
import { uid } from "../../lib/ids";
import { servicingApi } from "../../lib/servicing-api";
import { CommandSheet } from "../orders/command-sheet";

export function OpenLoanSheet(props: { customerId: string; lockToken: number | null; onClose: () => void }) {
  const [amount, setAmount] = createSignal("");
  const [otherAccount, setOtherAccount] = createSignal(false);
  const [account, setAccount] = createSignal("");
  const id = uid("loan");
  const cents = () => parseCents(amount());
  const accountOk = () => !otherAccount() || /^\d{4,17}$/.test(account().trim());
  return (
    <CommandSheet
      open
      title="Open a direct-deposit loan"
      submitLabel={`Open loan of ${formatCents(cents() ?? 0)}`}
      lockToken={props.lockToken}
      onClose={props.onClose}
      valid={() => (cents() ?? 0) >= 10_000 && accountOk()}
      notePlaceholder="What the client needs the money for, and how you checked the account"
      run={(owned) =>
        servicingApi.openLoan(props.customerId, {
          ...owned,
          principalCents: cents() ?? 0,
          ...(otherAccount() ? { accountNumber: account().trim() } : {}),
        })
      }
    >
      <div class="field">
        <label for={`${id}-amount`}>Amount (USD, at least $100.00)</label>
        <input id={`${id}-amount`} inputMode="decimal" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
        <p class="hint">The state's rules set the APR and the term; someone other than you pays it out.</p>
      </div>
      <fieldset class="choice-list">
        <legend>Pay out to</legend>
        <label class="choice">
          <input type="radio" name={`${id}-to`} checked={!otherAccount()} onChange={() => setOtherAccount(false)} />
          The bank account on file
        </label>
        <label class="choice">
          <input type="radio" name={`${id}-to`} checked={otherAccount()} onChange={() => setOtherAccount(true)} />
          Another account
        </label>
      </fieldset>
      <Show when={otherAccount()}>
        <div class="field">
          <label for={`${id}-account`}>Account number</label>
          <input
            id={`${id}-account`}
            inputMode="numeric"
            autocomplete="off"
            value={account()}
            onInput={(e) => setAccount(e.currentTarget.value)}
          />
        </div>
      </Show>
    </CommandSheet>
  );
}

export function PayoutSheet(props: { customerId: string; loan: LoanView; lockToken: number | null; onClose: () => void }) {
  const loan = () => props.loan;
  return (
    <CommandSheet
      open
      title={`Pay out ${formatCents(loan().principalCents)}`}
      submitLabel="Pay out"
      lockToken={props.lockToken}
      onClose={props.onClose}
      notePlaceholder="How the account and the client were verified"
      run={(owned) => servicingApi.payout(props.customerId, loan().id, owned)}
    >
      <dl class="facts">
        <dt>Terms</dt>
        <dd class="num">
          {formatApr(loan().aprBps)} APR · {loan().termMonths} months · {formatCents(loan().paymentCents)} monthly
        </dd>
        <dt>Paid into</dt>
        <dd class="masked">{loan().disbursementAccount?.value ?? "Hidden for your role"}</dd>
      </dl>
      <p class="hint">The first payment falls due a month after today; the schedule starts now.</p>
    </CommandSheet>
  );
}
