// GET /api/me: who is signed in, at which org levels, and what they may do.

import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { can, PERMISSION_NAMES } from "../../core/domain/permissions";
import type { Me } from "../../core/protocol/auth-answers";
import { orgs, regions, teams } from "../../db/schema";
import type { AppEnv } from "../env";

export const meRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const actor = c.var.actor;
  const db = c.var.db;
  const [org] = await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(eq(orgs.id, actor.orgId));
  const [team] = actor.teamId
    ? await db
        .select({ id: teams.id, name: teams.name, regionId: teams.regionId, regionName: regions.name })
        .from(teams)
        .innerJoin(regions, eq(regions.id, teams.regionId))
        .where(eq(teams.id, actor.teamId))
    : [];
  return c.json<Me>({
    id: actor.id,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    org: org ?? { id: actor.orgId, name: actor.orgId },
    team: team ? { id: team.id, name: team.name } : null,
    region: team ? { id: team.regionId, name: team.regionName } : null,
    permissions: PERMISSION_NAMES.filter((p) => can(actor.role, p)),
  });
});
