// GET /api/faq/answers: the console's FAQ panel asks the answer engine, optionally for the customer on
// the line (their products decide which articles may answer). Answers are approved versions only.
import { Hono } from "hono";
import { confidenceOf, evidenceFor, HAND_OVER_BELOW } from "../../core/domain/faq/decision";
import type { AnswerResult } from "../../core/domain/faq/engine";
import type { Ranked } from "../../core/domain/faq/ranking";
import type { Holdings } from "../../core/domain/faq/scope";
import { AppError } from "../../core/protocol/errors";
import { FaqAskQuerySchema } from "../../core/protocol/faq";
import type { FaqAnswer, FaqAnswers } from "../../core/protocol/faq-answers";
import { findCustomer, productFlags } from "../../db/repositories/customers";
import type { AppEnv } from "../env";
import { createAnswerEngine } from "../faq/answer-engine";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { faqArticleRoutes } from "./faq-articles";

/** How many answers the panel shows. */
const SHOWN = 3;

/** The answers in the order a rep should read them: a lease/loan pair first when the product must be chosen. */
export function presentAnswers(result: AnswerResult, weightOf: (ranked: Ranked[], i: number) => number): FaqAnswer[] {
  const d = result.decision;
  const first = d.kind === "choose-product" ? [d.lease, d.loan] : [];
  const order = [...first, ...result.ranked.filter((r) => !first.includes(r))].slice(0, SHOWN);
  return order.map((r) => ({
    articleId: r.candidate.articleId,
    slug: r.candidate.slug,
    title: r.candidate.title,
    version: r.candidate.version,
    scope: r.candidate.scope,
    answer: r.candidate.answer,
    confidence: weightOf(result.ranked, result.ranked.indexOf(r)),
  }));
}

export const faqRoutes = new Hono<AppEnv>()
  .route("/articles", faqArticleRoutes)
  .get("/answers", requirePermission("faq.read"), validate("query", FaqAskQuerySchema), async (c) => {
    const { q, customerId, product } = c.req.valid("query");
    const { db, actor } = c.var;
    let holdings: Holdings = null;
    if (customerId) {
      // The customer's products only: nothing else of the account is read (the profile was).
      if (!(await findCustomer(db, actor.orgId, customerId))) throw new AppError("NOT_FOUND", "No such customer");
      holdings = (await productFlags(db, [customerId])).get(customerId) ?? null;
    }
    const result = await createAnswerEngine(db).answer({ orgId: actor.orgId, question: q, holdings, chosen: product ?? null });
    const asked = {
      weight: 0,
      unknown: 0,
      ...(result.evidence ? { weight: result.evidence.weight, unknown: result.evidence.unknown } : {}),
    };
    const weightOf = (ranked: Ranked[], i: number) => confidenceOf(evidenceFor(ranked, i, asked));
    return c.json<FaqAnswers>({
      question: q,
      product: result.product,
      corrected: result.corrected,
      decision: result.decision.kind,
      confidence: result.decision.confidence,
      handOverBelow: HAND_OVER_BELOW,
      answers: presentAnswers(result, weightOf),
    });
  });
