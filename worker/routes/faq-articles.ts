// The knowledge base as authors and compliance work on it: list, one article's history, write a new
// article or version (authors), approve a version or withdraw an article (compliance). Every change is
// audited in the same batch; an approval re-indexes the article, so the next question hears it.
import { type Context, Hono } from "hono";
import { approvalRefusal, textProblems } from "../../core/domain/faq/review";
import { AppError } from "../../core/protocol/errors";
import {
  FaqArticleBodySchema,
  FaqArticleParamSchema,
  FaqDecisionBodySchema,
  FaqListQuerySchema,
  FaqVersionBodySchema,
  FaqVersionParamSchema,
} from "../../core/protocol/faq";
import type { FaqArticle, FaqArticleList, FaqArticleSaved } from "../../core/protocol/faq-answers";
import { errorText } from "../../db/client";
import { newId } from "../../db/crypto";
import type { AuditEntry } from "../../db/repositories/audit";
import {
  approveStatements,
  type FaqArticleRow,
  findArticle,
  findArticleBySlug,
  insertArticle,
  insertVersion,
  listArticles,
  touchArticle,
  versionsOf,
  withdrawStatements,
} from "../../db/repositories/faq";
import { parseQuestions } from "../../db/repositories/faq-index";
import { actorAudit, commitAudited, recordAudit } from "../audit";
import { markAudited } from "../audited-errors";
import type { AppEnv } from "../env";
import { forgetLexicon } from "../faq/answer-engine";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

const PAGE = 50;

async function articleOr404(c: Context<AppEnv>, id: string): Promise<FaqArticleRow> {
  const article = await findArticle(c.var.db, c.var.actor.orgId, id);
  if (!article) throw new AppError("NOT_FOUND", "No such article");
  return article;
}

const audit = (
  c: Context<AppEnv>,
  action: string,
  id: string,
  details: Record<string, unknown>,
  outcome: AuditEntry["outcome"] = "success",
) => actorAudit(c, { action, targetType: "faq_article", targetId: id, details, outcome });

/** A refused decision is on record too, then refused. */
async function refuseAudited(c: Context<AppEnv>, action: string, id: string, error: AppError): Promise<never> {
  await recordAudit(c, audit(c, action, id, { code: error.code }, error.code === "FORBIDDEN" ? "denied" : "failure"));
  throw markAudited(error);
}

/** Two authors saving a version at once: the second's number is taken (unique index). */
function isVersionTaken(error: unknown): boolean {
  return /UNIQUE constraint failed: faq_(versions|articles)/i.test(errorText(error));
}

export const faqArticleRoutes = new Hono<AppEnv>()
  .get("/", requirePermission("faq.read"), validate("query", FaqListQuerySchema), async (c) => {
    const { filter, q, offset } = c.req.valid("query");
    const rows = await listArticles(c.var.db, c.var.actor.orgId, { filter, q, limit: PAGE + 1, offset });
    return c.json<FaqArticleList>({ items: rows.slice(0, PAGE), nextOffset: rows.length > PAGE ? offset + PAGE : null });
  })
  .get("/:id", requirePermission("faq.read"), validate("param", FaqArticleParamSchema), async (c) => {
    const article = await articleOr404(c, c.req.valid("param").id);
    const versions = await versionsOf(c.var.db, article.id);
    return c.json<FaqArticle>({
      id: article.id,
      slug: article.slug,
      topic: article.topic,
      scope: article.scope,
      pairKey: article.pairKey,
      liveVersion: article.liveVersion,
      latestVersion: article.latestVersion,
      versions: versions.map((v) => {
        const questions = parseQuestions(v.questions);
        return {
          version: v.version,
          title: v.title,
          questions,
          answer: v.answer,
          template: v.template,
          changeNote: v.changeNote,
          author: { id: v.authorId, name: v.authorName },
          createdAt: v.createdAt,
          state: v.state,
          approver: v.approverName && v.approvedAt ? { id: v.approvedBy, name: v.approverName, at: v.approvedAt } : null,
          problems: textProblems(article.scope, { title: v.title, questions, answer: v.answer, template: v.template }),
        };
      }),
    });
  })
  .post("/", requirePermission("faq.write"), validate("json", FaqArticleBodySchema), async (c) => {
    const body = c.req.valid("json");
    const { db, actor } = c.var;
    if (await findArticleBySlug(db, actor.orgId, body.slug)) throw new AppError("CONFLICT", `An article named ${body.slug} exists`);
    const now = Date.now();
    const id = newId("faq");
    const entry = audit(c, "faq.create", id, { slug: body.slug, scope: body.scope, version: 1 });
    try {
      await commitAudited(c, [entry], () => [
        insertArticle(db, {
          id,
          orgId: actor.orgId,
          slug: body.slug,
          topic: body.topic,
          scope: body.scope,
          pairKey: body.pairKey,
          liveVersion: null,
          latestVersion: 1,
          createdAt: now,
          updatedAt: now,
        }),
        insertVersion(db, { id: newId("fqv"), articleId: id, version: 1, ...versionRow(body, actor, now) }),
      ]);
    } catch (error) {
      if (isVersionTaken(error)) throw new AppError("CONFLICT", `An article named ${body.slug} exists`);
      throw error;
    }
    return c.json<FaqArticleSaved>({ id, version: 1, state: "draft" }, 201);
  })
  .post(
    "/:id/versions",
    requirePermission("faq.write"),
    validate("param", FaqArticleParamSchema),
    validate("json", FaqVersionBodySchema),
    async (c) => {
      const article = await articleOr404(c, c.req.valid("param").id);
      const body = c.req.valid("json");
      const { db, actor } = c.var;
      const now = Date.now();
      const version = article.latestVersion + 1;
      try {
        await commitAudited(c, [audit(c, "faq.version", article.id, { slug: article.slug, version })], () => [
          insertVersion(db, { id: newId("fqv"), articleId: article.id, version, ...versionRow(body, actor, now) }),
          touchArticle(db, article.id, { latestVersion: version, at: now }),
        ]);
      } catch (error) {
        if (isVersionTaken(error))
          throw new AppError("CONFLICT", "Someone saved a version of this article at the same time; reload and try again");
        throw error;
      }
      return c.json<FaqArticleSaved>({ id: article.id, version, state: "draft" }, 201);
    },
  )
  .post(
    "/:id/versions/:version/approve",
    requirePermission("faq.approve"),
    validate("param", FaqVersionParamSchema),
    validate("json", FaqDecisionBodySchema),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const { db, actor } = c.var;
      const article = await articleOr404(c, id);
      const row = (await versionsOf(db, article.id)).find((v) => v.version === version);
      if (!row) throw new AppError("NOT_FOUND", "No such version");
      const refusal = approvalRefusal({
        approverId: actor.id,
        authorId: row.authorId,
        state: row.state,
        version,
        liveVersion: article.liveVersion,
        scope: article.scope,
        text: { title: row.title, questions: parseQuestions(row.questions), answer: row.answer, template: row.template },
      });
      if (refusal)
        return refuseAudited(
          c,
          "faq.approve",
          id,
          new AppError(refusal.code, refusal.message, "problems" in refusal ? { problems: refusal.problems } : undefined),
        );
      const now = Date.now();
      const entry = audit(c, "faq.approve", id, {
        slug: article.slug,
        version,
        replaces: article.liveVersion,
        note: c.req.valid("json").note,
      });
      await commitAudited(c, [entry], () =>
        approveStatements(db, { article, version: row, approverId: actor.id, approverName: actor.name, at: now }),
      );
      forgetLexicon();
      return c.json<FaqArticleSaved>({ id, version, state: "approved" });
    },
  )
  .post(
    "/:id/withdraw",
    requirePermission("faq.approve"),
    validate("param", FaqArticleParamSchema),
    validate("json", FaqDecisionBodySchema),
    async (c) => {
      const article = await articleOr404(c, c.req.valid("param").id);
      if (article.liveVersion === null)
        return refuseAudited(c, "faq.withdraw", article.id, new AppError("CONFLICT", "Nothing of this article is live"));
      const entry = audit(c, "faq.withdraw", article.id, {
        slug: article.slug,
        version: article.liveVersion,
        note: c.req.valid("json").note,
      });
      await commitAudited(c, [entry], () => withdrawStatements(c.var.db, article.id, Date.now()));
      forgetLexicon();
      return c.json<FaqArticleSaved>({ id: article.id, version: article.liveVersion, state: "withdrawn" });
    },
  );

function versionRow(
  body: { title: string; questions: string[]; answer: string; template?: string | null; changeNote: string },
  actor: { id: string; name: string },
  now: number,
) {
  return {
    title: body.title,
    questions: JSON.stringify(body.questions),
    answer: body.answer,
    template: body.template || null,
    changeNote: body.changeNote,
    authorId: actor.id,
    authorName: actor.name,
    createdAt: now,
    state: "draft" as const,
  };
}
