// The agreement as the client reads it before signing: what they buy, what they pay, and the
// disclosures their product (lease or loan) requires.
import { For, Show } from "solid-js";
import { formatApr } from "../../../../core/domain/offers";
import type { AgreementDocumentView } from "../../../../core/protocol/agreements";
import { formatCents } from "../../lib/format";
import { ProductBadge } from "../product-badges";
import "../../styles/products.css";

export function AgreementDocument(props: { document: AgreementDocumentView }) {
  const doc = () => props.document;
  return (
    <article class="agreement-doc" classList={{ [`record-${doc().product}`]: true }}>
      <header>
        <ProductBadge product={doc().product} />
        <h1>{doc().title}</h1>
        <p class="hint">
          Prepared for {doc().preparedFor} · order {doc().orderNumber} · {doc().merchant}
        </p>
      </header>
      <table class="doc-table">
        <caption>What you are getting</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" class="num">
              Qty
            </th>
            <th scope="col" class="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={doc().items}>
            {(item) => (
              <tr>
                <td>{item.title}</td>
                <td class="num">{item.quantity}</td>
                <td class="num">{formatCents(item.lineTotalCents)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show
        when={doc().terms.product === "lease" ? doc().terms : null}
        fallback={
          <Show when={doc().terms.product === "loan" ? doc().terms : null}>
            {(t) => {
              const loan = t() as Extract<AgreementDocumentView["terms"], { product: "loan" }>;
              return (
                <dl class="facts terms">
                  <dt>Annual percentage rate</dt>
                  <dd class="num">{formatApr(loan.aprBps)}</dd>
                  <dt>Amount financed</dt>
                  <dd class="num">{formatCents(loan.principalCents)}</dd>
                  <dt>Finance charge</dt>
                  <dd class="num">{formatCents(loan.financeChargeCents)}</dd>
                  <dt>Total of payments</dt>
                  <dd class="num">{formatCents(loan.totalOfPaymentsCents)}</dd>
                  <dt>Payments</dt>
                  <dd class="num">
                    {loan.termMonths} monthly, first {formatCents(loan.paymentCents)}
                  </dd>
                </dl>
              );
            }}
          </Show>
        }
      >
        {(t) => {
          const lease = t() as Extract<AgreementDocumentView["terms"], { product: "lease" }>;
          return (
            <dl class="facts terms">
              <dt>Weekly payment</dt>
              <dd class="num">{formatCents(lease.paymentCents)}</dd>
              <dt>Number of payments</dt>
              <dd class="num">{lease.termPayments}</dd>
              <dt>Total cost to own</dt>
              <dd class="num">{formatCents(lease.totalCostCents)}</dd>
              <dt>Cash price</dt>
              <dd class="num">{formatCents(lease.cashPriceCents)}</dd>
              <dt>Early purchase today</dt>
              <dd class="num">{formatCents(lease.earlyPurchaseCents)}</dd>
            </dl>
          );
        }}
      </Show>
      <h2>Please read</h2>
      <ul class="disclosures">
        <For each={doc().disclosures}>{(line) => <li>{line}</li>}</For>
      </ul>
    </article>
  );
}
