// The FAQ's full-text index: the approved version of each article in the answer engine's terms
// (faq_live, which triggers mirror into the FTS5 table faq_index), recall by BM25 within an org and
// the allowed product scopes, and the lexicon (which words and terms the articles use, and how
// often) that spelling and weighting read.
import { eq, sql } from "drizzle-orm";
import { analyze, words } from "../../core/domain/faq/normalize";
import type { Candidate, CandidateTerms } from "../../core/domain/faq/ranking";
import type { ProductScope } from "../../core/domain/faq/scope";
import type { Database } from "../client";
import { faqLive } from "../schema";
import type { Statement } from "./audit";

export interface IndexedVersion {
  articleId: string;
  orgId: string;
  scope: ProductScope;
  version: number;
  title: string;
  questions: readonly string[];
  answer: string;
}

const termsText = (text: string) => analyze(text).terms.join(" ");

/** A candidate's terms from its index row: one set per question variant and the title, and all its text's. */
export function storedTerms(variantsJson: string, answerTerms: string): CandidateTerms {
  let variants: Set<string>[] = [];
  try {
    const parsed: unknown = JSON.parse(variantsJson);
    if (Array.isArray(parsed))
      variants = parsed.map((v) => new Set(Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : []));
  } catch {
    variants = [];
  }
  const all = new Set([...variants.flatMap((v) => [...v]), ...answerTerms.split(" ").filter(Boolean)]);
  return { variants, all };
}

/** The row an approved version is indexed by. */
export function liveRow(v: IndexedVersion): typeof faqLive.$inferInsert {
  const plain = [...new Set(words([v.title, ...v.questions, v.answer].join(" ")).filter((w) => !/\d/.test(w)))].join(" ");
  return {
    articleId: v.articleId,
    orgId: v.orgId,
    scope: v.scope,
    version: v.version,
    questions: v.questions.map(termsText).join(" "),
    title: termsText(v.title),
    answer: termsText(v.answer),
    words: plain,
    variants: JSON.stringify([...v.questions, v.title].map((text) => analyze(text).terms)),
  };
}

/** The article's approved version into the index (after `unindexArticle` in the same batch). */
export function indexVersion(db: Database, v: IndexedVersion): Statement {
  return db.insert(faqLive).values(liveRow(v));
}

export function unindexArticle(db: Database, articleId: string): Statement {
  return db.delete(faqLive).where(eq(faqLive.articleId, articleId));
}

/** Column weights of BM25: what people ask weighs most, then the title, then the answer's words. */
const BM25 = sql.raw("bm25(faq_index, 4.0, 2.0, 1.0, 0.0)");

/** An FTS5 query: any of the terms, in the answer-engine columns (never the plain words). */
export function matchExpression(terms: readonly string[]): string {
  return `{questions title answer} : (${terms.map((t) => `"${t.replace(/"/g, "")}"`).join(" OR ")})`;
}

interface RecallRow {
  variants: string;
  answerTerms: string;
  articleId: string;
  slug: string;
  scope: ProductScope;
  pairKey: string | null;
  version: number;
  title: string;
  questions: string;
  answer: string;
  template: string | null;
  bm25: number;
}

/** A recalled article and its terms as indexed (so ranking analyses nothing at answer time). */
export type Recalled = Candidate & { terms: CandidateTerms };

/** Approved articles of the org in these scopes that share any term with the question, best BM25 first. */
export async function recallArticles(
  db: Database,
  input: { orgId: string; terms: readonly string[]; scopes: readonly ProductScope[]; limit: number },
): Promise<Recalled[]> {
  if (input.terms.length === 0 || input.scopes.length === 0) return [];
  const scopes = sql.join(
    input.scopes.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await db.all<RecallRow>(sql`
    SELECT l.variants AS variants, l.answer AS answerTerms, a.id AS articleId, a.slug AS slug, a.scope AS scope, a.pair_key AS pairKey, v.version AS version,
           v.title AS title, v.questions AS questions, v.answer AS answer, v.template AS template, ${BM25} AS bm25
    FROM faq_index
    JOIN faq_live l ON l.rowid = faq_index.rowid
    JOIN faq_articles a ON a.id = l.article_id
    JOIN faq_versions v ON v.article_id = a.id AND v.version = l.version
    WHERE faq_index MATCH ${matchExpression(input.terms)} AND l.org_id = ${input.orgId} AND l.scope IN (${scopes})
    ORDER BY bm25 LIMIT ${input.limit}`);
  return rows.map(({ variants, answerTerms, ...r }) => ({
    ...r,
    version: Number(r.version),
    bm25: Number(r.bm25),
    questions: parseQuestions(r.questions),
    terms: storedTerms(variants, answerTerms),
  }));
}

export function parseQuestions(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

export interface LexiconRows {
  /** Plain words articles use, with the number of articles using each. */
  words: [string, number][];
  /** Engine terms with the number of articles having each (the most of any column). */
  terms: Map<string, number>;
  total: number;
}

/** Everything spelling and term weights need, in two reads of the index's vocabulary. */
export async function readLexicon(db: Database): Promise<LexiconRows> {
  const [vocabulary, counted] = await Promise.all([
    db.all<{ term: string; col: string; doc: number }>(sql`SELECT term, col, doc FROM faq_index_terms`),
    db.all<{ n: number }>(sql`SELECT count(*) AS n FROM faq_live`),
  ]);
  const plain: [string, number][] = [];
  const terms = new Map<string, number>();
  for (const row of vocabulary) {
    const docs = Number(row.doc);
    if (row.col === "words") plain.push([row.term, docs]);
    else terms.set(row.term, Math.max(docs, terms.get(row.term) ?? 0));
  }
  return { words: plain, terms, total: Number(counted[0]?.n ?? 0) };
}

/** The bench's baseline: a bare FTS5 query, the caller's words OR-ed, best BM25 first. */
export async function bareFtsQuery(db: Database, question: string, limit = 10): Promise<number> {
  const plain = [...new Set(words(question))];
  if (plain.length === 0) return 0;
  const rows = await db.all<{ rowid: number }>(
    sql`SELECT rowid FROM faq_index WHERE faq_index MATCH ${plain.map((w) => `"${w}"`).join(" OR ")} ORDER BY rank LIMIT ${limit}`,
  );
  return rows.length;
}
