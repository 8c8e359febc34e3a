// Requests of the FAQ: asking it from the console, and writing, approving and withdrawing articles.
import * as v from "valibot";
import { QUESTION_MAX_CHARS } from "../domain/faq/limits";
import { PRODUCT_SCOPES } from "../domain/faq/scope";
import { CustomerIdSchema, NoteTextSchema } from "./api";

export const FaqArticleIdSchema = v.pipe(v.string(), v.regex(/^faq_\w{1,40}$/, "is not an article id"));
export const FaqArticleParamSchema = v.object({ id: FaqArticleIdSchema });
export const FaqVersionParamSchema = v.object({
  id: FaqArticleIdSchema,
  version: v.pipe(v.string(), v.regex(/^\d{1,4}$/, "is not a version number"), v.transform(Number)),
});

/** GET /api/faq/answers: a question, and (optionally) the customer on the line, whose products decide the scope. */
export const FaqAskQuerySchema = v.object({
  q: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "ask a question"),
    v.maxLength(QUESTION_MAX_CHARS, `at most ${QUESTION_MAX_CHARS} characters`),
  ),
  customerId: v.optional(CustomerIdSchema),
  product: v.optional(v.picklist(["lease", "loan"])),
});

export const FAQ_FILTERS = ["all", "live", "awaiting-approval", "withdrawn"] as const;
export const FaqListQuerySchema = v.object({
  filter: v.optional(v.picklist(FAQ_FILTERS), "all"),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100)), ""),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,5}$/), v.transform(Number)), "0"),
});

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** What an author writes for a version: the title, how people ask, the answer and an optional personal answer. */
export const FaqVersionBodySchema = v.object({
  title: text(120),
  questions: v.pipe(v.array(text(200)), v.minLength(1, "give at least one way people ask it"), v.maxLength(20)),
  answer: text(1_200),
  template: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(600))), null),
  changeNote: NoteTextSchema,
});
export type FaqVersionBody = v.InferOutput<typeof FaqVersionBodySchema>;

export const FaqArticleBodySchema = v.object({
  ...FaqVersionBodySchema.entries,
  slug: v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens"), v.maxLength(60)),
  topic: v.pipe(v.string(), v.trim(), v.regex(/^[a-z-]{2,30}$/, "a lower-case topic")),
  scope: v.picklist(PRODUCT_SCOPES),
  pairKey: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9-]{2,40}$/, "lower-case words joined by hyphens"))), null),
});

/** Approving or withdrawing carries compliance's note. */
export const FaqDecisionBodySchema = v.object({ note: NoteTextSchema });
