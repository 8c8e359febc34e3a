// The merchant's invoices from us: the monthly plan fees (the discount on sales is taken at each
// settlement, not invoiced); each opens as a printable sheet with its CSV.
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { calendarDate, formatCents } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

const day = (ms: number) => calendarDate(new Date(ms).toISOString().slice(0, 10));
const STATUS: Record<string, string> = { open: "badge-warning", paid: "badge-success", void: "" };

export default function PortalInvoices() {
  useTitle(() => "Invoices");
  const [list, { refetch }] = createResource(() => portalApi.invoices());
  return (
    <section class="portal-invoices">
      <PortalHeading title="Invoices" lead="Your plan's monthly fees. Open one to print it or download it as CSV." />
      <Show when={!list.error} fallback={<ErrorPanel error={list.error} onRetry={() => void refetch()} />}>
        <Show when={list()} fallback={<SkeletonRows rows={3} label="Loading invoices" />}>
          <Show when={(list()?.items.length ?? 0) > 0} fallback={<EmptyState title="No invoices yet" />}>
            <ul class="portal-cards" aria-label="Invoices">
              <For each={list()?.items}>
                {(inv) => (
                  <li>
                    <A href={`/portal/invoices/${inv.id}`} class="portal-card card">
                      <div class="portal-card-top">
                        <strong>{inv.number}</strong>
                        <span class="num portal-amount">{formatCents(inv.totalCents)}</span>
                      </div>
                      <div class="portal-card-meta">
                        <span class={`badge ${STATUS[inv.status] ?? ""}`}>{inv.status}</span>
                        <span class="muted">{inv.kind === "proration" ? "Plan change" : `Month ${inv.period}`}</span>
                      </div>
                      <span class="muted portal-card-foot">
                        Issued {day(inv.issuedAt)} · due {day(inv.dueAt)}
                      </span>
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
