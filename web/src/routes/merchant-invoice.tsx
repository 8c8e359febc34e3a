// One invoice as a page to print (the print stylesheet hides everything but the invoice) or to
// download as CSV.
import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { InvoiceSheet } from "../components/merchants/invoice-sheet";
import { merchantsApi } from "../lib/merchants-api";
import "../styles/merchants.css";
import "../styles/invoice-print.css";

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
          {(inv) => <InvoiceSheet detail={inv()} />}
        </Show>
      </Show>
    </div>
  );
}
