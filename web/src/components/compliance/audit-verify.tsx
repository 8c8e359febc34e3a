// "Is the audit log intact?": runs the server's verification of this org's streams and checkpoints
// against the anchor kept outside the database, and says what it found (and the anchor to keep).
import { createSignal, For, Show } from "solid-js";
import type { AuditVerdict } from "../../../../core/protocol/compliance-answers";
import { complianceApi } from "../../lib/compliance-api";
import { errorParts } from "../common/error-panel";

const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? "" : "s"}`;

export function AuditVerify() {
  const [verdict, setVerdict] = createSignal<AuditVerdict | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setVerdict(await complianceApi.verify());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel audit-verify" aria-labelledby="audit-verify-title">
      <div class="audit-verify-head">
        <h2 id="audit-verify-title">Audit log integrity</h2>
        <button type="button" class="btn" disabled={busy()} onClick={() => void run()}>
          {busy() ? "Verifying…" : "Verify now"}
        </button>
      </div>
      <Show when={error()}>
        {(e) => (
          <p class="notice notice-error" role="alert">
            {errorParts(e()).message}
          </p>
        )}
      </Show>
      <Show when={verdict()}>
        {(v) => (
          <div role="status">
            <p class={v().ok ? "notice" : "notice notice-error"}>
              {v().ok
                ? `Intact: ${count(v().rows, "row")} in ${count(v().streams, "stream")} and ${count(v().checkpoints, "checkpoint")} verified.`
                : `${count(v().problems.length, "problem")} found in ${count(v().rows, "row")}.`}
            </p>
            <ul class="audit-problems">
              <For each={v().problems}>{(p) => <li>{p.message}</li>}</For>
            </ul>
            <Show when={v().anchor}>
              {(a) => (
                <p class="hint">
                  Anchor (keep it to check an exported copy): <code>{`${a().orgId}:${a().seq}:${a().hash}`}</code>
                </p>
              )}
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
