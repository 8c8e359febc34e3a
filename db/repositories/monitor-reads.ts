// Reads behind the process monitor: binned step times per rep (cells) and per week (trend) from the
// rollups, the interactions behind a cell, a rep's own step times, and who is measured and who mentors.
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from "drizzle-orm";
import { coverDays, dayNumber } from "../../core/domain/day-blocks";
import { weekOf } from "../../core/domain/org-time";
import type { Database } from "../client";
import { customers, monitorBlocks, monitorInteractionSteps, monitorInteractions, monitorStepWeekly, staff } from "../schema";

export interface BinScope {
  orgId: string;
  processId: string;
  /** null: every team of the org. */
  teamIds: string[] | null;
  /** Org calendar days, both inclusive. */
  from: string;
  to: string;
}

/**
 * Binned counts per (team, rep, step) over the range: for each of the process's series, the few
 * aligned day blocks that cover the range (core/domain/day-blocks.ts), summed per bin.
 */
export async function cellBins(db: Database, scope: BinScope) {
  const blocks = coverDays(dayNumber(scope.from), dayNumber(scope.to));
  if (blocks.length === 0) return [];
  const wanted = sql.join(
    blocks.map((b) => sql`(${b.level}, ${b.start})`),
    sql`, `,
  );
  const teams = scope.teamIds
    ? sql`AND s.team_id IN (${sql.join(
        scope.teamIds.map((t) => sql`${t}`),
        sql`, `,
      )})`
    : sql``;
  return db.all<{ teamId: string; staffId: string; stepKey: string; bin: number; n: number; total: number }>(sql`
    SELECT s.team_id AS teamId, s.staff_id AS staffId, s.step_key AS stepKey, b.bin AS bin, sum(b.n) AS n, sum(b.total) AS total
    FROM monitor_series s JOIN monitor_blocks b ON b.series = s.id
    WHERE s.org_id = ${scope.orgId} AND s.process_id = ${scope.processId} ${teams} AND (b.level, b.start) IN (VALUES ${wanted})
    GROUP BY s.id, b.bin`);
}

/** Binned counts per (step, week) for the weeks the range touches (each week whole), for the weekly trend. */
export async function trendBins(db: Database, scope: BinScope) {
  const t = monitorStepWeekly;
  return db
    .select({ stepKey: t.stepKey, week: t.week, bin: t.bin, n: sql<number>`sum(${t.n})`, total: sql<number>`sum(${t.total})` })
    .from(t)
    .where(
      and(
        eq(t.orgId, scope.orgId),
        eq(t.processId, scope.processId),
        gte(t.week, weekOf(scope.from)),
        lte(t.week, scope.to),
        scope.teamIds ? inArray(t.teamId, scope.teamIds) : undefined,
      ),
    )
    .groupBy(t.stepKey, t.week, t.bin);
}

/** The bare baseline the bench compares the cell query with: how many rows the block rollup holds. */
export async function rollupRowCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(monitorBlocks);
  return row?.n ?? 0;
}

export interface DrillScope {
  orgId: string;
  processId: string;
  staffId: string;
  stepKey: string;
  /** [fromMs, toMs): the range's days as moments. */
  fromMs: number;
  toMs: number;
  /** Paging: only interactions after this one in newest-first order. */
  before?: { startedAt: number; interactionId: string };
  limit: number;
}

/** The interactions behind a cell, newest first, with every step of each. */
export async function drillInteractions(db: Database, scope: DrillScope) {
  const s = monitorInteractionSteps;
  const i = monitorInteractions;
  const rows = await db
    .select({
      interactionId: s.interactionId,
      seconds: s.seconds,
      customerId: i.customerId,
      customerName: customers.fullName,
      kind: i.kind,
      startedAt: i.startedAt,
      endedAt: i.endedAt,
      activeSeconds: i.activeSeconds,
      elsewhereSeconds: i.elsewhereSeconds,
    })
    .from(s)
    .innerJoin(i, eq(i.id, s.interactionId))
    .innerJoin(customers, eq(customers.id, i.customerId))
    .where(
      and(
        eq(s.orgId, scope.orgId),
        eq(s.processId, scope.processId),
        eq(s.staffId, scope.staffId),
        eq(s.stepKey, scope.stepKey),
        gte(s.startedAt, scope.fromMs),
        lt(s.startedAt, scope.toMs),
        scope.before
          ? or(
              lt(s.startedAt, scope.before.startedAt),
              and(eq(s.startedAt, scope.before.startedAt), lt(s.interactionId, scope.before.interactionId)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(s.startedAt), desc(s.interactionId))
    .limit(scope.limit);
  const ids = rows.map((r) => r.interactionId);
  const steps = ids.length
    ? await db
        .select({ interactionId: s.interactionId, key: s.stepKey, label: s.label, seconds: s.seconds, position: s.position })
        .from(s)
        .where(inArray(s.interactionId, ids))
        .orderBy(asc(s.position))
    : [];
  return rows.map((row) => ({ ...row, steps: steps.filter((step) => step.interactionId === row.interactionId) }));
}

/** One rep's seconds per step since `fromMs` (own figures), or for one step within a window (training effect). */
export async function repStepSeconds(
  db: Database,
  scope: { orgId: string; processIds: string[]; staffId: string; stepKey?: string; fromMs: number; toMs: number },
) {
  const s = monitorInteractionSteps;
  if (scope.processIds.length === 0) return [];
  return db
    .select({ processId: s.processId, stepKey: s.stepKey, seconds: s.seconds })
    .from(s)
    .where(
      and(
        eq(s.orgId, scope.orgId),
        inArray(s.processId, scope.processIds),
        eq(s.staffId, scope.staffId),
        scope.stepKey ? eq(s.stepKey, scope.stepKey) : undefined,
        gte(s.startedAt, scope.fromMs),
        lt(s.startedAt, scope.toMs),
      ),
    );
}

/** The people the monitor measures (reps and senior reps) in these teams, or the whole org. */
export async function measuredStaff(db: Database, orgId: string, teamIds: string[] | null) {
  return db
    .select({ staffId: staff.id, name: staff.name, teamId: staff.teamId })
    .from(staff)
    .where(
      and(
        eq(staff.orgId, orgId),
        inArray(staff.role, ["rep", "senior_rep"]),
        eq(staff.status, "active"),
        teamIds ? inArray(staff.teamId, teamIds) : undefined,
      ),
    )
    .orderBy(asc(staff.name));
}

/** Who can mentor a rep: senior reps, team leads and the sales people the seed calls mentors. */
export async function mentorsOf(db: Database, orgId: string) {
  return db
    .select({ staffId: staff.id, name: staff.name, role: staff.role })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), inArray(staff.role, ["senior_rep", "team_lead", "sales"]), eq(staff.status, "active")))
    .orderBy(asc(staff.name));
}
