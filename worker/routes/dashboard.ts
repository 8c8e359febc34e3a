// GET /api/dashboard: a lead's floor statistics and queues, filtered by team, region and dates.
import { Hono } from "hono";
import { DashboardQuerySchema, dashboardRange, floorStats } from "../../core/domain/dashboard";
import { endOfDay } from "../../core/domain/time-zone";
import type { Dashboard } from "../../core/protocol/dashboard-answers";
import { AppError } from "../../core/protocol/errors";
import { ordersByStatus, orgTeams, queueCounts, sessionsIn } from "../../db/repositories/dashboard";
import { orgTimeZone } from "../../db/repositories/org";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

export const dashboardRoutes = new Hono<AppEnv>()
  .use(requirePermission("floor.watch"))
  .get("/", validate("query", DashboardQuerySchema), async (c) => {
    const query = c.req.valid("query");
    const actor = c.var.actor;
    const now = Date.now();
    // Aggregate charts compare teams across the org; the live board (floor room) stays per team.
    const visible = await orgTeams(c.var.db, actor.orgId);
    if (query.team && !visible.some((t) => t.id === query.team)) throw new AppError("NOT_FOUND", "No such team");
    if (query.region && !visible.some((t) => t.regionId === query.region)) throw new AppError("NOT_FOUND", "No such region");
    const selected = visible.filter((t) => (query.team ? t.id === query.team : query.region ? t.regionId === query.region : true));
    const teamIds = selected.map((t) => t.id);
    const timeZone = await orgTimeZone(c.var.db, actor.orgId);
    const range = dashboardRange(query, now, timeZone);
    const [sessions, statuses, queues] = await Promise.all([
      sessionsIn(c.var.db, actor.orgId, teamIds, range),
      ordersByStatus(c.var.db, actor.orgId, teamIds, range),
      queueCounts(c.var.db, actor.orgId, teamIds, endOfDay(now, timeZone)),
    ]);
    return c.json<Dashboard>({
      range: { from: range.firstDay, to: range.lastDay },
      teams: visible.map((t) => ({ id: t.id, name: t.name, regionId: t.regionId, regionName: t.regionName })),
      selectedTeams: teamIds,
      stats: floorStats(sessions),
      ordersByStatus: statuses.sort((a, b) => b.orders - a.orders),
      queues,
    });
  });
