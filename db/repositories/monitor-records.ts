// A finished interaction into the system of record: its row, its step times, and its counts added to
// the dashboard's rollups. Applied with the room's record of the decision that ended it, possibly more
// than once: every rollup adds its count only while the interaction's row is not there yet, and the
// row comes last in the batch, so a replay adds nothing.
import { sql } from "drizzle-orm";
import { blocksOf, dayNumber } from "../../core/domain/day-blocks";
import type { FinalSteps } from "../../core/domain/interaction-steps";
import { binOf } from "../../core/domain/step-stats";
import type { Database } from "../client";
import { monitorBlocks, monitorInteractionSteps, monitorInteractions, monitorSeries, monitorStepWeekly } from "../schema";
import type { Statement } from "./audit";

export interface FinishedInteraction {
  id: string;
  orgId: string;
  customerId: string;
  staffId: string;
  /** The rep's team when it started; "" for none. */
  teamId: string;
  kind: "ownership" | "call";
  startedAt: number;
  endedAt: number;
  endReason: string;
  /** The org's calendar day it started on, and that day's Monday. */
  day: string;
  week: string;
  final: FinalSteps;
}

/** The row of a finished interaction and of each of its steps (the seed writes the same rows). */
export function finishedRows(f: FinishedInteraction) {
  return {
    interaction: {
      id: f.id,
      orgId: f.orgId,
      customerId: f.customerId,
      staffId: f.staffId,
      teamId: f.teamId,
      processId: f.final.processId,
      processVersion: f.final.version,
      kind: f.kind,
      startedAt: f.startedAt,
      endedAt: f.endedAt,
      day: f.day,
      activeSeconds: f.final.activeSeconds,
      elsewhereSeconds: f.final.elsewhereSeconds,
      endReason: f.endReason,
    },
    steps: f.final.steps.map((step) => ({
      interactionId: f.id,
      stepKey: step.key,
      orgId: f.orgId,
      processId: f.final.processId,
      staffId: f.staffId,
      startedAt: f.startedAt,
      position: step.position,
      label: step.label,
      seconds: step.seconds,
    })),
  };
}

export function finishedInteractionStatements(db: Database, f: FinishedInteraction): Statement[] {
  const rows = finishedRows(f);
  const fresh = sql`(SELECT count(*) = 0 FROM monitor_interactions WHERE id = ${f.id})`;
  const day = dayNumber(f.day);
  const rollups = f.final.steps.flatMap((step) => {
    const counted = { n: sql`${fresh}`, total: sql`CASE WHEN ${fresh} THEN ${step.seconds} ELSE 0 END` };
    const bin = binOf(step.seconds);
    const key = { orgId: f.orgId, processId: f.final.processId, teamId: f.teamId, staffId: f.staffId, stepKey: step.key };
    const series = sql`(SELECT id FROM monitor_series WHERE org_id = ${key.orgId} AND process_id = ${key.processId} AND team_id = ${key.teamId} AND staff_id = ${key.staffId} AND step_key = ${key.stepKey})`;
    return [
      db.insert(monitorSeries).values(key).onConflictDoNothing(),
      // One row per level: the day's 1-, 2-, 4- ... 64-day blocks (core/domain/day-blocks.ts).
      ...blocksOf(day).map((block) =>
        db
          .insert(monitorBlocks)
          .values({ series: series, level: block.level, start: block.start, bin, ...counted })
          .onConflictDoUpdate({
            target: [monitorBlocks.series, monitorBlocks.level, monitorBlocks.start, monitorBlocks.bin],
            set: { n: sql`${monitorBlocks.n} + excluded.n`, total: sql`${monitorBlocks.total} + excluded.total` },
          }),
      ),
      db
        .insert(monitorStepWeekly)
        .values({ orgId: f.orgId, processId: f.final.processId, stepKey: step.key, week: f.week, bin, teamId: f.teamId, ...counted })
        .onConflictDoUpdate({
          target: [
            monitorStepWeekly.orgId,
            monitorStepWeekly.processId,
            monitorStepWeekly.stepKey,
            monitorStepWeekly.week,
            monitorStepWeekly.bin,
            monitorStepWeekly.teamId,
          ],
          set: { n: sql`${monitorStepWeekly.n} + excluded.n`, total: sql`${monitorStepWeekly.total} + excluded.total` },
        }),
    ];
  });
  return [
    ...rollups,
    db.insert(monitorInteractions).values(rows.interaction).onConflictDoNothing(),
    ...rows.steps.map((step) => db.insert(monitorInteractionSteps).values(step).onConflictDoNothing()),
  ];
}
