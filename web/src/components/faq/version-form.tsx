// Writing an article version (and, for a new article, its name, topic and product): the title, the
// ways people ask, the answer, an optional personal answer for verified callers. Compliance's wording
// rules are checked as the author types, so a version that could never be approved says why at once.
import { createMemo, createSignal, For, Show } from "solid-js";
import { textProblems } from "../../../../core/domain/faq/review";
import type { ProductScope } from "../../../../core/domain/faq/scope";
import { TEMPLATE_FIELDS } from "../../../../core/domain/faq/templates";
import type { FaqVersionBody } from "../../../../core/protocol/faq";
import { uid } from "../../lib/ids";

export interface VersionDraft {
  title: string;
  questions: string[];
  answer: string;
  template: string | null;
}

export interface ArticleFields {
  slug: string;
  topic: string;
  scope: ProductScope;
  pairKey: string | null;
}

const SCOPES: { id: ProductScope; label: string }[] = [
  { id: "lease", label: "Lease only" },
  { id: "loan", label: "Loan only" },
  { id: "both", label: "Lease and loan" },
  { id: "neither", label: "General (no product)" },
];

export function VersionForm(props: {
  /** The article's product when it exists; a new article picks one here. */
  scope?: ProductScope;
  start: VersionDraft;
  submitLabel: string;
  onSubmit: (body: FaqVersionBody, article: ArticleFields) => Promise<void>;
  onCancel: () => void;
}) {
  const id = uid("kb");
  const [title, setTitle] = createSignal(props.start.title);
  const [questions, setQuestions] = createSignal(props.start.questions.join("\n"));
  const [answer, setAnswer] = createSignal(props.start.answer);
  const [template, setTemplate] = createSignal(props.start.template ?? "");
  const [note, setNote] = createSignal("");
  const [article, setArticle] = createSignal<ArticleFields>({ slug: "", topic: "payments", scope: props.scope ?? "both", pairKey: null });
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const lines = () =>
    questions()
      .split("\n")
      .map((q) => q.trim())
      .filter(Boolean);
  const scope = () => props.scope ?? article().scope;
  const problems = createMemo(() =>
    textProblems(scope(), { title: title(), questions: lines(), answer: answer(), template: template().trim() || null }),
  );
  const field = (key: keyof ArticleFields) => (value: string) =>
    setArticle({ ...article(), [key]: key === "pairKey" ? value.trim() || null : value });

  return (
    <form
      class="kb-form card"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const body = { title: title(), questions: lines(), answer: answer(), template: template().trim() || null, changeNote: note() };
          await props.onSubmit(body, article());
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : "The version could not be saved");
        } finally {
          setBusy(false);
        }
      }}
    >
      <Show when={!props.scope}>
        <div class="kb-row">
          <div class="field">
            <label for={`${id}-slug`}>Name (slug)</label>
            <input
              id={`${id}-slug`}
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              value={article().slug}
              onInput={(e) => field("slug")(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-topic`}>Topic</label>
            <input id={`${id}-topic`} required value={article().topic} onInput={(e) => field("topic")(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${id}-scope`}>Product</label>
            <select id={`${id}-scope`} value={article().scope} onChange={(e) => field("scope")(e.currentTarget.value)}>
              <For each={SCOPES}>{(s) => <option value={s.id}>{s.label}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for={`${id}-pair`}>Lease/loan pair key</label>
            <input id={`${id}-pair`} value={article().pairKey ?? ""} onInput={(e) => field("pairKey")(e.currentTarget.value)} />
          </div>
        </div>
      </Show>
      <div class="field">
        <label for={`${id}-title`}>Title</label>
        <input id={`${id}-title`} required maxlength={120} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-questions`}>How people ask it (one per line)</label>
        <textarea id={`${id}-questions`} required value={questions()} onInput={(e) => setQuestions(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-answer`}>Answer</label>
        <textarea id={`${id}-answer`} required maxlength={1200} value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-template`}>Personal answer for verified callers (optional)</label>
        <textarea id={`${id}-template`} maxlength={600} value={template()} onInput={(e) => setTemplate(e.currentTarget.value)} />
        <p class="hint">
          Fields:{" "}
          {Object.keys(TEMPLATE_FIELDS)
            .map((f) => `{{${f}}}`)
            .join(" ")}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-note`}>What changed (for the history)</label>
        <input id={`${id}-note`} required maxlength={500} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <Show when={problems().length > 0}>
        <div role="status">
          <p>
            <strong>Compliance would refuse this wording:</strong>
          </p>
          <ul class="kb-problems">
            <For each={problems()}>{(p) => <li>{p}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={error()}>
        <p class="notice notice-error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="kb-actions">
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {props.submitLabel}
        </button>
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
