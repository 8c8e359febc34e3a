// The knowledge base: every FAQ article with its state (live, awaiting approval, withdrawn), one
// article's history beside the list, and for authors a new article. Filters live in the URL.
import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { FAQ_FILTERS } from "../../../core/protocol/faq";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { type TabSpec, Tabs } from "../components/common/tabs";
import { ArticleDetail } from "../components/faq/article-detail";
import { ScopeBadge } from "../components/faq/faq-answer";
import { VersionForm } from "../components/faq/version-form";
import { faqApi } from "../lib/faq-api";
import { relativeTime } from "../lib/format";
import { session } from "../lib/session";
import "../styles/faq.css";

type Filter = (typeof FAQ_FILTERS)[number];
const TABS: TabSpec<Filter>[] = [
  { id: "awaiting-approval", label: "Awaiting approval" },
  { id: "live", label: "Live" },
  { id: "all", label: "All" },
  { id: "withdrawn", label: "Not live" },
];

export default function Knowledge() {
  const [params, setParams] = useSearchParams();
  const filter = (): Filter =>
    (FAQ_FILTERS as readonly string[]).includes(String(params.filter)) ? (params.filter as Filter) : "awaiting-approval";
  const q = () => (typeof params.q === "string" ? params.q : "");
  const selected = () => (typeof params.article === "string" ? params.article : null);
  const [list, { refetch }] = createResource(
    () => `${filter()}|${q()}`,
    () => faqApi.list(filter(), q(), 0),
  );
  const link = (id: string) => `/knowledge?${new URLSearchParams({ filter: filter(), ...(q() ? { q: q() } : {}), article: id })}`;

  return (
    <Show
      when={session.can("faq.read")}
      fallback={
        <EmptyState title="Knowledge base">
          <p class="muted">Your role does not use the FAQ.</p>
        </EmptyState>
      }
    >
      <div class="kb-page">
        <header class="kb-head">
          <h1>Knowledge base</h1>
          <Show when={session.can("faq.write")}>
            <button type="button" class="btn btn-primary" onClick={() => setParams({ article: "new" })}>
              New article
            </button>
          </Show>
        </header>
        <div class="kb-layout">
          <aside class="kb-filters" aria-label="Articles">
            <label class="visually-hidden" for="kb-search">
              Find an article
            </label>
            <input
              id="kb-search"
              type="search"
              placeholder="Find by title or name"
              value={q()}
              onInput={(e) => setParams({ q: e.currentTarget.value || undefined }, { replace: true })}
            />
            <Tabs label="Article state" tabs={TABS} selected={filter()} onSelect={(id) => setParams({ filter: id })}>
              <Show when={list.error}>
                <ErrorPanel error={list.error} title="The articles could not be loaded" onRetry={() => void refetch()} />
              </Show>
              <Show when={list.latest}>
                {(page) => (
                  <Show when={page().items.length > 0} fallback={<p class="muted">No articles here.</p>}>
                    <ul class="kb-list">
                      <For each={page().items}>
                        {(a) => (
                          <li>
                            <a href={link(a.id)} aria-current={selected() === a.id ? "page" : undefined}>
                              <span class="kb-list-title">{a.title}</span>
                              <span class="kb-list-meta muted">
                                <ScopeBadge scope={a.scope} />
                                {a.liveVersion ? `v${a.liveVersion} live` : "not live"}
                                {a.latestState === "draft" ? ` · v${a.latestVersion} awaiting approval` : ""} · {relativeTime(a.updatedAt)}
                              </span>
                            </a>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                )}
              </Show>
            </Tabs>
          </aside>
          <div>
            <Show
              when={selected()}
              fallback={
                <EmptyState title="Pick an article">
                  <p class="muted">Compliance approves every version before the phone line or the console says it.</p>
                </EmptyState>
              }
            >
              {(id) => (
                <Show
                  when={id() !== "new"}
                  fallback={
                    <VersionForm
                      start={{ title: "", questions: [], answer: "", template: null }}
                      submitLabel="Create as a draft for approval"
                      onCancel={() => setParams({ article: undefined })}
                      onSubmit={async (body, article) => {
                        const saved = await faqApi.create({ ...body, ...article });
                        setParams({ article: saved.id, filter: "awaiting-approval" });
                        void refetch();
                      }}
                    />
                  }
                >
                  <ArticleDetail id={id()} onChanged={() => void refetch()} />
                </Show>
              )}
            </Show>
          </div>
        </div>
      </div>
    </Show>
  );
}
