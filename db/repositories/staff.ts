// Staff lookups, joined with their team's region so an actor knows all its org levels; who may sign
// in (the dev directory, the SSO match) and binding a person to their identity provider's subject.
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../../core/domain/actor";
import type { Role } from "../../core/domain/roles";
import type { Database } from "../client";
import { orgs, staff, teams } from "../schema";
import type { Statement } from "./audit";

export type StaffRow = typeof staff.$inferSelect;

export interface StaffRecord {
  id: string;
  orgId: string;
  teamId: string | null;
  regionId: string | null;
  email: string;
  name: string;
  role: Role;
  status: "active" | "disabled";
}

export const STAFF_COLUMNS = {
  id: staff.id,
  orgId: staff.orgId,
  teamId: staff.teamId,
  regionId: teams.regionId,
  email: staff.email,
  name: staff.name,
  role: staff.role,
  status: staff.status,
};

export async function findStaffByEmail(db: Database, email: string): Promise<StaffRecord | null> {
  const rows = await db
    .select(STAFF_COLUMNS)
    .from(staff)
    .leftJoin(teams, eq(teams.id, staff.teamId))
    .where(eq(staff.email, email.trim().toLowerCase()))
    .limit(1);
  return (rows[0] as StaffRecord | undefined) ?? null;
}

export async function findStaffById(db: Database, id: string): Promise<StaffRecord | null> {
  const rows = await db.select(STAFF_COLUMNS).from(staff).leftJoin(teams, eq(teams.id, staff.teamId)).where(eq(staff.id, id)).limit(1);
  return (rows[0] as StaffRecord | undefined) ?? null;
}

export function toActor(record: StaffRecord, sessionId: string): Actor {
  return {
    id: record.id,
    orgId: record.orgId,
    teamId: record.teamId,
    regionId: record.regionId,
    role: record.role,
    name: record.name,
    email: record.email,
    sessionId,
  };
}

/** Everyone active, by org and name: the demo's sign-in picker. */
export function activeStaffDirectory(db: Database) {
  return db
    .select({ email: staff.email, name: staff.name, role: staff.role, org: orgs.name })
    .from(staff)
    .innerJoin(orgs, eq(orgs.id, staff.orgId))
    .where(eq(staff.status, "active"))
    .orderBy(asc(orgs.name), asc(staff.name));
}

/** The org's staff row for this (already normalised) email, whatever its status. */
export async function findOrgStaffByEmail(db: Database, orgId: string, email: string): Promise<StaffRow | null> {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.email, email)))
    .limit(1);
  return row ?? null;
}

/** Whether some account is already bound to this identity provider subject. */
export async function subjectTaken(db: Database, subject: string): Promise<boolean> {
  const [row] = await db.select({ id: staff.id }).from(staff).where(eq(staff.oidcSubject, subject)).limit(1);
  return row !== undefined;
}

/** What a sign-in's claims say: role and team, and the subject the account is bound to. */
export function bindIdentity(
  db: Database,
  staffId: string,
  claimed: Pick<StaffRow, "role" | "teamId" | "oidcSubject">,
  at: number,
): Statement {
  return db
    .update(staff)
    .set({ ...claimed, updatedAt: at })
    .where(eq(staff.id, staffId));
}
