// Compliance review: notes and the audit trail with filters, and CSV exports for quarterly review.
// Reading needs audit.read; exporting needs audit.export and is itself audited.
import { type Context, Hono } from "hono";
import { toCsv } from "../../core/domain/csv";
import { localDate } from "../../core/domain/time-zone";
import { ComplianceAuditQuerySchema, ComplianceNotesQuerySchema, timeRange } from "../../core/protocol/compliance";
import type { AuditVerdict, People, ReviewAuditPage, ReviewNotesPage } from "../../core/protocol/compliance-answers";
import { auditSignerFor, maxAuditSeq } from "../../db/repositories/audit";
import { verifyStoredAuditLog } from "../../db/repositories/audit-chain";
import { orgPeople, type ReviewFilter, reviewAudit, reviewNotes } from "../../db/repositories/compliance";
import { orgTimeZone } from "../../db/repositories/org";
import { actorAudit, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { auditAnchor } from "../rooms";
import { complianceReviewRoutes } from "./compliance-reviews";

/** An export larger than this is cut, and says so in a header and in its audit row. */
export const MAX_EXPORT_ROWS = 20_000;
const EXPORT_PAGE = 500;

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

type NoteRow = Awaited<ReturnType<typeof reviewNotes>>[number];
type AuditRow = Awaited<ReturnType<typeof reviewAudit>>[number];

const NOTE_COLUMNS = [
  { header: "created_at", value: (r: NoteRow) => iso(r.createdAt) },
  { header: "customer_id", value: (r: NoteRow) => r.customerId },
  { header: "customer_name", value: (r: NoteRow) => r.customerName },
  { header: "author_id", value: (r: NoteRow) => r.authorId },
  { header: "author_name", value: (r: NoteRow) => r.authorName },
  { header: "kind", value: (r: NoteRow) => r.kind },
  { header: "category", value: (r: NoteRow) => r.category },
  { header: "action", value: (r: NoteRow) => r.action },
  { header: "text", value: (r: NoteRow) => r.text },
  { header: "edited_at", value: (r: NoteRow) => iso(r.editedAt) },
  { header: "revisions", value: (r: NoteRow) => r.revisions },
  { header: "note_id", value: (r: NoteRow) => r.id },
];

const AUDIT_COLUMNS = [
  { header: "seq", value: (r: AuditRow) => r.seq },
  { header: "at", value: (r: AuditRow) => iso(r.at) },
  { header: "actor_id", value: (r: AuditRow) => r.actorId },
  { header: "actor_name", value: (r: AuditRow) => r.actorName },
  { header: "actor_role", value: (r: AuditRow) => r.actorRole },
  { header: "action", value: (r: AuditRow) => r.action },
  { header: "target_type", value: (r: AuditRow) => r.targetType },
  { header: "target_id", value: (r: AuditRow) => r.targetId },
  { header: "customer_id", value: (r: AuditRow) => r.customerId },
  { header: "outcome", value: (r: AuditRow) => r.outcome },
  { header: "ip", value: (r: AuditRow) => r.ip },
  { header: "user_agent", value: (r: AuditRow) => r.userAgent },
  { header: "details", value: (r: AuditRow) => r.details },
  { header: "hash", value: (r: AuditRow) => r.hash },
];

/** The filters as rows to match: dates are whole days of the org's time zone. */
async function reviewFilter(
  c: Context<AppEnv>,
  query: { from?: string; to?: string; staffId?: string; customerId?: string },
): Promise<ReviewFilter> {
  const timeZone = await orgTimeZone(c.var.db, c.var.actor.orgId);
  return { orgId: c.var.actor.orgId, ...timeRange(query, timeZone), staffId: query.staffId, customerId: query.customerId };
}

async function collect<T>(
  fetchPage: (page: { limit: number; offset: number }) => Promise<T[]>,
): Promise<{ rows: T[]; truncated: boolean }> {
  const rows: T[] = [];
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += EXPORT_PAGE) {
    const page = await fetchPage({ limit: Math.min(EXPORT_PAGE, MAX_EXPORT_ROWS - offset), offset });
    rows.push(...page);
    if (page.length < EXPORT_PAGE) return { rows, truncated: false };
  }
  return { rows, truncated: (await fetchPage({ limit: 1, offset: MAX_EXPORT_ROWS })).length > 0 };
}

async function csvResponse(c: Context<AppEnv>, name: string, body: string, rows: number, truncated: boolean, filters: object) {
  await recordAudit(
    c,
    actorAudit(c, { action: `${name}.export`, targetType: name, targetId: null, details: { filters, rows, truncated } }),
  );
  const day = localDate(Date.now(), await orgTimeZone(c.var.db, c.var.actor.orgId));
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="tandem-${name}-${day}.csv"`,
    "X-Export-Rows": String(rows),
    "X-Export-Truncated": String(truncated),
  });
}

export const complianceRoutes = new Hono<AppEnv>()
  .use(requirePermission("audit.read"))
  .route("/reviews", complianceReviewRoutes)
  .get("/people", async (c) => c.json<People>({ items: await orgPeople(c.var.db, c.var.actor.orgId) }))
  .get("/notes", validate("query", ComplianceNotesQuerySchema), async (c) => {
    const q = c.req.valid("query");
    const rows = await reviewNotes(
      c.var.db,
      { ...(await reviewFilter(c, q)), kind: q.kind, action: q.action },
      { limit: q.limit + 1, offset: q.offset },
    );
    return c.json<ReviewNotesPage>({ items: rows.slice(0, q.limit), nextOffset: rows.length > q.limit ? q.offset + q.limit : null });
  })
  .get("/audit", validate("query", ComplianceAuditQuerySchema), async (c) => {
    const q = c.req.valid("query");
    const rows = await reviewAudit(
      c.var.db,
      { ...(await reviewFilter(c, q)), action: q.action, outcome: q.outcome },
      { limit: q.limit + 1, offset: q.offset },
    );
    return c.json<ReviewAuditPage>({ items: rows.slice(0, q.limit), nextOffset: rows.length > q.limit ? q.offset + q.limit : null });
  })
  .get("/audit/verify", async (c) => {
    // This org's streams and checkpoints, against the anchor kept outside the database.
    const { orgId } = c.var.actor;
    const anchor = await auditAnchor(c.env, orgId).checkpoint(orgId);
    const verdict = await verifyStoredAuditLog(c.var.db, [await auditSignerFor(c.env)], anchor ? [anchor] : [], orgId);
    await recordAudit(
      c,
      actorAudit(c, { action: "audit.verify", targetType: "audit", targetId: null, details: { ok: verdict.ok, rows: verdict.rows } }),
    );
    return c.json<AuditVerdict>({ ...verdict, problems: verdict.problems.slice(0, 100), anchor });
  })
  .get("/notes/export", requirePermission("audit.export"), validate("query", ComplianceNotesQuerySchema), async (c) => {
    const { limit: _l, offset: _o, ...filters } = c.req.valid("query");
    const range = await reviewFilter(c, filters);
    const filter = { ...range, to: Math.min(range.to ?? Number.MAX_SAFE_INTEGER, Date.now()), kind: filters.kind, action: filters.action };
    const { rows, truncated } = await collect((page) => reviewNotes(c.var.db, filter, page));
    return csvResponse(c, "notes", toCsv(NOTE_COLUMNS, rows), rows.length, truncated, filters);
  })
  .get("/audit/export", requirePermission("audit.export"), validate("query", ComplianceAuditQuerySchema), async (c) => {
    const { limit: _l, offset: _o, ...filters } = c.req.valid("query");
    // Pages by offset over a fixed head, so rows appended meanwhile neither shift nor repeat.
    const maxSeq = await maxAuditSeq(c.var.db);
    const filter = { ...(await reviewFilter(c, filters)), action: filters.action, outcome: filters.outcome, maxSeq };
    const { rows, truncated } = await collect((page) => reviewAudit(c.var.db, filter, page));
    return csvResponse(c, "audit", toCsv(AUDIT_COLUMNS, rows), rows.length, truncated, filters);
  });
