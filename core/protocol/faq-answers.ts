// Answers of the FAQ routes: the console's top answers, the knowledge base list, one article with
// its version history, and what writing, approving or withdrawing answers.
import * as v from "valibot";
import { PRODUCT_SCOPES } from "../domain/faq/scope";

const ScopeSchema = v.picklist(PRODUCT_SCOPES);
const ProductSchema = v.picklist(["lease", "loan"]);

export const FaqAnswerSchema = v.object({
  articleId: v.string(),
  slug: v.string(),
  title: v.string(),
  version: v.number(),
  scope: ScopeSchema,
  answer: v.string(),
  /** How sure the engine is that this article answers the question (calibrated probability). */
  confidence: v.number(),
});
export type FaqAnswer = v.InferOutput<typeof FaqAnswerSchema>;

/** GET /api/faq/answers */
export const FaqAnswersSchema = v.object({
  question: v.string(),
  /** The product the question was read for (the customer's, or the one it names), or null. */
  product: v.nullable(ProductSchema),
  corrected: v.array(v.object({ from: v.string(), to: v.string() })),
  /** answer: the first is right with the given confidence; choose-product: a lease and a loan answer fit; hand-over: unsure. */
  decision: v.picklist(["answer", "choose-product", "hand-over"]),
  confidence: v.number(),
  handOverBelow: v.number(),
  answers: v.array(FaqAnswerSchema),
});
export type FaqAnswers = v.InferOutput<typeof FaqAnswersSchema>;

export const FaqArticleRowSchema = v.object({
  id: v.string(),
  slug: v.string(),
  topic: v.string(),
  scope: ScopeSchema,
  pairKey: v.nullable(v.string()),
  title: v.string(),
  liveVersion: v.nullable(v.number()),
  latestVersion: v.number(),
  latestState: v.picklist(["draft", "approved", "retired"]),
  updatedAt: v.number(),
});

/** GET /api/faq/articles */
export const FaqArticleListSchema = v.object({ items: v.array(FaqArticleRowSchema), nextOffset: v.nullable(v.number()) });
export type FaqArticleList = v.InferOutput<typeof FaqArticleListSchema>;

export const FaqVersionSchema = v.object({
  version: v.number(),
  title: v.string(),
  questions: v.array(v.string()),
  answer: v.string(),
  template: v.nullable(v.string()),
  changeNote: v.string(),
  author: v.object({ id: v.nullable(v.string()), name: v.string() }),
  createdAt: v.number(),
  state: v.picklist(["draft", "approved", "retired"]),
  approver: v.nullable(v.object({ id: v.nullable(v.string()), name: v.string(), at: v.number() })),
  /** What compliance's wording rules and the self-service policy say against it (empty: nothing). */
  problems: v.array(v.string()),
});
export type FaqVersion = v.InferOutput<typeof FaqVersionSchema>;

/** GET /api/faq/articles/:id */
export const FaqArticleSchema = v.object({
  id: v.string(),
  slug: v.string(),
  topic: v.string(),
  scope: ScopeSchema,
  pairKey: v.nullable(v.string()),
  liveVersion: v.nullable(v.number()),
  latestVersion: v.number(),
  versions: v.array(FaqVersionSchema),
});
export type FaqArticle = v.InferOutput<typeof FaqArticleSchema>;

/** POST /api/faq/articles, POST …/versions, …/approve, …/withdraw */
export const FaqArticleSavedSchema = v.object({
  id: v.string(),
  version: v.number(),
  state: v.picklist(["draft", "approved", "withdrawn"]),
});
export type FaqArticleSaved = v.InferOutput<typeof FaqArticleSavedSchema>;
