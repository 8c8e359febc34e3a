// An org's structure (org -> region -> team): reads always scoped to the org, and the admin screen's
// changes to regions and teams as statements the route commits with their audit row.
import { and, asc, eq } from "drizzle-orm";
import { DEFAULT_TIME_ZONE } from "../../core/domain/time-zone";
import type { Database } from "../client";
import { orgLinks, orgs, regions, teams } from "../schema";
import type { Statement } from "./audit";

export type RegionInsert = typeof regions.$inferInsert;
export type TeamInsert = typeof teams.$inferInsert;

export async function findOrg(db: Database, orgId: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, orgId)).limit(1);
  return row ?? null;
}

/** The org's id, name and time zone, for the signed-in person's header and clock. */
export async function orgSummary(db: Database, orgId: string): Promise<{ id: string; name: string; timeZone: string } | null> {
  const [row] = await db.select({ id: orgs.id, name: orgs.name, timeZone: orgs.timeZone }).from(orgs).where(eq(orgs.id, orgId));
  return row ?? null;
}

/** The IANA zone of the org's days (every day boundary: core/domain/time-zone.ts). */
export async function orgTimeZone(db: Database, orgId: string): Promise<string> {
  const [row] = await db.select({ timeZone: orgs.timeZone }).from(orgs).where(eq(orgs.id, orgId));
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The org's links out of a profile, in their order. */
export function orgLinksOf(db: Database, orgId: string) {
  return db
    .select({ id: orgLinks.id, label: orgLinks.label, urlTemplate: orgLinks.urlTemplate })
    .from(orgLinks)
    .where(eq(orgLinks.orgId, orgId))
    .orderBy(asc(orgLinks.position), asc(orgLinks.id));
}

/** The org whose SSO users come from this email domain. */
export async function orgBySsoDomain(db: Database, domain: string): Promise<{ id: string } | null> {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.ssoDomain, domain)).limit(1);
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

/** A team with its region's name (null when there is no such team). */
export async function teamWithRegion(db: Database, teamId: string) {
  const [row] = await db
    .select({ id: teams.id, name: teams.name, regionId: teams.regionId, regionName: regions.name })
    .from(teams)
    .innerJoin(regions, eq(regions.id, teams.regionId))
    .where(eq(teams.id, teamId));
  return row ?? null;
}

/** The org's teams, for matching a team claim and reaching every floor room of the org. */
export function teamsOfOrg(db: Database, orgId: string): Promise<{ id: string; name: string }[]> {
  return db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.orgId, orgId));
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

export function insertRegion(db: Database, row: RegionInsert): Statement {
  return db.insert(regions).values(row);
}

export function renameRegion(db: Database, id: string, name: string): Statement {
  return db.update(regions).set({ name }).where(eq(regions.id, id));
}

export function insertTeam(db: Database, row: TeamInsert): Statement {
  return db.insert(teams).values(row);
}

export function updateTeam(db: Database, id: string, changes: Pick<TeamInsert, "name" | "regionId">): Statement {
  return db.update(teams).set(changes).where(eq(teams.id, id));
}
