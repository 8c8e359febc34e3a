// Quarterly reviews marked done (append-only): the statement that records one, and the org's list.
import { desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { complianceReviews } from "../schema";
import type { Statement } from "./audit";

export type ComplianceReviewInsert = typeof complianceReviews.$inferInsert;

export function insertComplianceReview(db: Database, row: ComplianceReviewInsert): Statement {
  return db.insert(complianceReviews).values(row);
}

/** The org's reviews, newest first. */
export function complianceReviewsOf(db: Database, orgId: string, limit = 40) {
  return db
    .select()
    .from(complianceReviews)
    .where(eq(complianceReviews.orgId, orgId))
    .orderBy(desc(complianceReviews.reviewedAt), desc(complianceReviews.id))
    .limit(limit);
}
