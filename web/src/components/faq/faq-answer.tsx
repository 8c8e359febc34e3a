// One approved answer in the FAQ panel: its title, product, article and version, how sure the engine
// is, the words to read out, and "Add to note", which records what the customer was told.
import { createSignal, Show } from "solid-js";
import type { FaqAnswer } from "../../../../core/protocol/faq-answers";
import { noteOutbox } from "../../lib/note-outbox";

const SCOPE_LABEL = { lease: "Lease", loan: "Loan", both: "Lease & loan", neither: "General" } as const;

/** Which product an article is written for, in the product's own colour. */
export function ScopeBadge(props: { scope: keyof typeof SCOPE_LABEL }) {
  return (
    <span class={`badge faq-scope ${props.scope === "lease" || props.scope === "loan" ? `badge-${props.scope}` : ""}`}>
      {SCOPE_LABEL[props.scope]}
    </span>
  );
}

/** The note a rep's one tap writes: which approved text the customer heard, and why. */
export function answerNote(answer: FaqAnswer, question: string): string {
  return `Answered from the FAQ: "${answer.title}" (article ${answer.articleId}, version ${answer.version}) to "${question}": ${answer.answer}`;
}

export function FaqAnswerCard(props: { answer: FaqAnswer; customerId: string; question: string }) {
  const [added, setAdded] = createSignal(false);
  const a = () => props.answer;
  return (
    <li class="faq-answer">
      <div class="faq-answer-head">
        <h3>{a().title}</h3>
        <ScopeBadge scope={a().scope} />
      </div>
      <p class="faq-answer-meta muted">
        Article {a().slug} · version {a().version} · {Math.round(a().confidence * 100)}% sure
      </p>
      <p class="faq-answer-text">{a().answer}</p>
      <div class="faq-answer-actions">
        <button
          type="button"
          class="btn"
          disabled={added()}
          onClick={() => {
            noteOutbox.add(props.customerId, answerNote(a(), props.question), "general");
            setAdded(true);
          }}
        >
          {added() ? "Added to notes" : "Add to note"}
        </button>
        <Show when={added()}>
          <span class="visually-hidden" role="status">
            The answer was added to the customer's notes.
          </span>
        </Show>
      </div>
    </li>
  );
}
