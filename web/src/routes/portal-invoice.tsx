// One invoice as the console shows it (the same printable sheet), to print or download as CSV.
import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { InvoiceSheet } from "../components/merchants/invoice-sheet";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";
import "../styles/invoice-print.css";

export default function PortalInvoice() {
  const params = useParams();
  const [invoice, { refetch }] = createResource(
    () => params.id ?? "",
    (id) => portalApi.invoice(id),
  );
  useTitle(() => (invoice() ? `Invoice ${invoice()?.invoice.number}` : "Invoice"));
  return (
    <div class="invoice-page">
      <div class="invoice-tools no-print">
        <A href="/portal/invoices" class="btn">
          ← Invoices
        </A>
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          Print
        </button>
        <a class="btn" href={portalApi.invoiceCsvHref(params.id ?? "")} download="">
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
