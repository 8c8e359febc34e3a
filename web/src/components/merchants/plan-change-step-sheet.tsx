// One person's step on a plan change, with their note: engineering approves (assigning models to new
// endpoints that have none), finance approves (the money is posted then), sales sets the release
// time, the stage's person sends it back with a reason, sales resubmits or cancels a returned one.
import { createResource, createSignal, For, Show } from "solid-js";
import type { PlanChange } from "../../../../core/protocol/merchant-answers";
import { exactTime, formatCents } from "../../lib/format";
import { localDateTime } from "../../lib/merchant-inputs";
import { merchantsApi } from "../../lib/merchants-api";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

export type StepKind = "approve" | "schedule" | "send-back" | "resubmit" | "cancel";
const TITLES: Record<StepKind, [string, string]> = {
  approve: ["Approve this stage", "Approve"],
  schedule: ["Set the release time", "Schedule release"],
  "send-back": ["Send back to sales", "Send back"],
  resubmit: ["Resubmit to engineering", "Resubmit"],
  cancel: ["Cancel the request", "Cancel request"],
};

export function StepSheet(props: MerchantPanelProps & { request: PlanChange; kind: StepKind; onClose: () => void }) {
  const r = () => props.request;
  const engineering = () => props.kind === "approve" && r().stage === "engineering";
  const [catalogue] = createResource(engineering, () => merchantsApi.models());
  const adds = () =>
    r().endpointChanges.flatMap((c, i) =>
      c.op === "add"
        ? [
            {
              ...c,
              ref: `new-${
                r()
                  .endpointChanges.slice(0, i)
                  .filter((x) => x.op === "add").length
              }`,
            },
          ]
        : [],
    );
  const [models, setModels] = createSignal<Record<string, string>>({});
  const [release, setRelease] = createSignal(localDateTime(Date.now() + 60 * 60_000));
  const versions = () =>
    (catalogue()?.models ?? []).flatMap((m) => m.versions.map((v) => ({ id: v.id, label: `${m.name} v${v.version} (${m.tier})` })));
  return (
    <CommandSheet
      open={true}
      title={TITLES[props.kind][0]}
      submitLabel={TITLES[props.kind][1]}
      danger={props.kind === "cancel" || props.kind === "send-back"}
      lockToken={props.token}
      onClose={props.onClose}
      notePlaceholder={props.kind === "send-back" ? "What must change before it can go on" : "What you checked"}
      run={({ note, lockToken }) => {
        const step = props.kind === "schedule" ? "approve" : props.kind;
        const body = {
          lockToken,
          note,
          ...(props.kind === "schedule" ? { releaseAt: new Date(release()).getTime() } : {}),
          ...(engineering() ? { models: Object.entries(models()).map(([ref, modelVersionId]) => ({ ref, modelVersionId })) } : {}),
        };
        return merchantsApi.step(props.profile.merchant.id, r().id, step, body);
      }}
    >
      <p>
        {r().from.name} v{r().from.version} → {r().to.name} v{r().to.version} ({r().to.modelTier} models)
      </p>
      <Show when={engineering() && adds().length > 0}>
        <For each={adds()}>
          {(add) => (
            <div class="field">
              <label for={`pc-model-${add.ref}`}>Decision model for {add.name}</label>
              <select
                id={`pc-model-${add.ref}`}
                value={models()[add.ref] ?? add.modelVersionId ?? ""}
                onChange={(e) => setModels({ ...models(), [add.ref]: e.currentTarget.value })}
              >
                <option value="">Choose a model</option>
                <For each={versions()}>{(v) => <option value={v.id}>{v.label}</option>}</For>
              </select>
            </div>
          )}
        </For>
      </Show>
      <Show when={props.kind === "approve" && r().stage === "finance" && r().money}>
        {(money) => (
          <p class="notice notice-info">
            Approving {money().direction === "deposit" ? "deposits" : "withdraws"} {formatCents(money().amountCents)} on the merchant's
            balance now.
          </p>
        )}
      </Show>
      <Show when={props.kind === "schedule"}>
        <div class="field">
          <label for="pc-release">Release at (your time)</label>
          <input id="pc-release" type="datetime-local" step="1" value={release()} onInput={(e) => setRelease(e.currentTarget.value)} />
          <p class="hint">
            The plan switches at this moment, on its own, for everyone: {exactTime(new Date(release()).getTime() || Date.now())}.
          </p>
        </div>
      </Show>
    </CommandSheet>
  );
}
