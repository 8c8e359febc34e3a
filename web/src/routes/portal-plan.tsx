// The merchant's plan: its fees in plain terms, the requests made and where each is, and asking for
// another plan (it starts the same three-stage approval staff run: engineering, finance, sales).
import { createResource, createSignal, For, Show } from "solid-js";
import type { PortalPlan } from "../../../core/protocol/portal-answers";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { ApiError } from "../lib/api";
import { dayAndTime, formatCents } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

type Version = PortalPlan["current"];
const percent = (bps: number) => `${(bps / 100).toFixed(2)}%`;

function Terms(props: { plan: Version }) {
  return (
    <dl class="portal-plan-terms">
      <dt>Monthly fee</dt>
      <dd>{formatCents(props.plan.monthlyFeeCents)}</dd>
      <dt>Per transaction</dt>
      <dd>{formatCents(props.plan.transactionFeeCents)}</dd>
      <dt>Discount on sales</dt>
      <dd>{percent(props.plan.discountRateBps)}</dd>
      <dt>Monthly minimum</dt>
      <dd>{formatCents(props.plan.monthlyMinimumCents)}</dd>
      <dt>Endpoints included</dt>
      <dd>{props.plan.includedEndpoints}</dd>
    </dl>
  );
}

export default function PortalPlanScreen() {
  useTitle(() => "Plan");
  const [plan, { refetch }] = createResource(() => portalApi.plan());
  const [choice, setChoice] = createSignal("");
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const open = () => plan()?.requests.some((r) => !["released", "cancelled"].includes(r.stage)) ?? false;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await portalApi.requestPlan(choice(), note());
      setSent(true);
      setNote("");
      await refetch();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The request could not be sent");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="portal-plan">
      <PortalHeading title="Plan" lead="What you pay us, and asking for another plan." />
      <Show when={!plan.error} fallback={<ErrorPanel error={plan.error} onRetry={() => void refetch()} />}>
        <Show when={plan()} fallback={<SkeletonRows rows={4} label="Loading your plan" />}>
          {(p) => (
            <div class="portal-grid">
              <section class="card" aria-labelledby="plan-now">
                <h2 id="plan-now">
                  {p().current.name} <span class="muted">(version {p().current.version})</span>
                </h2>
                <Terms plan={p().current} />
                <p class="muted portal-note">{p().current.notes}</p>
              </section>
              <section class="card" aria-labelledby="plan-change">
                <h2 id="plan-change">Request a plan change</h2>
                <Show when={sent()}>
                  <p class="notice" role="status">
                    Sent. Our engineers check it first, then finance, then your account manager approves it.
                  </p>
                </Show>
                <Show
                  when={!open()}
                  fallback={<p class="muted">A request is in progress (below); you can ask for another once it is finished.</p>}
                >
                  <form class="portal-form" onSubmit={(e) => void submit(e)}>
                    <div class="field">
                      <label for="plan-choice">New plan</label>
                      <select id="plan-choice" required value={choice()} onChange={(e) => setChoice(e.currentTarget.value)}>
                        <option value="">Choose a plan</option>
                        <For each={p().options}>
                          {(o) => (
                            <option value={o.id}>
                              {o.name}: {formatCents(o.monthlyFeeCents)} a month, {percent(o.discountRateBps)} on sales
                            </option>
                          )}
                        </For>
                      </select>
                    </div>
                    <div class="field">
                      <label for="plan-note">Why</label>
                      <textarea
                        id="plan-note"
                        required
                        minLength={3}
                        maxLength={1000}
                        value={note()}
                        onInput={(e) => setNote(e.currentTarget.value)}
                      />
                    </div>
                    <Show when={error()}>
                      <p class="notice notice-error" role="alert">
                        {error()}
                      </p>
                    </Show>
                    <button type="submit" class="btn btn-primary" disabled={busy()}>
                      Send the request
                    </button>
                  </form>
                </Show>
              </section>
              <section class="card" aria-labelledby="plan-requests">
                <h2 id="plan-requests">Your requests</h2>
                <Show when={p().requests.length > 0} fallback={<p class="muted">None yet.</p>}>
                  <ul class="portal-lines portal-ledger">
                    <For each={p().requests}>
                      {(r) => (
                        <li data-request={r.id}>
                          <span>
                            <strong>To {r.toPlan}</strong>
                            <br />
                            <span class="muted">
                              {r.stageWords} · asked {dayAndTime(r.openedAt)}
                              {r.requestedBy ? ` by ${r.requestedBy}` : ""}
                            </span>
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>
            </div>
          )}
        </Show>
      </Show>
    </section>
  );
}
