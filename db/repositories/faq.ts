// The knowledge base as authors and compliance work on it: articles with their live and newest
// versions, one article's history, and the statements that write a version, approve it (retiring
// the one it replaces and re-indexing the article) or withdraw an article from answering.
import { and, desc, eq, inArray, isNotNull, isNull, like, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { faqArticles, faqVersions } from "../schema";
import type { Statement } from "./audit";
import { type IndexedVersion, indexVersion, unindexArticle } from "./faq-index";

export type FaqArticleRow = typeof faqArticles.$inferSelect;
export type FaqVersionRow = typeof faqVersions.$inferSelect;

export type ArticleFilter = "all" | "live" | "awaiting-approval" | "withdrawn";

/** Articles of the org, newest change first, each with its newest version's title and state. */
export async function listArticles(
  db: Database,
  orgId: string,
  options: { filter: ArticleFilter; q: string; limit: number; offset: number },
) {
  const conditions: (SQL | undefined)[] = [eq(faqArticles.orgId, orgId)];
  if (options.filter === "live") conditions.push(isNotNull(faqArticles.liveVersion));
  if (options.filter === "withdrawn") conditions.push(isNull(faqArticles.liveVersion));
  if (options.filter === "awaiting-approval") conditions.push(eq(faqVersions.state, "draft"));
  if (options.q) {
    const pattern = `%${options.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(sql`${faqVersions.title} LIKE ${pattern} ESCAPE '\\'`, like(faqArticles.slug, pattern)));
  }
  return db
    .select({
      id: faqArticles.id,
      slug: faqArticles.slug,
      topic: faqArticles.topic,
      scope: faqArticles.scope,
      pairKey: faqArticles.pairKey,
      liveVersion: faqArticles.liveVersion,
      latestVersion: faqArticles.latestVersion,
      updatedAt: faqArticles.updatedAt,
      title: faqVersions.title,
      latestState: faqVersions.state,
    })
    .from(faqArticles)
    .innerJoin(faqVersions, and(eq(faqVersions.articleId, faqArticles.id), eq(faqVersions.version, faqArticles.latestVersion)))
    .where(and(...conditions))
    .orderBy(desc(faqArticles.updatedAt), faqArticles.slug)
    .limit(options.limit)
    .offset(options.offset);
}

export async function findArticle(db: Database, orgId: string, id: string): Promise<FaqArticleRow | null> {
  const [row] = await db
    .select()
    .from(faqArticles)
    .where(and(eq(faqArticles.id, id), eq(faqArticles.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export async function findArticleBySlug(db: Database, orgId: string, slug: string): Promise<FaqArticleRow | null> {
  const [row] = await db
    .select()
    .from(faqArticles)
    .where(and(eq(faqArticles.slug, slug), eq(faqArticles.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Every version of an article, newest first. */
export function versionsOf(db: Database, articleId: string): Promise<FaqVersionRow[]> {
  return db.select().from(faqVersions).where(eq(faqVersions.articleId, articleId)).orderBy(desc(faqVersions.version));
}

/** Live versions of these articles (for the phone line's record of what was said). */
export async function liveTitles(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: faqArticles.id, title: faqVersions.title })
    .from(faqArticles)
    .innerJoin(faqVersions, and(eq(faqVersions.articleId, faqArticles.id), eq(faqVersions.version, faqArticles.liveVersion)))
    .where(inArray(faqArticles.id, ids));
  return new Map(rows.map((r) => [r.id, r.title]));
}

export function insertArticle(db: Database, row: typeof faqArticles.$inferInsert): Statement {
  return db.insert(faqArticles).values(row);
}

export function insertVersion(db: Database, row: typeof faqVersions.$inferInsert): Statement {
  return db.insert(faqVersions).values(row);
}

/** The article's newest version number moves on; a concurrent writer of the same number fails the batch (unique index). */
export function touchArticle(db: Database, articleId: string, changes: { latestVersion?: number; at: number }): Statement {
  return db
    .update(faqArticles)
    .set({ ...(changes.latestVersion === undefined ? {} : { latestVersion: changes.latestVersion }), updatedAt: changes.at })
    .where(eq(faqArticles.id, articleId));
}

/** Approving a version: the live one retires, this one goes live and into the index, in one batch. */
export function approveStatements(
  db: Database,
  input: { article: FaqArticleRow; version: FaqVersionRow; approverId: string; approverName: string; at: number },
): Statement[] {
  const { article, version, at } = input;
  const indexed: IndexedVersion = {
    articleId: article.id,
    orgId: article.orgId,
    scope: article.scope,
    version: version.version,
    title: version.title,
    questions: JSON.parse(version.questions) as string[],
    answer: version.answer,
  };
  return [
    db
      .update(faqVersions)
      .set({ state: "retired" })
      .where(and(eq(faqVersions.articleId, article.id), eq(faqVersions.state, "approved"))),
    db
      .update(faqVersions)
      .set({ state: "approved", approvedBy: input.approverId, approverName: input.approverName, approvedAt: at })
      .where(and(eq(faqVersions.id, version.id), eq(faqVersions.state, "draft"))),
    db.update(faqArticles).set({ liveVersion: version.version, updatedAt: at }).where(eq(faqArticles.id, article.id)),
    unindexArticle(db, article.id),
    indexVersion(db, indexed),
  ];
}

/** Withdrawing: nothing of the article is answered any more; its history stays. */
export function withdrawStatements(db: Database, articleId: string, at: number): Statement[] {
  return [
    db
      .update(faqVersions)
      .set({ state: "retired" })
      .where(and(eq(faqVersions.articleId, articleId), eq(faqVersions.state, "approved"))),
    db.update(faqArticles).set({ liveVersion: null, updatedAt: at }).where(eq(faqArticles.id, articleId)),
    unindexArticle(db, articleId),
  ];
}
