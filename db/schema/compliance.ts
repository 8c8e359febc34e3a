// Quarterly reviews compliance marks done: who, when, and the scope they reviewed (a date range and
// the filters on screen). Append-only, like the audit log it sits beside.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { orgs, staff } from "./org";

export const complianceReviews = sqliteTable(
  "compliance_reviews",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    reviewedBy: text("reviewed_by")
      .notNull()
      .references(() => staff.id),
    reviewerName: text("reviewer_name").notNull(),
    reviewedAt: integer("reviewed_at").notNull(),
    /** The reviewed days, inclusive, `YYYY-MM-DD` in the org's time zone. */
    rangeFrom: text("range_from").notNull(),
    rangeTo: text("range_to").notNull(),
    /** The other filters on screen when it was marked (JSON: staffId, customerId, kind, action, outcome). */
    filters: text("filters").notNull().default("{}"),
    note: text("note").notNull(),
  },
  (t) => [index("compliance_reviews_org_idx").on(t.orgId, t.reviewedAt)],
);
