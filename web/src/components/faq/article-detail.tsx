// One article and its whole history: every version with who wrote it, who approved it and why it
// changed; compliance approves a draft or withdraws the article, authors write the next version.
import { createResource, createSignal, For, Show } from "solid-js";
import type { FaqArticle, FaqVersion } from "../../../../core/protocol/faq-answers";
import { faqApi } from "../../lib/faq-api";
import { exactTime } from "../../lib/format";
import { uid } from "../../lib/ids";
import { session } from "../../lib/session";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { ScopeBadge } from "./faq-answer";
import { VersionForm } from "./version-form";

const STATE_BADGE = { approved: "badge-success", draft: "badge-warning", retired: "" } as const;

function Decision(props: { label: string; danger?: boolean; onDecide: (note: string) => Promise<void> }) {
  const id = uid("kb-note");
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);
  return (
    <form
      class="kb-actions"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await props.onDecide(note());
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : "Refused");
        }
      }}
    >
      <label class="visually-hidden" for={id}>
        Note for the record
      </label>
      <input id={id} required placeholder="Note for the record" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" class={`btn ${props.danger ? "btn-danger" : "btn-primary"}`}>
        {props.label}
      </button>
      <Show when={error()}>
        <p class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </form>
  );
}

function Version(props: { article: FaqArticle; version: FaqVersion; onChanged: () => void }) {
  const v = () => props.version;
  const live = () => props.article.liveVersion === v().version;
  return (
    <article class="kb-version" classList={{ "is-live": live(), "is-draft": v().state === "draft" }} aria-label={`Version ${v().version}`}>
      <div class="kb-list-meta">
        <strong>Version {v().version}</strong>
        <span class={`badge ${STATE_BADGE[v().state]}`}>{live() ? "Live" : v().state === "draft" ? "Awaiting approval" : "Retired"}</span>
        <span class="muted">
          by {v().author.name}, {exactTime(v().createdAt)}
          {v().approver ? ` · approved by ${v().approver?.name}, ${exactTime(v().approver?.at ?? 0)}` : ""}
        </span>
      </div>
      <p class="muted">{v().changeNote}</p>
      <h3>{v().title}</h3>
      <ul>
        <For each={v().questions}>{(q) => <li>{q}</li>}</For>
      </ul>
      <p>{v().answer}</p>
      <Show when={v().template}>
        <p>
          <strong>Verified callers hear:</strong> {v().template}
        </p>
      </Show>
      <Show when={v().problems.length > 0}>
        <ul class="kb-problems">
          <For each={v().problems}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>
      <Show when={v().state === "draft" && session.can("faq.approve")}>
        <Decision
          label={`Approve version ${v().version}`}
          onDecide={async (note) => {
            await faqApi.approve(props.article.id, v().version, note);
            props.onChanged();
          }}
        />
      </Show>
    </article>
  );
}

export function ArticleDetail(props: { id: string; onChanged: () => void }) {
  const [article, { refetch }] = createResource(() => props.id, faqApi.article);
  const [writing, setWriting] = createSignal(false);
  const changed = () => {
    setWriting(false);
    void refetch();
    props.onChanged();
  };
  return (
    <>
      <Show when={article.error}>
        <ErrorPanel error={article.error} title="The article could not be loaded" onRetry={() => void refetch()} />
      </Show>
      <Show when={article()} fallback={<Show when={!article.error}>{<SkeletonRows rows={4} label="Loading the article" />}</Show>}>
        {(a) => (
          <section class="kb-article" aria-labelledby="kb-article-title">
            <header class="kb-head">
              <div>
                <h2 id="kb-article-title">{a().versions[0]?.title ?? a().slug}</h2>
                <p class="kb-list-meta muted">
                  <ScopeBadge scope={a().scope} />
                  {a().slug} · {a().topic}
                  {a().pairKey ? ` · pair ${a().pairKey}` : ""} · {a().liveVersion ? `version ${a().liveVersion} live` : "not live"}
                </p>
              </div>
              <Show when={session.can("faq.write") && !writing()}>
                <button type="button" class="btn" onClick={() => setWriting(true)}>
                  Write a new version
                </button>
              </Show>
            </header>
            <Show when={a().liveVersion && session.can("faq.approve")}>
              <Decision
                label="Withdraw from answering"
                danger
                onDecide={async (note) => {
                  await faqApi.withdraw(a().id, note);
                  changed();
                }}
              />
            </Show>
            <Show when={writing()}>
              <VersionForm
                scope={a().scope}
                start={a().versions[0] ?? { title: "", questions: [], answer: "", template: null }}
                submitLabel="Save as a draft for approval"
                onCancel={() => setWriting(false)}
                onSubmit={async (body) => {
                  await faqApi.newVersion(a().id, body);
                  changed();
                }}
              />
            </Show>
            <For each={a().versions}>{(v) => <Version article={a()} version={v} onChanged={changed} />}</For>
          </section>
        )}
      </Show>
    </>
  );
}
