// The admin screen's staff: the org's people (reads always scoped to the org) and their changes,
// as statements the route commits with their audit row. Regions and teams are in org.ts.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { sessions, staff, teams } from "../schema";
import type { Statement } from "./audit";
import type { StaffRow } from "./staff";

export async function listOrgStaff(db: Database, orgId: string) {
  return db
    .select({
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      status: staff.status,
      teamId: staff.teamId,
      teamName: teams.name,
      sso: staff.oidcSubject,
      createdAt: staff.createdAt,
      updatedAt: staff.updatedAt,
    })
    .from(staff)
    .leftJoin(teams, eq(teams.id, staff.teamId))
    .where(eq(staff.orgId, orgId))
    .orderBy(asc(staff.name), asc(staff.id));
}

export async function findOrgStaff(db: Database, orgId: string, id: string): Promise<StaffRow | null> {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id)))
    .limit(1);
  return row ?? null;
}

/** Whether anyone, in any org, already has this email (emails are unique across Tandem). */
export async function emailTaken(db: Database, email: string): Promise<boolean> {
  const [row] = await db.select({ id: staff.id }).from(staff).where(eq(staff.email, email)).limit(1);
  return row !== undefined;
}

export function insertStaff(db: Database, row: StaffRow): Statement {
  return db.insert(staff).values(row);
}

export function updateStaff(
  db: Database,
  id: string,
  changes: Pick<StaffRow, "name" | "role" | "teamId" | "status" | "updatedAt">,
): Statement {
  return db.update(staff).set(changes).where(eq(staff.id, id));
}

/** A statement ending every live session of a person, for a batch with the change that ends them. */
export function revokeSessionsStatement(db: Database, staffId: string, now: number) {
  return db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.staffId, staffId), isNull(sessions.revokedAt)));
}
