// The merchant's agreements and their versions; sales records a new version (the active one is
// superseded the day before it takes effect).
import { createSignal, For, Show } from "solid-js";
import { calendarDate } from "../../lib/format";
import { merchantsApi } from "../../lib/merchants-api";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

const STATUS = { active: "badge-success", draft: "badge-info", superseded: "", terminated: "badge-danger" } as const;

export function ContractsPanel(props: MerchantPanelProps) {
  const [adding, setAdding] = createSignal(false);
  const [title, setTitle] = createSignal("Merchant agreement");
  const [from, setFrom] = createSignal(new Date().toISOString().slice(0, 10));
  const [summary, setSummary] = createSignal("");
  return (
    <div class="merchant-panel">
      <div class="panel-head">
        <h2>Contracts</h2>
        <Show when={session.can("contract.manage")}>
          <button type="button" class="btn btn-primary" onClick={() => setAdding(true)}>
            New version
          </button>
        </Show>
      </div>
      <Show when={props.profile.contracts.length > 0} fallback={<EmptyState title="No contracts on file" />}>
        <ul class="request-list">
          <For each={props.profile.contracts}>
            {(c) => (
              <li class="card">
                <div class="request-head">
                  <strong>
                    {c.title} v{c.version}
                  </strong>
                  <span class={`badge ${STATUS[c.status]}`}>{c.status}</span>
                </div>
                <p class="muted">
                  In effect from {calendarDate(c.effectiveFrom)}
                  {c.effectiveTo ? ` to ${calendarDate(c.effectiveTo)}` : ""}
                </p>
                <p>{c.summary}</p>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <CommandSheet
        open={adding()}
        title="New contract version"
        submitLabel="Record version"
        lockToken={props.token}
        onClose={() => setAdding(false)}
        valid={() => title().trim() !== "" && summary().trim() !== ""}
        run={({ note, lockToken }) =>
          merchantsApi.addContract(props.profile.merchant.id, {
            lockToken,
            note,
            title: title().trim(),
            effectiveFrom: from(),
            summary: summary().trim(),
          })
        }
      >
        <div class="field">
          <label for="ct-title">Agreement</label>
          <input id="ct-title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ct-from">In effect from</label>
          <input id="ct-from" type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ct-summary">What changed</label>
          <textarea id="ct-summary" value={summary()} onInput={(e) => setSummary(e.currentTarget.value)} />
        </div>
      </CommandSheet>
    </div>
  );
}
