// Compliance review reads: notes and audit rows of one org, filtered by time, person, customer and kind.
import { and, asc, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog, customers, notes, staff } from "../schema";
import { revisionCount } from "./notes";

export interface ReviewFilter {
  orgId: string;
  from?: number;
  to?: number;
  staffId?: string;
  customerId?: string;
}

export async function reviewNotes(
  db: Database,
  filter: ReviewFilter & { kind?: "manual" | "automatic" | "system"; action?: string },
  page: { limit: number; offset: number },
) {
  const where: SQL[] = [eq(notes.orgId, filter.orgId)];
  if (filter.from !== undefined) where.push(gte(notes.createdAt, filter.from));
  if (filter.to !== undefined) where.push(lte(notes.createdAt, filter.to));
  if (filter.staffId) where.push(eq(notes.authorId, filter.staffId));
  if (filter.customerId) where.push(eq(notes.customerId, filter.customerId));
  if (filter.kind) where.push(eq(notes.kind, filter.kind));
  if (filter.action) where.push(eq(notes.action, filter.action));
  return db
    .select({
      id: notes.id,
      createdAt: notes.createdAt,
      editedAt: notes.editedAt,
      customerId: notes.customerId,
      customerName: customers.fullName,
      authorId: notes.authorId,
      authorName: notes.authorName,
      kind: notes.kind,
      category: notes.category,
      action: notes.action,
      text: notes.text,
      revisions: revisionCount,
    })
    .from(notes)
    .innerJoin(customers, eq(customers.id, notes.customerId))
    .where(and(...where))
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function reviewAudit(
  db: Database,
  filter: ReviewFilter & { action?: string; outcome?: "success" | "failure" | "denied"; maxSeq?: number },
  page: { limit: number; offset: number },
) {
  const where: SQL[] = [eq(auditLog.orgId, filter.orgId)];
  if (filter.from !== undefined) where.push(gte(auditLog.at, filter.from));
  if (filter.to !== undefined) where.push(lte(auditLog.at, filter.to));
  if (filter.staffId) where.push(eq(auditLog.actorId, filter.staffId));
  if (filter.customerId) where.push(eq(auditLog.customerId, filter.customerId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.maxSeq !== undefined) where.push(lte(auditLog.seq, filter.maxSeq));
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: staff.name,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      customerId: auditLog.customerId,
      outcome: auditLog.outcome,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      details: auditLog.details,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(page.limit)
    .offset(page.offset);
}

/** Everyone who may appear as a rep or actor in the filters. */
export async function orgPeople(db: Database, orgId: string) {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role, status: staff.status })
    .from(staff)
    .where(eq(staff.orgId, orgId))
    .orderBy(asc(staff.name));
}
