// One invoice as a printable sheet: the console's invoice page and the merchant portal's show the
// same sheet (the print stylesheet hides everything around it).
import { For } from "solid-js";
import type { InvoiceDetail } from "../../../../core/protocol/merchant-answers";
import { calendarDate, formatCents } from "../../lib/format";
import "../../styles/invoice-print.css";

const day = (ms: number) => calendarDate(new Date(ms).toISOString().slice(0, 10));

export function InvoiceSheet(props: { detail: InvoiceDetail }) {
  return (
    <article class="invoice-sheet" aria-label={`Invoice ${props.detail.invoice.number}`}>
      <header class="invoice-top">
        <div>
          <p class="invoice-issuer">{props.detail.issuer}</p>
          <h1>Invoice {props.detail.invoice.number}</h1>
          <p>
            {props.detail.invoice.kind === "proration" ? "Plan change, rest of the month" : "Monthly invoice"} ·{" "}
            {props.detail.invoice.period}
          </p>
        </div>
        <div class="invoice-status">
          <span class="badge">{props.detail.invoice.status}</span>
        </div>
      </header>
      <section class="invoice-parties">
        <div>
          <h2>Billed to</h2>
          <p>
            <strong>{props.detail.merchant.legalName}</strong>
            <For each={props.detail.merchant.address}>
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
          <dd>{day(props.detail.invoice.issuedAt)}</dd>
          <dt>Due</dt>
          <dd>{day(props.detail.invoice.dueAt)}</dd>
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
          <For each={props.detail.lines}>
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
            <td class="num invoice-total">{formatCents(props.detail.invoice.totalCents)}</td>
          </tr>
        </tfoot>
      </table>
      <p class="invoice-foot">The merchant discount on settled sales is taken at each settlement and is not invoiced.</p>
    </article>
  );
}
