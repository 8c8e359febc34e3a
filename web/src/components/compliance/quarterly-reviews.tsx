// Quarterly reviews: compliance marks a review done (the days reviewed, the filters on screen as its
// scope, a note); every reviewer sees who marked what, when. Recorded and audited by the server.
import { createResource, createSignal, For, Show } from "solid-js";
import { previousQuarter } from "../../../../core/domain/time-zone";
import { complianceApi, type ReviewFilters, type ReviewTab } from "../../lib/compliance-api";
import { calendarDate, exactTime, orgToday, titleCase } from "../../lib/format";
import { uid } from "../../lib/ids";
import { session } from "../../lib/session";
import { Dialog } from "../common/dialog";
import { errorParts } from "../common/error-panel";

function scopeText(scope: Record<string, string>): string {
  const parts = Object.entries(scope).map(([key, value]) => `${titleCase(key)}: ${value}`);
  return parts.length > 0 ? parts.join(" · ") : "Everything";
}

function SignOffDialog(props: { tab: ReviewTab; filters: ReviewFilters; onClose: () => void; onDone: () => void }) {
  const quarter = previousQuarter(orgToday());
  const [from, setFrom] = createSignal(props.filters.from?.slice(0, 10) || quarter.from);
  const [to, setTo] = createSignal(props.filters.to?.slice(0, 10) || quarter.to);
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const id = uid("review");
  const scope = () => {
    const { from: _f, to: _t, ...rest } = props.filters;
    return { tab: props.tab, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) } as Record<string, string>;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await complianceApi.signOff({ from: from(), to: to(), scope: scope(), note: note().trim() });
      props.onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open title="Mark the review done" onClose={props.onClose}>
      <form class="dialog-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for={`${id}-from`}>Reviewed from</label>
          <input id={`${id}-from`} type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-to`}>to</label>
          <input id={`${id}-to`} type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <p class="hint">Scope recorded with it: {scopeText(scope())}</p>
        <div class="field">
          <label for={`${id}-note`}>Findings (required)</label>
          <textarea id={`${id}-note`} required maxLength={4000} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <Show when={error()}>
          {(e) => (
            <p class="notice notice-error" role="alert">
              {errorParts(e()).message}. {errorParts(e()).advice} <code>{errorParts(e()).code}</code>
            </p>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={busy() || note().trim() === "" || !from() || !to()}>
            Mark done
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function QuarterlyReviews(props: { tab: ReviewTab; filters: ReviewFilters }) {
  const [reviews, { refetch }] = createResource(() => complianceApi.reviews());
  const [open, setOpen] = createSignal(false);
  return (
    <section class="panel quarterly-reviews" aria-labelledby="reviews-title">
      <header class="reviews-head">
        <h2 id="reviews-title">Quarterly reviews</h2>
        <Show when={session.can("review.sign_off")}>
          <button type="button" class="btn btn-small btn-primary" onClick={() => setOpen(true)}>
            Mark review done
          </button>
        </Show>
      </header>
      <Show when={(reviews() ?? []).length > 0} fallback={<p class="muted">No review marked done yet.</p>}>
        <ul class="review-list">
          <For each={reviews()}>
            {(r) => (
              <li>
                <strong>
                  {calendarDate(r.from)} – {calendarDate(r.to)}
                </strong>{" "}
                · {r.reviewerName}, {exactTime(r.reviewedAt)}
                <span class="muted review-scope">{scopeText(r.scope)}</span>
                <span class="review-note">{r.note}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={open()}>
        <SignOffDialog
          tab={props.tab}
          filters={props.filters}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            void refetch();
          }}
        />
      </Show>
    </section>
  );
}
