// The review's filters: date range, person, customer and kind (notes) or action and outcome
// (audit). They live in the URL, so a reviewer can share exactly what they are looking at.
import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { complianceApi, type ReviewFilters, type ReviewTab } from "../../lib/compliance-api";

const AUDIT_ACTIONS = [
  "customer.view",
  "note.add",
  "note.edit",
  "profile.update",
  "pii.reveal",
  "lock.grant",
  "lock.takeover",
  "auth.sign_in",
  "staff.update",
  "audit.export",
  "callback.schedule",
  "callback.complete",
  "loan.open",
  "loan.payout",
  "compliance.review",
];
const NOTE_ACTIONS = [
  "note.add",
  "customer.view",
  "pii.reveal",
  "profile.update",
  "lock.takeover",
  "note.edit",
  "prompt.dismiss",
  "callback.schedule",
  "callback.complete",
  "loan.open",
  "loan.payout",
];

export function ReviewFiltersForm(props: { tab: ReviewTab; value: ReviewFilters; onApply: (filters: ReviewFilters) => void }) {
  const [people] = createResource(() => complianceApi.people());
  const [draft, setDraft] = createSignal<ReviewFilters>({});
  createEffect(() => setDraft({ ...props.value }));
  const set = (key: keyof ReviewFilters) => (event: Event & { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    setDraft({ ...draft(), [key]: event.currentTarget.value.trim() || undefined });

  return (
    <form
      class="review-filters panel"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply(draft());
      }}
    >
      <div class="field">
        <label for="f-from">From</label>
        <input id="f-from" type="date" value={draft().from ?? ""} onChange={set("from")} />
      </div>
      <div class="field">
        <label for="f-to">To</label>
        <input id="f-to" type="date" value={draft().to ?? ""} onChange={set("to")} />
      </div>
      <div class="field">
        <label for="f-person">{props.tab === "notes" ? "Rep" : "Who"}</label>
        <select id="f-person" value={draft().staffId ?? ""} onChange={set("staffId")}>
          <option value="">Everyone</option>
          <For each={people() ?? []}>{(p) => <option value={p.id}>{p.name}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="f-customer">Customer id</label>
        <input
          id="f-customer"
          inputMode="text"
          placeholder="cus_0001"
          pattern="cus_\d{4,8}"
          value={draft().customerId ?? ""}
          onChange={set("customerId")}
        />
      </div>
      <Show when={props.tab === "notes"}>
        <div class="field">
          <label for="f-kind">Kind</label>
          <select id="f-kind" value={draft().kind ?? ""} onChange={set("kind")}>
            <option value="">Any kind</option>
            <option value="manual">Written by a rep</option>
            <option value="automatic">Automatic (viewed)</option>
            <option value="system">System</option>
          </select>
        </div>
      </Show>
      <div class="field">
        <label for="f-action">Action</label>
        <input id="f-action" list="f-actions" placeholder="Any action" value={draft().action ?? ""} onChange={set("action")} />
        <datalist id="f-actions">
          <For each={props.tab === "notes" ? NOTE_ACTIONS : AUDIT_ACTIONS}>{(a) => <option value={a} />}</For>
        </datalist>
      </div>
      <Show when={props.tab === "audit"}>
        <div class="field">
          <label for="f-outcome">Outcome</label>
          <select id="f-outcome" value={draft().outcome ?? ""} onChange={set("outcome")}>
            <option value="">Any outcome</option>
            <option value="success">Success</option>
            <option value="denied">Denied</option>
            <option value="failure">Failure</option>
          </select>
        </div>
      </Show>
      <div class="review-filter-actions">
        <button type="submit" class="btn btn-primary">
          Apply filters
        </button>
        <button type="button" class="btn" onClick={() => props.onApply({})}>
          Clear
        </button>
      </div>
    </form>
  );
}
