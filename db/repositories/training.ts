// Training assignments: a course or a mentor meeting for one rep's step, and the rep marking it done.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { processes, staff, trainingAssignments } from "../schema";
import type { Statement } from "./audit";

export type AssignmentInsert = typeof trainingAssignments.$inferInsert;
export type AssignmentRow = typeof trainingAssignments.$inferSelect & { processName: string; staffName: string };

export function insertAssignment(db: Database, row: AssignmentInsert): Statement {
  return db.insert(trainingAssignments).values(row);
}

/** Marks the rep's own open assignment done; a second tap (or someone else's) changes nothing. */
export function completeAssignment(db: Database, id: string, staffId: string, at: number): Statement {
  return db
    .update(trainingAssignments)
    .set({ completedAt: at })
    .where(and(eq(trainingAssignments.id, id), eq(trainingAssignments.staffId, staffId), isNull(trainingAssignments.completedAt)));
}

/** Assignments of these people (newest first), or one by id. */
export async function assignmentsOf(db: Database, orgId: string, filter: { staffIds?: string[]; id?: string }): Promise<AssignmentRow[]> {
  if (filter.staffIds && filter.staffIds.length === 0) return [];
  const rows = await db
    .select({ row: trainingAssignments, processName: processes.name, staffName: staff.name })
    .from(trainingAssignments)
    .innerJoin(processes, eq(processes.id, trainingAssignments.processId))
    .innerJoin(staff, eq(staff.id, trainingAssignments.staffId))
    .where(
      and(
        eq(trainingAssignments.orgId, orgId),
        filter.staffIds ? inArray(trainingAssignments.staffId, filter.staffIds) : undefined,
        filter.id ? eq(trainingAssignments.id, filter.id) : undefined,
      ),
    )
    .orderBy(desc(trainingAssignments.assignedAt))
    .limit(200);
  return rows.map((r) => ({ ...r.row, processName: r.processName, staffName: r.staffName }));
}
