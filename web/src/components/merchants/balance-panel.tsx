// The merchant's balance, summed from its ledger: what is available and held, a month's statement
// with the running balance, and, for finance, money posted in or out with a note.
import { createResource, createSignal, For, Show } from "solid-js";
import { exactTime, formatCents } from "../../lib/format";
import { parseCents } from "../../lib/merchant-inputs";
import { merchantsApi } from "../../lib/merchants-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

/** This month and the five before it, newest first ("2026-05"). */
function recentMonths(now = new Date()): string[] {
  return Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return d.toISOString().slice(0, 7);
  });
}
const KINDS = { deposit: "Deposit", withdrawal: "Withdrawal", credit: "Credit (adjustment)", debit: "Debit (adjustment)" } as const;

export function BalancePanel(props: MerchantPanelProps) {
  const [month, setMonth] = createSignal(recentMonths()[0] ?? "");
  const [statement, { refetch }] = createResource(
    () => [month(), props.store.version()] as const,
    ([m]) => merchantsApi.statement(props.profile.merchant.id, m),
  );
  const [posting, setPosting] = createSignal(false);
  const [kind, setKind] = createSignal<keyof typeof KINDS>("deposit");
  const [amount, setAmount] = createSignal("");
  const b = () => props.profile.balance;
  return (
    <div class="merchant-panel">
      <div class="fact-grid">
        <div class="fact-card">
          <span class="muted">Available</span>
          <span class="fact-big num">{formatCents(b().availableCents)}</span>
        </div>
        <div class="fact-card">
          <span class="muted">Held in reserve</span>
          <span class="fact-big num">{formatCents(b().reserveCents)}</span>
        </div>
        <div class="fact-card">
          <span class="muted">Total</span>
          <span class="fact-big num">{formatCents(b().totalCents)}</span>
        </div>
      </div>
      <div class="panel-head">
        <div class="field">
          <label for="st-month">Statement for</label>
          <select id="st-month" value={month()} onChange={(e) => setMonth(e.currentTarget.value)}>
            <For each={recentMonths()}>{(m) => <option value={m}>{m}</option>}</For>
          </select>
        </div>
        <Show when={session.can("ledger.post")}>
          <button type="button" class="btn btn-primary" onClick={() => setPosting(true)}>
            Post money
          </button>
        </Show>
      </div>
      <Show
        when={!statement.error}
        fallback={<ErrorPanel error={statement.error} title="The statement could not be loaded" onRetry={() => void refetch()} />}
      >
        <Show when={statement()} fallback={<SkeletonRows rows={3} label="Loading the statement" />}>
          {(s) => (
            <table class="statement">
              <caption>
                Opening balance <span class="num">{formatCents(s().openingCents)}</span> · closing{" "}
                <span class="num">{formatCents(s().closingCents)}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col" class="num">
                    Change
                  </th>
                  <th scope="col" class="num">
                    Balance
                  </th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={s().lines}
                  fallback={
                    <tr>
                      <td colSpan={4}>
                        <EmptyState title="No movements this month" />
                      </td>
                    </tr>
                  }
                >
                  {(line) => (
                    <tr>
                      <td>{exactTime(line.at)}</td>
                      <td>{line.memo}</td>
                      <td class="num" classList={{ negative: line.changeCents < 0 }}>
                        {formatCents(line.changeCents)}
                      </td>
                      <td class="num">{formatCents(line.balanceAfterCents)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Show>
      </Show>
      <CommandSheet
        open={posting()}
        title="Post money on the balance"
        submitLabel="Post"
        lockToken={props.token}
        onClose={() => setPosting(false)}
        valid={() => (parseCents(amount()) ?? 0) > 0}
        run={({ note, lockToken }) =>
          merchantsApi.post(props.profile.merchant.id, { lockToken, note, kind: kind(), amountCents: parseCents(amount()) ?? 0 })
        }
      >
        <div class="field">
          <label for="lp-kind">Kind</label>
          <select id="lp-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as keyof typeof KINDS)}>
            <For each={Object.entries(KINDS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="lp-amount">Amount (USD)</label>
          <input
            id="lp-amount"
            inputmode="decimal"
            placeholder="250.00"
            value={amount()}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
          <p class="hint">Available now: {formatCents(b().availableCents)}. Money out cannot exceed it.</p>
        </div>
      </CommandSheet>
    </div>
  );
}
