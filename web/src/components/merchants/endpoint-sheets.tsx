// Engineering's endpoint tasks: add one or rotate its key (the key is shown once, here, and never
// again), or change the decision model that serves it (custom thresholds on custom-tier plans only).
import { createResource, createSignal, For, Show } from "solid-js";
import type { EndpointDetail } from "../../../../core/protocol/merchant-answers";
import { merchantsApi } from "../../lib/merchants-api";
import { CommandSheet } from "../orders/command-sheet";
import type { MerchantPanelProps } from "./panel-props";

const TIERS = { standard: 0, advanced: 1, custom: 2 } as const;

function KeyOnce(props: { keyText: string; onClose: () => void }) {
  return (
    <div class="sheet-form">
      <p class="notice notice-warning">
        Copy this key now and give it to the merchant's engineer. It is not stored and will not be shown again.
      </p>
      <p class="secret" data-testid="endpoint-key">
        {props.keyText}
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={() => props.onClose()}>
          I have copied it
        </button>
      </div>
    </div>
  );
}

export function EndpointSheets(
  props: MerchantPanelProps & { kind: "add" | "rotate" | "model"; endpoint?: EndpointDetail; planTier: string; onClose: () => void },
) {
  const [catalogue] = createResource(() => merchantsApi.models());
  const allowed = () =>
    (catalogue()?.models ?? [])
      .filter((m) => TIERS[m.tier] <= (TIERS[props.planTier as keyof typeof TIERS] ?? 0))
      .flatMap((m) => m.versions.map((v) => ({ id: v.id, label: `${m.name} v${v.version} (${m.tier}, ${m.product})` })));
  const [model, setModel] = createSignal(props.endpoint?.model.id ?? "");
  const [fields, setFields] = createSignal({ kind: "checkout", name: "", url: "https://" });
  const [key, setKey] = createSignal<string | null>(null);
  const id = () => props.profile.merchant.id;
  const modelField = (
    <div class="field">
      <label for="ep-model">Decision model</label>
      <select id="ep-model" value={model()} onChange={(e) => setModel(e.currentTarget.value)}>
        <option value="">Choose a model</option>
        <For each={allowed()}>{(v) => <option value={v.id}>{v.label}</option>}</For>
      </select>
      <p class="hint">
        The {props.profile.merchant.plan.name} plan allows {props.planTier} models and below.
      </p>
    </div>
  );
  return (
    <Show
      when={props.kind !== "model"}
      fallback={
        <CommandSheet
          open={true}
          title={`Decision model for ${props.endpoint?.name ?? ""}`}
          submitLabel="Change model"
          lockToken={props.token}
          onClose={props.onClose}
          valid={() => model() !== ""}
          run={({ note, lockToken }) =>
            merchantsApi.setModel(id(), props.endpoint?.id ?? "", { lockToken, note, modelVersionId: model(), thresholds: null })
          }
        >
          {modelField}
        </CommandSheet>
      }
    >
      <CommandSheet
        open={true}
        title={props.kind === "add" ? "Add an endpoint" : `New key for ${props.endpoint?.name ?? ""}`}
        submitLabel={props.kind === "add" ? "Add endpoint" : "Rotate key"}
        danger={props.kind === "rotate"}
        lockToken={props.token}
        onClose={props.onClose}
        valid={() => props.kind === "rotate" || (model() !== "" && fields().name.trim() !== "")}
        run={({ note, lockToken }) =>
          props.kind === "add"
            ? merchantsApi.addEndpoint(id(), { lockToken, note, ...fields(), modelVersionId: model() })
            : merchantsApi.rotateKey(id(), props.endpoint?.id ?? "", { lockToken, note })
        }
        onDone={(answer) => {
          setKey(answer.key);
          return true;
        }}
        done={key() ? <KeyOnce keyText={key() ?? ""} onClose={props.onClose} /> : undefined}
      >
        <Show when={props.kind === "rotate"}>
          <p class="notice notice-warning">The current key stops working the moment the new one is issued.</p>
        </Show>
        <Show when={props.kind === "add"}>
          <div class="field">
            <label for="ep-kind">Kind</label>
            <select id="ep-kind" value={fields().kind} onChange={(e) => setFields({ ...fields(), kind: e.currentTarget.value })}>
              <option value="checkout">Checkout</option>
              <option value="order_webhook">Order webhook</option>
              <option value="settlement_webhook">Settlement webhook</option>
            </select>
          </div>
          <div class="field">
            <label for="ep-name">Name</label>
            <input id="ep-name" value={fields().name} onInput={(e) => setFields({ ...fields(), name: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="ep-url">URL</label>
            <input id="ep-url" type="url" value={fields().url} onInput={(e) => setFields({ ...fields(), url: e.currentTarget.value })} />
          </div>
          {modelField}
        </Show>
      </CommandSheet>
    </Show>
  );
}
