// The answer engine as the phone line and the console use it: plan the question (core), recall
// candidates from D1's FTS5 index, rank and decide (core), with an optional re-ranker between. The
// index's lexicon (per database) is kept per isolate, re-read every minute and after an approval here
// (it serves spelling and term weights only); each article's terms come stored with it from the index.

import {
  type AnswerEngine,
  type AnswerRequest,
  type AnswerResult,
  conclude,
  type Lexicon,
  planQuestion,
  RECALL_LIMIT,
  type Reranker,
  rankFor,
} from "../../core/domain/faq/engine";
import { candidateTerms } from "../../core/domain/faq/ranking";
import { knownWords } from "../../core/domain/faq/spelling";
import type { Database } from "../../db/client";
import { readLexicon, recallArticles } from "../../db/repositories/faq-index";

const LEXICON_TTL_MS = 60_000;

/** Per database (a Worker has one; the evaluation and the bench open several): its lexicon and when it was read. */
const lexicons = new Map<string, { at: number; lexicon: Promise<Lexicon> }>();

async function loadLexicon(db: Database): Promise<Lexicon> {
  const rows = await readLexicon(db);
  return { known: knownWords(rows.words), docs: (term) => rows.terms.get(term) ?? 0, total: rows.total };
}

function lexiconOf(db: Database, key: string, now: number): Promise<Lexicon> {
  const cached = lexicons.get(key);
  if (cached && now - cached.at <= LEXICON_TTL_MS) return cached.lexicon;
  const lexicon = loadLexicon(db);
  lexicons.set(key, { at: now, lexicon });
  // A failed read is not kept: the next question tries again.
  lexicon.catch(() => {
    if (lexicons.get(key)?.lexicon === lexicon) lexicons.delete(key);
  });
  return lexicon;
}

/** After an approval or a withdrawal: the next question reads the index's words again. */
export function forgetLexicon(): void {
  lexicons.clear();
}

/**
 * The engine over one database. `database` names it for the lexicon cache: the Worker's one database
 * needs no name; anything that opens several (the evaluation, the bench) names each.
 */
export function createAnswerEngine(db: Database, options: { reranker?: Reranker; database?: string } = {}): AnswerEngine {
  const key = options.database ?? "default";
  return {
    async answer(request: AnswerRequest): Promise<AnswerResult> {
      const lexicon = await lexiconOf(db, key, Date.now());
      const plan = planQuestion(request, lexicon);
      const candidates = await recallArticles(db, { orgId: request.orgId, terms: plan.terms, scopes: plan.scopes, limit: RECALL_LIMIT });
      // The index stores each candidate's terms; analysing its text again is only the fallback.
      const terms = new Map(candidates.map((c) => [c, c.terms]));
      let ranked = rankFor(plan, candidates, lexicon, (c) => terms.get(c as (typeof candidates)[number]) ?? candidateTerms(c));
      if (options.reranker) ranked = await options.reranker.rerank(request.question, ranked);
      return conclude(plan, ranked, lexicon);
    },
  };
}
