// A merchant's plan changes: each request with its stage, its age there, what it changes and its
// history; the step that is the signed-in person's to take (approve, send back, resubmit, cancel),
// and, for sales, a new request.
import { createSignal, For, Show } from "solid-js";
import { STAGE_LABELS, STAGE_ROLE } from "../../../../core/domain/plan-change";
import type { PlanChange } from "../../../../core/protocol/merchant-answers";
import { exactTime, formatCents } from "../../lib/format";
import { session } from "../../lib/session";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { StageBadge } from "./merchant-badges";
import type { MerchantPanelProps } from "./panel-props";
import { OpenPlanChangeSheet } from "./plan-change-open-sheet";
import { type StepKind, StepSheet } from "./plan-change-step-sheet";

const ACTION_WORDS: Record<string, string> = {
  open: "opened",
  approve: "approved",
  schedule: "scheduled the release",
  send_back: "sent it back",
  resubmit: "resubmitted",
  cancel: "cancelled",
  release: "released",
};

export function describeChanges(request: PlanChange): string[] {
  const lines = request.endpointChanges.map((c) =>
    c.op === "add" ? `Add endpoint “${c.name}”` : c.op === "remove" ? `Remove endpoint ${c.endpointId}` : `New model for ${c.endpointId}`,
  );
  if (request.money)
    lines.push(`${request.money.direction === "deposit" ? "Deposit" : "Withdraw"} ${formatCents(request.money.amountCents)}`);
  return lines;
}

function RequestCard(props: { request: PlanChange; onStep: (kind: StepKind) => void }) {
  const r = () => props.request;
  const mine = () => STAGE_ROLE[r().stage] === session.me()?.role && session.can("plan_change.approve");
  const canBack = () => mine() && ["engineering", "finance", "sales", "scheduled"].includes(r().stage);
  return (
    <li class="card request-card" data-stage={r().stage}>
      <div class="request-head">
        <strong>
          {r().from.name} v{r().from.version} → {r().to.name} v{r().to.version}
        </strong>
        <StageBadge stage={r().stage} />
      </div>
      <p class="muted">
        {STAGE_LABELS[r().stage]} since <RelativeTime at={r().stageSince} /> · opened by {r().openedBy.name}{" "}
        <RelativeTime at={r().openedAt} />
        {r().requestedBy ? ` · asked for by ${r().requestedBy} in the merchant portal` : ""}
      </p>
      <p>{r().reason}</p>
      <Show when={describeChanges(r()).length > 0}>
        <ul class="change-list">
          <For each={describeChanges(r())}>{(line) => <li>{line}</li>}</For>
        </ul>
      </Show>
      <Show when={r().releaseAt}>
        {(at) => (
          <p class="notice notice-info">
            {r().stage === "released" ? "Released" : "Releases"} {exactTime(r().releasedAt ?? at())} (
            <RelativeTime at={r().releasedAt ?? at()} />)
          </p>
        )}
      </Show>
      <Show when={r().returnedReason && r().stage === "returned"}>
        <p class="notice notice-warning">Sent back: {r().returnedReason}</p>
      </Show>
      <div class="request-actions">
        <Show when={mine() && ["engineering", "finance", "sales"].includes(r().stage)}>
          <button type="button" class="btn btn-primary" onClick={() => props.onStep(r().stage === "sales" ? "schedule" : "approve")}>
            {r().stage === "sales" ? "Set release time" : "Approve"}
          </button>
        </Show>
        <Show when={canBack()}>
          <button type="button" class="btn" onClick={() => props.onStep("send-back")}>
            Send back
          </button>
        </Show>
        <Show when={mine() && r().stage === "returned"}>
          <button type="button" class="btn btn-primary" onClick={() => props.onStep("resubmit")}>
            Resubmit
          </button>
          <button type="button" class="btn btn-danger" onClick={() => props.onStep("cancel")}>
            Cancel request
          </button>
        </Show>
      </div>
      <details class="request-history">
        <summary>History ({r().events.length})</summary>
        <ol>
          <For each={r().events}>
            {(e) => (
              <li>
                <strong>{e.actorName}</strong> ({e.role}) {ACTION_WORDS[e.action] ?? e.action} · <RelativeTime at={e.at} />
                <br />
                <span class="muted">{e.note}</span>
              </li>
            )}
          </For>
        </ol>
      </details>
    </li>
  );
}

export function PlanChangesPanel(props: MerchantPanelProps) {
  const [opening, setOpening] = createSignal(false);
  const [step, setStep] = createSignal<{ request: PlanChange; kind: StepKind } | null>(null);
  const requests = () => props.profile.planChanges;
  return (
    <div class="merchant-panel">
      <div class="panel-head">
        <h2>Plan changes</h2>
        <Show when={session.can("plan_change.open") && !requests().some((r) => !["released", "cancelled"].includes(r.stage))}>
          <button type="button" class="btn btn-primary" onClick={() => setOpening(true)}>
            Request a plan change
          </button>
        </Show>
      </div>
      <Show
        when={requests().length > 0}
        fallback={
          <EmptyState title="No plan changes">When the merchant asks to upgrade or downgrade, sales opens a request here.</EmptyState>
        }
      >
        <ul class="request-list">
          <For each={requests()}>{(request) => <RequestCard request={request} onStep={(kind) => setStep({ request, kind })} />}</For>
        </ul>
      </Show>
      <OpenPlanChangeSheet open={opening()} {...props} onClose={() => setOpening(false)} />
      <Show when={step()}>{(s) => <StepSheet request={s().request} kind={s().kind} {...props} onClose={() => setStep(null)} />}</Show>
    </div>
  );
}
