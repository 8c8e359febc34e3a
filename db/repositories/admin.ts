// Reads behind the admin screen: an org's staff, regions and teams, always scoped to the org.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { orgs, regions, sessions, staff, teams } from "../schema";

export type StaffRow = typeof staff.$inferSelect;

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

export async function findOrgTeam(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findOrgRegion(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(regions)
    .where(and(eq(regions.orgId, orgId), eq(regions.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findOrg(db: Database, orgId: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, orgId)).limit(1);
  return row ?? null;
}

/** Regions with their teams, for the admin screen and team pickers. */
export async function orgStructure(db: Database, orgId: string) {
  const [regionRows, teamRows] = await Promise.all([
    db.select().from(regions).where(eq(regions.orgId, orgId)).orderBy(asc(regions.name)),
    db.select().from(teams).where(eq(teams.orgId, orgId)).orderBy(asc(teams.name)),
  ]);
  return regionRows.map((r) => ({
    id: r.id,
    name: r.name,
    teams: teamRows.filter((t) => t.regionId === r.id).map((t) => ({ id: t.id, name: t.name, regionId: t.regionId })),
  }));
}

/** A statement ending every live session of a person, for a batch with the change that ends them. */
export function revokeSessionsStatement(db: Database, staffId: string, now: number) {
  return db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.staffId, staffId), isNull(sessions.revokedAt)));
}
