// Answers of the compliance review: notes and audit rows, filtered and paged, the people to filter
// by, and the verdict of the audit log's verification. (The CSV exports are not JSON.)
import * as v from "valibot";
import { NOTE_KINDS } from "./compliance";

const paged = <T extends v.GenericSchema>(item: T) => v.object({ items: v.array(item), nextOffset: v.nullable(v.number()) });

/** GET /api/compliance/people */
export const PeopleSchema = v.object({
  items: v.array(v.object({ id: v.string(), name: v.string(), role: v.string(), status: v.picklist(["active", "disabled"]) })),
});
export type Person = v.InferOutput<typeof PeopleSchema>["items"][number];
export type People = v.InferOutput<typeof PeopleSchema>;

export const ReviewNoteSchema = v.object({
  id: v.string(),
  createdAt: v.number(),
  editedAt: v.nullable(v.number()),
  customerId: v.string(),
  customerName: v.string(),
  authorId: v.nullable(v.string()),
  authorName: v.string(),
  kind: v.picklist(NOTE_KINDS),
  category: v.string(),
  action: v.string(),
  text: v.string(),
  revisions: v.number(),
});
export type ReviewNote = v.InferOutput<typeof ReviewNoteSchema>;

export const ReviewAuditRowSchema = v.object({
  seq: v.number(),
  at: v.number(),
  actorId: v.nullable(v.string()),
  actorName: v.nullable(v.string()),
  actorRole: v.nullable(v.string()),
  action: v.string(),
  targetType: v.string(),
  targetId: v.nullable(v.string()),
  customerId: v.nullable(v.string()),
  outcome: v.picklist(["success", "failure", "denied"]),
  ip: v.nullable(v.string()),
  userAgent: v.nullable(v.string()),
  /** JSON text, as chained. */
  details: v.string(),
  hash: v.string(),
});
export type ReviewAuditRow = v.InferOutput<typeof ReviewAuditRowSchema>;

/** GET /api/compliance/notes */
export const ReviewNotesPageSchema = paged(ReviewNoteSchema);
export type ReviewNotesPage = v.InferOutput<typeof ReviewNotesPageSchema>;
/** GET /api/compliance/audit */
export const ReviewAuditPageSchema = paged(ReviewAuditRowSchema);
export type ReviewAuditPage = v.InferOutput<typeof ReviewAuditPageSchema>;

/** GET /api/compliance/audit/verify: this org's streams and checkpoints against the outside anchor. */
export const AuditVerdictSchema = v.object({
  ok: v.boolean(),
  rows: v.number(),
  streams: v.number(),
  checkpoints: v.number(),
  /** The first 100 problems, each named and placed. */
  problems: v.array(
    v.object({
      kind: v.string(),
      seq: v.optional(v.number()),
      stream: v.optional(v.string()),
      streamSeq: v.optional(v.number()),
      orgId: v.optional(v.string()),
      message: v.string(),
    }),
  ),
  anchor: v.nullable(v.object({ orgId: v.string(), seq: v.number(), hash: v.string() })),
});
export type AuditVerdict = v.InferOutput<typeof AuditVerdictSchema>;

/** A quarterly review marked done: who, when, and its scope (the reviewed days and the filters). */
export const ComplianceReviewSchema = v.object({
  id: v.string(),
  reviewedBy: v.string(),
  reviewerName: v.string(),
  reviewedAt: v.number(),
  from: v.string(),
  to: v.string(),
  scope: v.record(v.string(), v.string()),
  note: v.string(),
});
export type ComplianceReview = v.InferOutput<typeof ComplianceReviewSchema>;

/** GET /api/compliance/reviews: newest first. */
export const ComplianceReviewsSchema = v.object({ items: v.array(ComplianceReviewSchema) });
export type ComplianceReviews = v.InferOutput<typeof ComplianceReviewsSchema>;

/** POST /api/compliance/reviews */
export const ReviewSignedOffSchema = v.object({ review: ComplianceReviewSchema });
export type ReviewSignedOff = v.InferOutput<typeof ReviewSignedOffSchema>;
