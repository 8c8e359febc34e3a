// The plan catalogue: every plan with its versions (fees, discount rate, minimum, endpoints, model
// tier). Admins change a plan by adding a version; merchants stay on the version they are on until
// a plan change moves them. Engineering also sees the decision models and their thresholds.
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import type { PlanCatalog } from "../../../core/protocol/merchant-answers";
import { Dialog } from "../components/common/dialog";
import { ErrorPanel, errorParts } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { exactTime, formatCents } from "../lib/format";
import { parseCents } from "../lib/merchant-inputs";
import { merchantsApi } from "../lib/merchants-api";
import { session } from "../lib/session";
import "../styles/orders.css";
import "../styles/order-forms.css";
import "../styles/merchants.css";

type Plan = PlanCatalog["plans"][number];

function VersionDialog(props: { plan: Plan; onClose: () => void; onSaved: () => void }) {
  const latest = props.plan.versions[0];
  const dollars = (cents: number | undefined) => ((cents ?? 0) / 100).toFixed(2);
  const [form, setForm] = createSignal({
    fee: dollars(latest?.monthlyFeeCents),
    perTx: dollars(latest?.transactionFeeCents),
    bps: String(latest?.discountRateBps ?? 0),
    minimum: dollars(latest?.monthlyMinimumCents),
    endpoints: String(latest?.includedEndpoints ?? 1),
    tier: latest?.modelTier ?? "standard",
    notes: "",
  });
  const [error, setError] = createSignal<unknown>(null);
  const set = (key: keyof ReturnType<typeof form>) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form(), [key]: e.currentTarget.value });
  async function save(event: SubmitEvent) {
    event.preventDefault();
    const f = form();
    try {
      await merchantsApi.addPlanVersion(props.plan.id, {
        monthlyFeeCents: parseCents(f.fee) ?? -1,
        transactionFeeCents: parseCents(f.perTx) ?? -1,
        discountRateBps: Number(f.bps),
        monthlyMinimumCents: parseCents(f.minimum) ?? -1,
        includedEndpoints: Number(f.endpoints),
        modelTier: f.tier,
        notes: f.notes,
      });
      props.onSaved();
    } catch (caught) {
      setError(caught);
    }
  }
  const field = (key: keyof ReturnType<typeof form>, label: string) => (
    <div class="field">
      <label for={`pv-${key}`}>{label}</label>
      <input id={`pv-${key}`} value={form()[key]} onInput={set(key)} />
    </div>
  );
  return (
    <Dialog open={true} title={`New version of ${props.plan.name}`} onClose={props.onClose}>
      <form class="sheet-form" onSubmit={(e) => void save(e)}>
        <div class="item-fields">
          {field("fee", "Monthly fee (USD)")}
          {field("perTx", "Per transaction (USD)")}
          {field("bps", "Discount rate (basis points)")}
          {field("minimum", "Monthly minimum (USD)")}
          {field("endpoints", "Endpoints included")}
          <div class="field">
            <label for="pv-tier">Decision models</label>
            <select id="pv-tier" value={form().tier} onChange={set("tier")}>
              <option value="standard">Standard</option>
              <option value="advanced">Advanced</option>
              <option value="custom">Custom</option>
            </select>
          </div>
        </div>
        <div class="field">
          <label for="pv-notes">What changed and why (required)</label>
          <textarea id="pv-notes" required value={form().notes} onInput={set("notes")} />
        </div>
        <Show when={error()}>
          {(e) => (
            <p class="notice notice-error">
              {errorParts(e()).message} <code>{errorParts(e()).code}</code>
            </p>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn btn-primary" disabled={form().notes.trim() === ""}>
            Save version
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export default function MerchantPlans() {
  const [catalogue, { refetch }] = createResource(() => merchantsApi.plans());
  const [models] = createResource(
    () => session.can("endpoint.manage"),
    () => merchantsApi.models(),
  );
  const [editing, setEditing] = createSignal<Plan | null>(null);
  return (
    <div class="orders-page plans-page">
      <header class="page-head">
        <div>
          <h1>Plans</h1>
          <p class="hint">A change to a plan is a new version; merchants move to it through a plan change.</p>
        </div>
        <A href="/merchants" class="btn">
          All merchants
        </A>
      </header>
      <Show when={!catalogue.error} fallback={<ErrorPanel error={catalogue.error} onRetry={() => void refetch()} />}>
        <Show when={catalogue()} fallback={<SkeletonRows rows={4} label="Loading the plans" />}>
          <div class="plan-grid">
            <For each={catalogue()?.plans}>
              {(plan) => (
                <section class="card plan-card">
                  <div class="request-head">
                    <h2>{plan.name}</h2>
                    <Show when={session.can("plan.manage")}>
                      <button type="button" class="btn" onClick={() => setEditing(plan)}>
                        New version
                      </button>
                    </Show>
                  </div>
                  <table class="statement">
                    <thead>
                      <tr>
                        <th scope="col">Version</th>
                        <th scope="col" class="num">
                          Monthly
                        </th>
                        <th scope="col" class="num">
                          Per tx
                        </th>
                        <th scope="col" class="num">
                          Discount
                        </th>
                        <th scope="col" class="num">
                          Minimum
                        </th>
                        <th scope="col" class="num">
                          Endpoints
                        </th>
                        <th scope="col">Models</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={plan.versions}>
                        {(v) => (
                          <tr title={`${v.notes} (${exactTime(v.createdAt)})`}>
                            <td>v{v.version}</td>
                            <td class="num">{formatCents(v.monthlyFeeCents)}</td>
                            <td class="num">{formatCents(v.transactionFeeCents)}</td>
                            <td class="num">{(v.discountRateBps / 100).toFixed(2)} %</td>
                            <td class="num">{formatCents(v.monthlyMinimumCents)}</td>
                            <td class="num">{v.includedEndpoints}</td>
                            <td>{v.modelTier}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              )}
            </For>
          </div>
        </Show>
      </Show>
      <Show when={models()}>
        {(m) => (
          <section class="card">
            <h2>Decision models</h2>
            <ul class="closed-list">
              <For each={m().models}>
                {(model) => (
                  <li>
                    <strong>{model.name}</strong> ({model.product}, {model.tier}):{" "}
                    {model.versions
                      .map(
                        (v) =>
                          `v${v.version} score ≥ ${v.thresholds.minScore}, up to ${formatCents(v.thresholds.maxAmountCents)}, ${v.thresholds.maxTermMonths} months`,
                      )
                      .join("; ")}
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Show>
      <Show when={editing()}>
        {(plan) => (
          <VersionDialog
            plan={plan()}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void refetch();
            }}
          />
        )}
      </Show>
    </div>
  );
}
