// One invoice as a page to print (the print stylesheet hides everything but the invoice) or to
// download as CSV.
import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { calendarDate, formatCents } from "../lib/format";
import { merchantsApi } from "../lib/merchants-api";
import "../styles/merchants.css";
import "../styles/invoice-print.css";

const day = (ms: number) => calendarDate(new Date(ms).toISOString().slice(0, 10));

export default function MerchantInvoice() {
  const params = useParams();
  const [invoice, { refetch }] = createResource(
    () => [params.id ?? "", params.invoiceId ?? ""] as const,
    ([id, invoiceId]) => merchantsApi.invoice(id, invoiceId),
  );
  return (
    <div class="invoice-page">
      <div class="invoice-tools no-print">
        <A href={`/merchants/${params.id}?tab=invoices`} class="btn">
          Back to the merchant
        </A>
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          Print
        </button>
        <a class="btn" href={merchantsApi.invoiceCsvHref(params.id ?? "", params.invoiceId ?? "")} download="">
          Download CSV
        </a>
      </div>
      <Show
        when={!invoice.error}
        fallback={<ErrorPanel error={invoice.error} title="The invoice could not be loaded" onRetry={() => void refetch()} />}
      >
        <Show when={invoice()} fallback={<SkeletonRows rows={4} label="Loading the invoice" />}>
          {(inv) => (
            <article class="invoice-sheet" aria-label={`Invoice ${inv().invoice.number}`}>
              <header class="invoice-top">
                <div>
                  <p class="invoice-issuer">{inv().issuer}</p>
                  <h1>Invoice {inv().invoice.number}</h1>
                  <p>
                    {inv().invoice.kind === "proration" ? "Plan change, rest of the month" : "Monthly invoice"} · {inv().invoice.period}
                  </p>
                </div>
                <div class="invoice-status">
                  <span class="badge">{inv().invoice.status}</span>
                </div>
              </header>
              <section class="invoice-parties">
                <div>
                  <h2>Billed to</h2>
                  <p>
                    <strong>{inv().merchant.legalName}</strong>
                    <For each={inv().merchant.address}>
                      {(line) => (
                        <>
                          <br />
                          {line}
                        </>
                      )}
                    </For>
                  </p>
                </div>
                <dl>
                  <dt>Issued</dt>
                  <dd>{day(inv().invoice.issuedAt)}</dd>
                  <dt>Due</dt>
                  <dd>{day(inv().invoice.dueAt)}</dd>
                </dl>
              </section>
              <table class="invoice-lines">
                <thead>
                  <tr>
                    <th scope="col">Description</th>
                    <th scope="col" class="num">
                      Quantity
                    </th>
                    <th scope="col" class="num">
                      Unit price
                    </th>
                    <th scope="col" class="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={inv().lines}>
                    {(line) => (
                      <tr>
                        <td>{line.description}</td>
                        <td class="num">{line.quantity}</td>
                        <td class="num">{formatCents(line.unitCents)}</td>
                        <td class="num">{formatCents(line.amountCents)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      Total due (USD)
                    </th>
                    <td class="num invoice-total">{formatCents(inv().invoice.totalCents)}</td>
                  </tr>
                </tfoot>
              </table>
              <p class="invoice-foot">The merchant discount on settled sales is taken at each settlement and is not invoiced.</p>
            </article>
          )}
        </Show>
      </Show>
    </div>
  );
}
