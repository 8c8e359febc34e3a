// A finished interaction into the system of record: its row, its step times, and its counts added to
// the dashboard's rollups. Applied with the room's record of the decision that ended it, possibly more
// than once: every rollup adds its count only while the interaction's row is not there yet, and the
// row comes last in the batch, so a replay adds nothing.
import { sql } from "drizzle-orm";
import type { FinalSteps } from "../../core/domain/interaction-steps";
import { binOf } from "../../core/domain/step-stats";
import type { Database } from "../client";
import { monitorInteractionSteps, monitorInteractions, monitorStepDaily, monitorStepWeekly } from "../schema";
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
  const rollups = f.final.steps.flatMap((step) => {
    const counted = { n: sql`${fresh}`, total: sql`CASE WHEN ${fresh} THEN ${step.seconds} ELSE 0 END` };
    const bin = binOf(step.seconds);
    return [
      db
        .insert(monitorStepDaily)
        .values({
          orgId: f.orgId,
          processId: f.final.processId,
          teamId: f.teamId,
          staffId: f.staffId,
          stepKey: step.key,
          bin,
          day: f.day,
          ...counted,
        })
        .onConflictDoUpdate({
          target: [
            monitorStepDaily.orgId,
            monitorStepDaily.processId,
            monitorStepDaily.teamId,
            monitorStepDaily.staffId,
            monitorStepDaily.stepKey,
            monitorStepDaily.bin,
            monitorStepDaily.day,
          ],
          set: { n: sql`${monitorStepDaily.n} + excluded.n`, total: sql`${monitorStepDaily.total} + excluded.total` },
        }),
      db
        .insert(monitorStepWeekly)
        .values({
          orgId: f.orgId,
          processId: f.final.processId,
          stepKey: step.key,
          week: f.week,
          bin,
          day: f.day,
          teamId: f.teamId,
          ...counted,
        })
        .onConflictDoUpdate({
          target: [
            monitorStepWeekly.orgId,
            monitorStepWeekly.processId,
            monitorStepWeekly.stepKey,
            monitorStepWeekly.week,
            monitorStepWeekly.bin,
            monitorStepWeekly.day,
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
