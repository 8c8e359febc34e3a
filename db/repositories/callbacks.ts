// Callbacks: one customer's (for the room's commands), and the ones that fell due (for the Cron
// Trigger, which claims each once so overlapping runs never announce one twice).
import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Database } from "../client";
import { callbacks, customers, staff } from "../schema";
import type { Statement } from "./audit";

export type CallbackInsert = typeof callbacks.$inferInsert;

export async function findCallback(db: Database, customerId: string, id: string) {
  const [row] = await db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.id, id), eq(callbacks.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

export function insertCallback(db: Database, row: CallbackInsert): Statement {
  return db.insert(callbacks).values(row);
}

/** A new time (and maybe person): announced again when it falls due. */
export function rescheduleCallback(db: Database, id: string, change: { dueAt: number; assignedTo: string }): Statement {
  return db
    .update(callbacks)
    .set({ ...change, notifiedAt: null })
    .where(and(eq(callbacks.id, id), isNull(callbacks.doneAt)));
}

export function completeCallback(db: Database, id: string, done: { doneAt: number; doneBy: string; doneNoteId: string }): Statement {
  return db
    .update(callbacks)
    .set(done)
    .where(and(eq(callbacks.id, id), isNull(callbacks.doneAt)));
}

/** One customer's callbacks with the assignee's name, for the profile. */
export function callbacksOfQuery(db: Database, customerId: string) {
  return db
    .select({
      id: callbacks.id,
      customerId: callbacks.customerId,
      assignedTo: callbacks.assignedTo,
      assignedName: staff.name,
      dueAt: callbacks.dueAt,
      reason: callbacks.reason,
      doneAt: callbacks.doneAt,
    })
    .from(callbacks)
    .leftJoin(staff, eq(staff.id, callbacks.assignedTo))
    .where(eq(callbacks.customerId, customerId))
    .orderBy(asc(callbacks.dueAt));
}

/** Who a lead may give callbacks to: the org's active people, by name. */
export function assignableStaff(db: Database, orgId: string) {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role, teamId: staff.teamId })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.status, "active")))
    .orderBy(asc(staff.name));
}

export interface DueCallback {
  id: string;
  customerId: string;
  customerName: string;
  customerTeamId: string | null;
  assignedTo: string | null;
  assigneeName: string | null;
  assigneeTeamId: string | null;
  dueAt: number;
}

/** D1 binds at most 100 parameters per statement: the claim names each id once. */
export const CLAIM_LIMIT = 50;

/**
 * Claims up to `limit` callbacks that fell due and were not announced yet: marks them announced and
 * answers them. The mark is conditional, so of two overlapping runs each callback goes to one.
 */
export async function claimDueCallbacks(db: Database, now: number, limit = CLAIM_LIMIT): Promise<DueCallback[]> {
  const due = await db
    .select({ id: callbacks.id })
    .from(callbacks)
    .where(and(isNull(callbacks.doneAt), isNull(callbacks.notifiedAt), lte(callbacks.dueAt, now)))
    .orderBy(asc(callbacks.dueAt))
    .limit(limit);
  if (due.length === 0) return [];
  const claimed = await db
    .update(callbacks)
    .set({ notifiedAt: now })
    .where(
      and(
        inArray(
          callbacks.id,
          due.map((d) => d.id),
        ),
        isNull(callbacks.notifiedAt),
        isNull(callbacks.doneAt),
      ),
    )
    .returning({ id: callbacks.id });
  if (claimed.length === 0) return [];
  return db
    .select({
      id: callbacks.id,
      customerId: callbacks.customerId,
      customerName: customers.fullName,
      customerTeamId: customers.teamId,
      assignedTo: callbacks.assignedTo,
      assigneeName: staff.name,
      assigneeTeamId: staff.teamId,
      dueAt: callbacks.dueAt,
    })
    .from(callbacks)
    .innerJoin(customers, eq(customers.id, callbacks.customerId))
    .leftJoin(staff, eq(staff.id, callbacks.assignedTo))
    .where(
      inArray(
        callbacks.id,
        claimed.map((c) => c.id),
      ),
    );
}
