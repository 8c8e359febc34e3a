// The FAQ on the profile: what the live caller asked the phone assistant (and what it answered), and
// a box to ask the knowledge base; each answer shows its article and version, and one tap puts it in
// a note. Answers are for this customer's products: a loan customer never sees a lease answer.
import { createEffect, createMemo, createResource, createSignal, For, on, onCleanup, Show } from "solid-js";
import { faqApi } from "../../lib/faq-api";
import { liveCaller } from "../../lib/live-caller";
import type { CustomerRoom } from "../../lib/room";
import { ErrorPanel } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";
import { FaqAnswerCard } from "./faq-answer";
import "../../styles/faq.css";

const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export function FaqPanel(props: { customerId: string; room: CustomerRoom }) {
  const caller = createMemo(() => liveCaller(props.room.feed(), Date.now()));
  const [open, setOpen] = createSignal(false);
  const [typed, setTyped] = createSignal("");
  const [asked, setAsked] = createSignal("");
  // A caller handed over by the phone assistant opens the panel on their question.
  createEffect(
    on(
      () => caller()?.callId,
      () => {
        const question = caller()?.question;
        if (!question) return;
        setOpen(true);
        setTyped(question);
        setAsked(question);
      },
    ),
  );
  // Asks once typing pauses.
  let timer: number | undefined;
  createEffect(
    on(typed, (text) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setAsked(text.trim()), 300);
    }),
  );
  onCleanup(() => window.clearTimeout(timer));
  const [answers, { refetch }] = createResource(
    () => asked() || null,
    (q) => faqApi.ask(q, props.customerId),
  );

  return (
    <section class="faq-panel" aria-labelledby={`faq-title-${props.customerId}`}>
      <details open={open()} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <strong id={`faq-title-${props.customerId}`}>Answers</strong>
          <span class="muted"> · approved FAQ for this customer's products</span>
          <Show when={caller()}>
            <span class="badge badge-warning faq-live">Caller waiting</span>
          </Show>
        </summary>
        <Show when={caller()}>
          {(c) => (
            <div class="faq-caller" role="status">
              <p>
                <strong>Caller asked:</strong> “{c().question ?? "nothing"}”
              </p>
              <p>
                <strong>Assistant answered:</strong> {c().answer ? `“${c().answer}”` : "nothing"}
                <span class="muted">
                  {" "}
                  · confidence {percent(c().confidence)} · {c().verified ? "verified caller" : "not verified"} ·{" "}
                  <RelativeTime at={c().at} />
                </span>
              </p>
            </div>
          )}
        </Show>
        <form
          class="faq-ask"
          onSubmit={(e) => {
            e.preventDefault();
            setAsked(typed().trim());
          }}
        >
          <label for={`faq-q-${props.customerId}`}>Ask the FAQ</label>
          <input
            id={`faq-q-${props.customerId}`}
            type="search"
            maxlength={500}
            placeholder="e.g. how does the early purchase option work"
            value={typed()}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </form>
        <Show when={answers.error}>
          <ErrorPanel error={answers.error} title="The FAQ could not answer" onRetry={() => void refetch()} />
        </Show>
        <Show when={!answers.error && answers()}>
          {(found) => (
            <div class="faq-results" aria-live="polite" aria-busy={answers.loading}>
              <Show when={found().corrected.length > 0}>
                <p class="hint">
                  Read as:{" "}
                  {found()
                    .corrected.map((c) => `${c.from} → ${c.to}`)
                    .join(", ")}
                </p>
              </Show>
              <Show when={found().decision === "hand-over"}>
                <p class="notice notice-warning">Not sure: check these against the customer's question before reading one out.</p>
              </Show>
              <Show when={found().decision === "choose-product"}>
                <p class="notice notice-info">The lease and loan answers differ: read the one for the product the customer asks about.</p>
              </Show>
              <Show
                when={found().answers.length > 0}
                fallback={<p class="muted">No approved article matches. Ask a lead, or suggest one for the knowledge base.</p>}
              >
                <ol class="faq-answers">
                  <For each={found().answers}>
                    {(a) => <FaqAnswerCard answer={a} customerId={props.customerId} question={found().question} />}
                  </For>
                </ol>
              </Show>
            </div>
          )}
        </Show>
      </details>
    </section>
  );
}
