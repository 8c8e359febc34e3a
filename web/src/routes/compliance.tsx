// Compliance review: notes and the audit trail of the org, filtered by date range, person,
// customer and kind, with a CSV export of exactly what is shown (for quarterly review).
import { useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { EmptyState } from "../components/common/empty-state";
import { type TabSpec, Tabs } from "../components/common/tabs";
import { AuditVerify } from "../components/compliance/audit-verify";
import { QuarterlyReviews } from "../components/compliance/quarterly-reviews";
import { ReviewFiltersForm } from "../components/compliance/review-filters";
import { AuditRow, NoteRow, PagedResults } from "../components/compliance/review-results";
import { complianceApi, queryFor, type ReviewFilters, type ReviewTab } from "../lib/compliance-api";
import { displayZone } from "../lib/format";
import { createPaged } from "../lib/paged";
import { session } from "../lib/session";
import "../styles/admin.css";
import "../styles/compliance.css";
import { useTitle } from "../lib/title";

const TABS: readonly TabSpec<ReviewTab>[] = [
  { id: "notes", label: "Notes" },
  { id: "audit", label: "Audit log" },
];
const FILTER_NAMES = ["from", "to", "staffId", "customerId", "kind", "action", "outcome"] as const;

export default function Compliance() {
  useTitle(() => "Compliance review");
  const [params, setParams] = useSearchParams();
  const tab = (): ReviewTab => (params.tab === "audit" ? "audit" : "notes");
  const filters = (): ReviewFilters => {
    const out: ReviewFilters = {};
    for (const name of FILTER_NAMES) {
      const value = params[name];
      if (typeof value === "string" && value) out[name] = value;
    }
    return out;
  };
  const apply = (next: ReviewFilters) => setParams(Object.fromEntries(FILTER_NAMES.map((name) => [name, next[name] ?? undefined])));
  const key = () => `${tab()}${queryFor(tab(), filters())}`;
  const notes = createPaged(key, (offset) =>
    tab() === "notes" ? complianceApi.notes(filters(), offset) : Promise.resolve({ items: [], nextOffset: null }),
  );
  const audit = createPaged(key, (offset) =>
    tab() === "audit" ? complianceApi.audit(filters(), offset) : Promise.resolve({ items: [], nextOffset: null }),
  );

  return (
    <Show
      when={session.can("audit.read")}
      fallback={
        <EmptyState title="Compliance review only">
          <p class="muted">Reviewing notes and the audit log needs the compliance, director or admin role.</p>
        </EmptyState>
      }
    >
      <div class="review-page">
        <header class="admin-head">
          <div>
            <h1>Compliance review</h1>
            <p class="muted">
              Notes and every recorded action in {session.me()?.org.name}. Dates and times are on the org's clock ({displayZone()}).
            </p>
          </div>
          <Show when={session.can("audit.export")}>
            {/* rel="external": a file download from the server, not a client-side route. */}
            <a class="btn btn-primary" rel="external" download="" href={complianceApi.exportHref(tab(), filters())}>
              Export CSV
            </a>
          </Show>
        </header>
        <AuditVerify />
        <QuarterlyReviews tab={tab()} filters={filters()} />
        <ReviewFiltersForm tab={tab()} value={filters()} onApply={apply} />
        <Tabs label="What to review" tabs={TABS} selected={tab()} onSelect={(id) => setParams({ tab: id })}>
          <Show
            when={tab() === "notes"}
            fallback={
              <PagedResults list={audit} empty="No audit rows match these filters">
                {(row) => <AuditRow row={row} />}
              </PagedResults>
            }
          >
            <PagedResults list={notes} empty="No notes match these filters">
              {(note) => <NoteRow note={note} />}
            </PagedResults>
          </Show>
        </Tabs>
      </div>
    </Show>
  );
}
