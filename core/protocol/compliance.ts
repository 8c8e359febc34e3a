// Queries of the compliance review: notes and the audit trail, filtered, paged or exported.
import * as v from "valibot";
import { dayBounds } from "../domain/time-zone";
import { CustomerIdSchema, NoteTextSchema } from "./api";
import { NoteIdSchema } from "./compliance-commands";

/** `YYYY-MM-DD` (a whole day of the org's time zone) or an ISO timestamp. */
const DateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, "must be a date (YYYY-MM-DD) or ISO time"),
  v.check((s) => !Number.isNaN(Date.parse(s)), "is not a real date"),
);
const whole = (min: number, max: number, fallback: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.regex(/^\d+$/, "must be a whole number"),
    v.transform(Number),
    v.minValue(min),
    v.maxValue(max),
  );

const filters = {
  from: v.optional(DateSchema),
  to: v.optional(DateSchema),
  staffId: v.optional(v.pipe(v.string(), v.regex(/^stf_[\w-]{1,64}$/, "is not a staff id"))),
  customerId: v.optional(CustomerIdSchema),
  limit: whole(1, 200, 50),
  offset: whole(0, 100_000, 0),
};

export const NOTE_KINDS = ["manual", "automatic", "system"] as const;
export const ComplianceNotesQuerySchema = v.object({
  ...filters,
  kind: v.optional(v.picklist(NOTE_KINDS)),
  /** The action the note accompanies, e.g. "note.add", "customer.view", "pii.reveal". */
  action: v.optional(v.pipe(v.string(), v.regex(/^[\w.]{1,60}$/, "is not an action name"))),
});
export type ComplianceNotesQuery = v.InferOutput<typeof ComplianceNotesQuerySchema>;

export const ComplianceAuditQuerySchema = v.object({
  ...filters,
  action: v.optional(v.pipe(v.string(), v.regex(/^[\w. /:-]{1,80}$/, "is not an action name"))),
  outcome: v.optional(v.picklist(["success", "failure", "denied"])),
});
export type ComplianceAuditQuery = v.InferOutput<typeof ComplianceAuditQuerySchema>;

/** `from` is inclusive; a bare `to` date covers that whole day (both are days of the org's time zone). */
export function timeRange(query: { from?: string; to?: string }, timeZone: string): { from?: number; to?: number } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const from = query.from ? (day.test(query.from) ? dayBounds(query.from, timeZone).start : Date.parse(query.from)) : undefined;
  const to = query.to ? (day.test(query.to) ? dayBounds(query.to, timeZone).end - 1 : Date.parse(query.to)) : undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/**
 * POST /api/compliance/reviews: compliance marks the quarterly review of a date range done, with
 * the filters that were on screen (the scope) and a note.
 */
export const ReviewSignOffSchema = v.pipe(
  v.object({
    from: v.pipe(v.string(), v.isoDate("must be a date (YYYY-MM-DD)")),
    to: v.pipe(v.string(), v.isoDate("must be a date (YYYY-MM-DD)")),
    scope: v.optional(
      v.object({
        tab: v.optional(v.picklist(["notes", "audit"])),
        staffId: filters.staffId,
        customerId: filters.customerId,
        kind: v.optional(v.picklist(NOTE_KINDS)),
        action: ComplianceAuditQuerySchema.entries.action,
        outcome: ComplianceAuditQuerySchema.entries.outcome,
      }),
      {},
    ),
    note: NoteTextSchema,
  }),
  v.check((body) => body.from <= body.to, "`from` must not be after `to`"),
);
export type ReviewSignOff = v.InferOutput<typeof ReviewSignOffSchema>;

/** GET /api/customers/:id/notes: newest first, paged. */
export const CustomerNotesQuerySchema = v.object({
  kind: v.optional(v.picklist(NOTE_KINDS)),
  limit: whole(1, 100, 30),
  offset: whole(0, 100_000, 0),
});

export const NoteParamSchema = v.object({ id: CustomerIdSchema, noteId: NoteIdSchema });
