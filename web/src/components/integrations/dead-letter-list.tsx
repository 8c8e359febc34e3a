// An endpoint's dead letters: events that kept failing, newest first. Inspect shows the event as
// the back end sent it; Replay puts it back in line once the cause is fixed.
import { createResource, createSignal, For, Show } from "solid-js";
import type { DeadLetterDetail } from "../../../../core/protocol/integration-answers";
import { integrationsApi } from "../../lib/integrations-api";
import { Dialog } from "../common/dialog";
import { EmptyState } from "../common/empty-state";
import { ErrorPanel } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";

export function DeadLetterList(props: { endpointId: string; onReplayed: () => void }) {
  const [letters, { refetch }] = createResource(
    () => props.endpointId,
    (id) => integrationsApi.deadLetters(id),
  );
  const [open, setOpen] = createSignal<DeadLetterDetail | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const inspect = async (eventId: string) => setOpen(await integrationsApi.deadLetter(props.endpointId, eventId));
  const replay = async (eventId: string) => {
    await integrationsApi.replay(props.endpointId, eventId);
    setMessage(`${eventId} is queued again`);
    setOpen(null);
    void refetch();
    props.onReplayed();
  };
  return (
    <section class="dead-letters" aria-label="Dead letters">
      <Show when={letters.error}>
        <ErrorPanel error={letters.error} title="Dead letters could not be loaded" onRetry={() => void refetch()} />
      </Show>
      <Show when={letters.latest}>
        {(list) => (
          <Show
            when={list().items.length > 0}
            fallback={<EmptyState title="No dead letters">Every event this back end sent was delivered or is on its way.</EmptyState>}
          >
            <ul class="record-list">
              <For each={list().items}>
                {(letter) => (
                  <li class="record">
                    <div class="record-head">
                      <strong>{letter.type}</strong>
                      <code>{letter.eventId}</code>
                      <span class="muted">
                        {letter.attempts} tries · <RelativeTime at={letter.receivedAt} />
                      </span>
                    </div>
                    <p class="record-meta">{letter.error ?? "no error recorded"}</p>
                    <div class="action-row">
                      <button type="button" class="btn btn-ghost" onClick={() => void inspect(letter.eventId)}>
                        Inspect
                      </button>
                      <button type="button" class="btn" onClick={() => void replay(letter.eventId)}>
                        Replay
                      </button>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <p class="notice" role="status" aria-live="polite" hidden={!message()}>
        {message()}
      </p>
      <Dialog open={open() !== null} title={`Dead letter ${open()?.eventId ?? ""}`} onClose={() => setOpen(null)}>
        <Show when={open()}>
          {(letter) => (
            <>
              <p class="muted">{letter().error}</p>
              <pre class="payload">{JSON.stringify(letter().payload, null, 2)}</pre>
              <div class="action-row">
                <button type="button" class="btn btn-primary" onClick={() => void replay(letter().eventId)}>
                  Replay
                </button>
              </div>
            </>
          )}
        </Show>
      </Dialog>
    </section>
  );
}
