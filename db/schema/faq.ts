// The FAQ knowledge base: articles (what they answer, for which product) and their versions. A
// version's text never changes once written; compliance approves one, and only the approved
// version of each article is indexed (faq_live and its FTS5 index faq_index) and answered.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { orgs } from "./org";

export const faqArticles = sqliteTable(
  "faq_articles",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** Stable name within the org, e.g. "lease-missed-payment". */
    slug: text("slug").notNull(),
    topic: text("topic").notNull(),
    /** Which product the answer is written for: compliance words leases and loans differently. */
    scope: text("scope", { enum: ["lease", "loan", "both", "neither"] }).notNull(),
    /** A lease article and its loan twin answering the same question share a pair key. */
    pairKey: text("pair_key"),
    /** The version answered today; null until compliance approves one (or after a withdrawal). */
    liveVersion: integer("live_version"),
    /** The newest version written. */
    latestVersion: integer("latest_version").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("faq_articles_org_slug_idx").on(t.orgId, t.slug), index("faq_articles_org_updated_idx").on(t.orgId, t.updatedAt)],
);

export const faqVersions = sqliteTable(
  "faq_versions",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => faqArticles.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    /** JSON array of the ways people ask this question. */
    questions: text("questions").notNull(),
    answer: text("answer").notNull(),
    /** The personal answer for verified callers, with {{field}} placeholders (core/domain/faq/templates.ts). */
    template: text("template"),
    changeNote: text("change_note").notNull(),
    authorId: text("author_id"),
    authorName: text("author_name").notNull(),
    createdAt: integer("created_at").notNull(),
    /** draft: written, not yet approved; approved: compliance approved it; retired: a later version replaced it or it was withdrawn. */
    state: text("state", { enum: ["draft", "approved", "retired"] }).notNull(),
    approvedBy: text("approved_by"),
    approverName: text("approver_name"),
    approvedAt: integer("approved_at"),
  },
  (t) => [uniqueIndex("faq_versions_article_version_idx").on(t.articleId, t.version)],
);

/**
 * The approved version of each live article in the answer engine's terms; triggers keep the FTS5
 * index `faq_index` (external content, hand-written in the migration) in step with it.
 */
export const faqLive = sqliteTable(
  "faq_live",
  {
    articleId: text("article_id")
      .primaryKey()
      .references(() => faqArticles.id),
    orgId: text("org_id").notNull(),
    scope: text("scope", { enum: ["lease", "loan", "both", "neither"] }).notNull(),
    version: integer("version").notNull(),
    /** Terms of every way people ask it, of the title and of the answer (core/domain/faq/normalize.ts). */
    questions: text("questions").notNull(),
    title: text("title").notNull(),
    answer: text("answer").notNull(),
    /** The plain words the article uses, for spelling correction. */
    words: text("words").notNull(),
    /** JSON: the terms of each way people ask it and of the title, one array each, so ranking analyses nothing at answer time. */
    variants: text("variants").notNull(),
  },
  (t) => [index("faq_live_org_idx").on(t.orgId)],
);
