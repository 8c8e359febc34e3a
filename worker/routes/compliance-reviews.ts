// Quarterly reviews: compliance marks a review done (who, when, the days and filters reviewed, a
// note), audited in the same batch; everyone who reviews sees the list. Mounted under /api/compliance.
import { Hono } from "hono";
import * as v from "valibot";
import { redactFreeText } from "../../core/domain/redaction";
import { ReviewSignOffSchema } from "../../core/protocol/compliance";
import type { ComplianceReview, ComplianceReviews, ReviewSignedOff } from "../../core/protocol/compliance-answers";
import { newId } from "../../db/crypto";
import { complianceReviewsOf, insertComplianceReview } from "../../db/repositories/compliance-reviews";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";

const ScopeSchema = v.record(v.string(), v.string());

function present(row: Awaited<ReturnType<typeof complianceReviewsOf>>[number]): ComplianceReview {
  const scope = v.safeParse(ScopeSchema, JSON.parse(row.filters));
  return {
    id: row.id,
    reviewedBy: row.reviewedBy,
    reviewerName: row.reviewerName,
    reviewedAt: row.reviewedAt,
    from: row.rangeFrom,
    to: row.rangeTo,
    scope: scope.success ? scope.output : {},
    note: row.note,
  };
}

export const complianceReviewRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json<ComplianceReviews>({ items: (await complianceReviewsOf(c.var.db, c.var.actor.orgId)).map(present) }))
  .post("/", requirePermission("review.sign_off"), validateNoted(ReviewSignOffSchema, "note"), async (c) => {
    const { db, actor } = c.var;
    const body = c.req.valid("json");
    const now = Date.now();
    // Only the filters that were set: the scope reads as what the reviewer looked at.
    const scope = Object.fromEntries(Object.entries(body.scope).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    const row = {
      id: newId("rvw"),
      orgId: actor.orgId,
      reviewedBy: actor.id,
      reviewerName: actor.name,
      reviewedAt: now,
      rangeFrom: body.from,
      rangeTo: body.to,
      filters: JSON.stringify(scope),
      note: redactFreeText(body.note, now),
    };
    await commitAudited(
      c,
      [
        actorAudit(
          c,
          { action: "compliance.review", targetType: "review", targetId: row.id, details: { from: body.from, to: body.to, scope } },
          now,
        ),
      ],
      () => [insertComplianceReview(db, row)],
    );
    return c.json<ReviewSignedOff>({ review: present(row) }, 201);
  });
