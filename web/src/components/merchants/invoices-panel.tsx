// The merchant's invoices: each with its status, a printable page and CSV; finance issues a month's
// invoice once the month has ended, and marks one paid (from the balance) or void.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { InvoiceSummary } from "../../../../core/protocol/merchant-answers";
import { calendarDate, formatCents } from "../../lib/format";
import { merchantsApi } from "../../lib/merchants-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

const STATUS = { open: "badge-warning", paid: "badge-success", void: "" } as const;
const ended = () =>
  Array.from({ length: 6 }, (_, i) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1)).toISOString().slice(0, 7);
  });
const day = (ms: number) => calendarDate(new Date(ms).toISOString().slice(0, 10));

export function InvoicesPanel(props: MerchantPanelProps) {
  const id = () => props.profile.merchant.id;
  const [issuing, setIssuing] = createSignal(false);
  const [period, setPeriod] = createSignal(ended()[0] ?? "");
  const [marking, setMarking] = createSignal<{ invoice: InvoiceSummary; status: "paid" | "void" } | null>(null);
  const finance = session.can("invoice.manage");
  return (
    <div class="merchant-panel">
      <div class="panel-head">
        <h2>Invoices</h2>
        <Show when={finance}>
          <button type="button" class="btn btn-primary" onClick={() => setIssuing(true)}>
            Issue a month's invoice
          </button>
        </Show>
      </div>
      <Show
        when={props.profile.invoices.length > 0}
        fallback={<EmptyState title="No invoices yet">Invoices are issued after each month ends.</EmptyState>}
      >
        <ul class="invoice-list">
          <For each={props.profile.invoices}>
            {(inv) => (
              <li class="card invoice-row">
                <span>
                  <A href={`/merchants/${id()}/invoices/${inv.id}`}>{inv.number}</A>
                  <br />
                  <span class="muted">
                    {inv.kind === "proration" ? "Proration" : "Monthly"} · {inv.period} · due {day(inv.dueAt)}
                  </span>
                </span>
                <span class={`badge ${STATUS[inv.status]}`}>{inv.status}</span>
                <span class="num">{formatCents(inv.totalCents)}</span>
                <span class="invoice-actions">
                  <a class="btn btn-ghost" href={merchantsApi.invoiceCsvHref(id(), inv.id)} download="">
                    CSV
                  </a>
                  <Show when={finance && inv.status === "open"}>
                    <button type="button" class="btn" onClick={() => setMarking({ invoice: inv, status: "paid" })}>
                      Mark paid
                    </button>
                    <button type="button" class="btn btn-ghost" onClick={() => setMarking({ invoice: inv, status: "void" })}>
                      Void
                    </button>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <CommandSheet
        open={issuing()}
        title="Issue a month's invoice"
        submitLabel="Issue invoice"
        lockToken={props.token}
        onClose={() => setIssuing(false)}
        run={({ note, lockToken }) => merchantsApi.generateInvoice(id(), { lockToken, note, period: period() })}
      >
        <div class="field">
          <label for="inv-period">Month</label>
          <select id="inv-period" value={period()} onChange={(e) => setPeriod(e.currentTarget.value)}>
            <For each={ended()}>{(m) => <option value={m}>{m}</option>}</For>
          </select>
          <p class="hint">Plan fee, transaction fees and any top-up to the plan's minimum, from that month's usage.</p>
        </div>
      </CommandSheet>
      <Show when={marking()}>
        {(m) => (
          <CommandSheet
            open={true}
            title={`Mark ${m().invoice.number} ${m().status}`}
            submitLabel={m().status === "paid" ? "Mark paid" : "Void invoice"}
            danger={m().status === "void"}
            lockToken={props.token}
            onClose={() => setMarking(null)}
            run={({ note, lockToken }) => merchantsApi.invoiceStatus(id(), m().invoice.id, { lockToken, note, status: m().status })}
          >
            <p>
              {m().status === "paid"
                ? `${formatCents(m().invoice.totalCents)} is taken from the merchant's available balance.`
                : "A void invoice stays on record and is never billed."}
            </p>
          </CommandSheet>
        )}
      </Show>
    </div>
  );
}
