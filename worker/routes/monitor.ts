// GET /api/monitor (the director's dashboard), /api/monitor/drill (the interactions behind a cell) and
// /api/monitor/me (a rep's own figures). Leads see their own team, directors the whole org.
import { Hono } from "hono";
import { monitorFigures, weeklyTrend } from "../../core/domain/monitor-figures";
import { addDays, dayRange, localDate, startOfLocalDay } from "../../core/domain/org-time";
import { canMonitorTeam } from "../../core/domain/permissions";
import { versionsInEffect } from "../../core/domain/process-steps";
import { levelOf, quantile } from "../../core/domain/step-stats";
import { AppError } from "../../core/protocol/errors";
import { DrillQuerySchema, MonitorQuerySchema } from "../../core/protocol/monitor";
import type { Drill, Monitor, MyMonitor } from "../../core/protocol/monitor-answers";
import { cellBins, drillInteractions, measuredStaff, mentorsOf, repStepSeconds, trendBins } from "../../db/repositories/monitor-reads";
import { teamsOfOrg } from "../../db/repositories/org";
import { processVersionsOf } from "../../db/repositories/processes";
import { findStaffById } from "../../db/repositories/staff";
import { assignmentsOf } from "../../db/repositories/training";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { assignmentView } from "../monitor-presenters";
import { orgZone } from "../org-clock";

/** The default range (four weeks) and the longest one (a quarter). */
const DEFAULT_DAYS = 28;
const MAX_DAYS = 92;
const DRILL_PAGE = 25;

/** The paging cursor after a drill row: its start and, for ties, its id. */
const cursorOf = (row: { startedAt: number; interactionId: string } | undefined) => (row ? `${row.startedAt}.${row.interactionId}` : null);

export const monitorRoutes = new Hono<AppEnv>()
  .get("/", requirePermission("monitor.view"), validate("query", MonitorQuerySchema), async (c) => {
    const { db, actor } = c.var;
    const query = c.req.valid("query");
    const now = Date.now();
    const [timeZone, versions, allTeams] = await Promise.all([orgZone(c), processVersionsOf(db, actor.orgId), teamsOfOrg(db, actor.orgId)]);
    const teams = allTeams.filter((t) => canMonitorTeam(actor, t.id));
    if (query.team && !teams.some((t) => t.id === query.team)) throw new AppError("NOT_FOUND", "No such team");
    const selectedTeam = query.team ?? (actor.role === "team_lead" ? actor.teamId : null);
    const teamIds = selectedTeam ? [selectedTeam] : null;
    const current = versionsInEffect(versions, Number.MAX_SAFE_INTEGER);
    const process = query.process ? current.find((p) => p.processId === query.process) : current[0];
    if (query.process && !process) throw new AppError("NOT_FOUND", "No such process");
    const range = dayRange(query, localDate(now, timeZone), DEFAULT_DAYS, MAX_DAYS);
    const scope = { orgId: actor.orgId, processId: process?.processId ?? "", teamIds, ...range };
    const [cells, trend, measured, mentors] = await Promise.all([
      process ? cellBins(db, scope) : [],
      process ? trendBins(db, scope) : [],
      measuredStaff(db, actor.orgId, teamIds),
      mentorsOf(db, actor.orgId),
    ]);
    const figures = monitorFigures(cells, process?.steps ?? []);
    // A rep's interactions: at least as many as their most visited step had.
    const interactions = new Map<string, number>();
    for (const cell of figures.cells) interactions.set(cell.staffId, Math.max(interactions.get(cell.staffId) ?? 0, cell.interactions));
    const rows = await assignmentsOf(db, actor.orgId, { staffIds: measured.map((m) => m.staffId) });
    return c.json<Monitor>({
      range,
      timeZone,
      teams,
      selectedTeam,
      processes: current.map((p) => ({ id: p.processId, name: p.name })),
      process: process ? { id: process.processId, name: process.name, version: process.version, steps: process.steps } : null,
      reps: measured.map((m) => ({ ...m, interactions: interactions.get(m.staffId) ?? 0 })),
      cells: figures.cells.filter((cell) => measured.some((m) => m.staffId === cell.staffId)),
      steps: figures.steps,
      trend: weeklyTrend(trend),
      worst: figures.worst,
      assignments: await Promise.all(rows.filter((r) => r.processId === process?.processId).map((r) => assignmentView(db, r, now))),
      mentors,
    });
  })
  .get("/drill", requirePermission("monitor.view"), validate("query", DrillQuerySchema), async (c) => {
    const { db, actor } = c.var;
    const query = c.req.valid("query");
    const now = Date.now();
    const [timeZone, versions, rep] = await Promise.all([orgZone(c), processVersionsOf(db, actor.orgId), findStaffById(db, query.staff)]);
    if (!rep || rep.orgId !== actor.orgId || !canMonitorTeam(actor, rep.teamId)) throw new AppError("NOT_FOUND", "No such rep");
    const process = versionsInEffect(versions, Number.MAX_SAFE_INTEGER).find((p) => p.processId === query.process);
    const step = process?.steps.find((s) => s.key === query.step) ?? versions.flatMap((v) => v.steps).find((s) => s.key === query.step);
    if (!process || !step) throw new AppError("NOT_FOUND", "No such step");
    const range = dayRange(query, localDate(now, timeZone), DEFAULT_DAYS, MAX_DAYS);
    const toMs = startOfLocalDay(addDays(range.to, 1), timeZone);
    const found = await drillInteractions(db, {
      orgId: actor.orgId,
      processId: process.processId,
      staffId: rep.id,
      stepKey: step.key,
      fromMs: startOfLocalDay(range.from, timeZone),
      toMs,
      before: query.before,
      limit: DRILL_PAGE + 1,
    });
    const page = found.slice(0, DRILL_PAGE);
    return c.json<Drill>({
      rep: { staffId: rep.id, name: rep.name },
      step: { key: step.key, label: step.label },
      items: page.map((row) => ({
        interactionId: row.interactionId,
        customer: { id: row.customerId, name: row.customerName },
        kind: row.kind,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        seconds: row.seconds,
        steps: row.steps.map((s) => ({ key: s.key, label: s.label, seconds: s.seconds })),
        elsewhereSeconds: row.elsewhereSeconds,
        activeSeconds: row.activeSeconds,
      })),
      nextBefore: found.length > DRILL_PAGE ? cursorOf(page.at(-1)) : null,
    });
  })
  .get("/me", requirePermission("monitor.self"), async (c) => {
    const { db, actor } = c.var;
    const now = Date.now();
    const [timeZone, versions] = await Promise.all([orgZone(c), processVersionsOf(db, actor.orgId)]);
    const range = dayRange({}, localDate(now, timeZone), DEFAULT_DAYS, MAX_DAYS);
    const current = versionsInEffect(versions, Number.MAX_SAFE_INTEGER);
    const mine = await repStepSeconds(db, {
      orgId: actor.orgId,
      processIds: current.map((p) => p.processId),
      staffId: actor.id,
      fromMs: startOfLocalDay(range.from, timeZone),
      toMs: now + 1,
    });
    const rows = await assignmentsOf(db, actor.orgId, { staffIds: [actor.id] });
    return c.json<MyMonitor>({
      range,
      processes: current.map((p) => ({
        id: p.processId,
        name: p.name,
        steps: p.steps.map((s) => {
          const seconds = mine.filter((m) => m.processId === p.processId && m.stepKey === s.key).map((m) => m.seconds);
          const median = quantile(seconds, 0.5);
          return {
            key: s.key,
            label: s.label,
            minSeconds: s.minSeconds,
            referenceSeconds: s.referenceSeconds,
            maxSeconds: s.maxSeconds,
            interactions: seconds.length,
            median,
            p90: quantile(seconds, 0.9),
            level: median === null ? null : levelOf(median, s),
          };
        }),
      })),
      assignments: await Promise.all(rows.map((r) => assignmentView(db, r, now))),
    });
  });
