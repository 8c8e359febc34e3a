// Staff lookups, joined with their team's region so an actor knows all its org levels.
import { eq } from "drizzle-orm";
import type { Actor } from "../../core/domain/actor";
import type { Role } from "../../core/domain/roles";
import type { Database } from "../client";
import { staff, teams } from "../schema";

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
