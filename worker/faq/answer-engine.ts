// The answer engine as the phone line and the console use it: plan the question (core), recall
// candidates from D1's FTS5 index, rank and decide (core), with an optional re-ranker between. The
// index's lexicon and each article version's terms are kept per isolate: versions never change, and
// the lexicon (spelling and term weights only) is re-read every minute and after an approval here.

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
import { type Candidate, type CandidateTerms, candidateTerms } from "../../core/domain/faq/ranking";
import { knownWords } from "../../core/domain/faq/spelling";
import type { Database } from "../../db/client";
import { readLexicon, recallArticles } from "../../db/repositories/faq-index";

const LEXICON_TTL_MS = 60_000;
const TERMS_CACHE_SIZE = 4_000;

let lexiconCache: { at: number; lexicon: Promise<Lexicon> } | null = null;
const termsCache = new Map<string, CandidateTerms>();

async function loadLexicon(db: Database): Promise<Lexicon> {
  const rows = await readLexicon(db);
  return { known: knownWords(rows.words), docs: (term) => rows.terms.get(term) ?? 0, total: rows.total };
}

function lexiconOf(db: Database, now: number): Promise<Lexicon> {
  if (!lexiconCache || now - lexiconCache.at > LEXICON_TTL_MS) {
    const lexicon = loadLexicon(db);
    lexiconCache = { at: now, lexicon };
    // A failed read is not kept: the next question tries again.
    lexicon.catch(() => {
      if (lexiconCache?.lexicon === lexicon) lexiconCache = null;
    });
  }
  return lexiconCache.lexicon;
}

/** After an approval or a withdrawal: the next question reads the index's words again. */
export function forgetLexicon(): void {
  lexiconCache = null;
}

/** A version's text never changes, so its terms are computed once per isolate. */
function cachedTerms(candidate: Candidate): CandidateTerms {
  const key = `${candidate.articleId}@${candidate.version}`;
  let terms = termsCache.get(key);
  if (!terms) {
    if (termsCache.size >= TERMS_CACHE_SIZE) termsCache.clear();
    terms = candidateTerms(candidate);
    termsCache.set(key, terms);
  }
  return terms;
}

export function createAnswerEngine(db: Database, options: { reranker?: Reranker } = {}): AnswerEngine {
  return {
    async answer(request: AnswerRequest): Promise<AnswerResult> {
      const lexicon = await lexiconOf(db, Date.now());
      const plan = planQuestion(request, lexicon);
      const candidates = await recallArticles(db, { orgId: request.orgId, terms: plan.terms, scopes: plan.scopes, limit: RECALL_LIMIT });
      let ranked = rankFor(plan, candidates, lexicon, cachedTerms);
      if (options.reranker) ranked = await options.reranker.rerank(request.question, ranked);
      return conclude(plan, ranked, lexicon);
    },
  };
}
