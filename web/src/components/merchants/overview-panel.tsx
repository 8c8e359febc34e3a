// The merchant's business, contacts, plan and settlement account (masked as the role's policy says),
// and, for sales, its details to edit.
import { createSignal, For, Show } from "solid-js";
import type { PresentedField } from "../../../../core/protocol/customer-view";
import { calendarDate, exactTime, formatCents } from "../../lib/format";
import { merchantsApi } from "../../lib/merchants-api";
import { session } from "../../lib/session";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

type MerchantStatus = MerchantPanelProps["profile"]["merchant"]["status"];

const Field = (props: { field: PresentedField | undefined }) => (
  <Show when={props.field} fallback={<span class="muted">Not shown to your role</span>}>
    {(f) => <span classList={{ masked: f().visibility === "masked" }}>{f().value ?? "—"}</span>}
  </Show>
);

export function OverviewPanel(props: MerchantPanelProps) {
  const m = () => props.profile.merchant;
  const plan = () => m().plan;
  const [editing, setEditing] = createSignal(false);
  const [website, setWebsite] = createSignal(m().website ?? "");
  const [status, setStatus] = createSignal(m().status);
  return (
    <div class="merchant-panel">
      <section class="card merchant-card">
        <div class="card-head">
          <h2>Business</h2>
          <Show when={session.can("merchant.edit")}>
            <button
              type="button"
              class="btn"
              title={props.token === null ? "Take ownership first" : undefined}
              onClick={() => setEditing(true)}
            >
              Edit details
            </button>
          </Show>
        </div>
        <dl class="facts">
          <dt>Legal name</dt>
          <dd>{m().legalName}</dd>
          <dt>Website</dt>
          <dd>{m().website ?? "—"}</dd>
          <dt>Address</dt>
          <dd>{[m().address.line1, m().address.city, m().address.state, m().address.postalCode].filter(Boolean).join(", ") || "—"}</dd>
          <dt>Region</dt>
          <dd>{m().region?.name ?? "—"}</dd>
          <dt>Account manager</dt>
          <dd>{m().accountManager?.name ?? "—"}</dd>
          <dt>Merchant since</dt>
          <dd>{calendarDate(new Date(m().onboardedAt).toISOString().slice(0, 10))}</dd>
        </dl>
      </section>
      <section class="card merchant-card" aria-labelledby="plan-title">
        <h2 id="plan-title">
          {plan().name} plan <span class="muted">v{plan().version}</span>
        </h2>
        <dl class="facts">
          <dt>Monthly fee</dt>
          <dd class="num">{formatCents(plan().monthlyFeeCents)}</dd>
          <dt>Per transaction</dt>
          <dd class="num">{formatCents(plan().transactionFeeCents)}</dd>
          <dt>Merchant discount</dt>
          <dd class="num">{(plan().discountRateBps / 100).toFixed(2)} %</dd>
          <dt>Monthly minimum</dt>
          <dd class="num">{formatCents(plan().monthlyMinimumCents)}</dd>
          <dt>Endpoints included</dt>
          <dd class="num">{plan().includedEndpoints}</dd>
          <dt>Decision models</dt>
          <dd>{plan().modelTier}</dd>
        </dl>
        <p class="hint">
          {plan().notes} · since {exactTime(plan().createdAt)}
        </p>
      </section>
      <section class="card merchant-card">
        <h2>Contacts</h2>
        <ul class="contact-list">
          <For each={m().contacts}>
            {(c) => (
              <li>
                <strong>{c.name}</strong> <span class="muted">{c.title ?? c.kind}</span>
                <br />
                <Field field={c.email} /> · <Field field={c.phone} />
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="card merchant-card">
        <h2>Settlement account</h2>
        <dl class="facts">
          <dt>Bank</dt>
          <dd>{m().settlement.bankName ?? "—"}</dd>
          <dt>Account</dt>
          <dd>
            <Field field={m().settlement.accountNumber} />
          </dd>
          <dt>Routing</dt>
          <dd>
            <Field field={m().settlement.routingNumber} />
          </dd>
        </dl>
      </section>
      <CommandSheet
        open={editing()}
        title="Edit merchant details"
        submitLabel="Save details"
        lockToken={props.token}
        onClose={() => setEditing(false)}
        run={({ note, lockToken }) =>
          merchantsApi.update(m().id, { lockToken, note, changes: { website: website().trim() || null, status: status() } })
        }
      >
        <div class="field">
          <label for="m-website">Website</label>
          <input id="m-website" type="url" value={website()} onInput={(e) => setWebsite(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="m-status">Status</label>
          <select id="m-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as MerchantStatus)}>
            <option value="onboarding">Onboarding</option>
            <option value="active">Active</option>
            <option value="paused">Paused</option>
            <option value="closed">Closed</option>
          </select>
        </div>
      </CommandSheet>
    </div>
  );
}
