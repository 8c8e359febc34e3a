// GET /api/me: who is signed in, at which org levels, and what they may do.
import { Hono } from "hono";
import { can, PERMISSION_NAMES } from "../../core/domain/permissions";
import { DEFAULT_TIME_ZONE } from "../../core/domain/time-zone";
import type { Me } from "../../core/protocol/auth-answers";
import { orgLinksOf, orgSummary, teamWithRegion } from "../../db/repositories/org";
import type { AppEnv } from "../env";

export const meRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const actor = c.var.actor;
  const db = c.var.db;
  const [org, team, links] = await Promise.all([
    orgSummary(db, actor.orgId),
    actor.teamId ? teamWithRegion(db, actor.teamId) : null,
    orgLinksOf(db, actor.orgId),
  ]);
  return c.json<Me>({
    id: actor.id,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    org: org ?? { id: actor.orgId, name: actor.orgId, timeZone: DEFAULT_TIME_ZONE },
    team: team ? { id: team.id, name: team.name } : null,
    region: team ? { id: team.regionId, name: team.regionName } : null,
    permissions: PERMISSION_NAMES.filter((p) => can(actor.role, p)),
    links,
  });
});
