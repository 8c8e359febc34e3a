// Process-monitor answers built from rows: a process with its history, an assignment with its
// before/after medians (read from the rep's own step times in the two windows).
import { type EffectWindows, effectWindows, trainingEffect } from "../core/domain/training";
import type { AssignmentView, ProcessView } from "../core/protocol/monitor-answers";
import type { Database } from "../db/client";
import { repStepSeconds } from "../db/repositories/monitor-reads";
import type { VersionRow } from "../db/repositories/processes";
import type { AssignmentRow } from "../db/repositories/training";

/** Versions of one process, newest first. */
export function processView(versions: readonly VersionRow[]): ProcessView | null {
  const [current] = versions;
  if (!current) return null;
  return {
    id: current.processId,
    key: current.processKey,
    name: current.name,
    position: current.position,
    version: current.version,
    effectiveAt: current.effectiveAt,
    steps: current.steps,
    history: versions.map((v) => ({
      version: v.version,
      effectiveAt: v.effectiveAt,
      by: v.createdBy,
      note: v.note,
      steps: v.steps.length,
    })),
  };
}

/** Every process of the org as its current version with history, in the org's order. */
export function processViews(versions: readonly VersionRow[]): ProcessView[] {
  const byProcess = new Map<string, VersionRow[]>();
  for (const version of versions) byProcess.set(version.processId, [...(byProcess.get(version.processId) ?? []), version]);
  return [...byProcess.values()].map((list) => processView(list)).filter((p): p is ProcessView => p !== null);
}

async function secondsIn(db: Database, row: AssignmentRow, window: EffectWindows["before"]) {
  const rows = await repStepSeconds(db, {
    orgId: row.orgId,
    processIds: [row.processId],
    staffId: row.staffId,
    stepKey: row.stepKey,
    fromMs: window.from,
    toMs: window.to,
  });
  return rows.map((r) => r.seconds);
}

export async function assignmentView(db: Database, row: AssignmentRow, now: number): Promise<AssignmentView> {
  const windows = effectWindows(row.assignedAt, row.completedAt, now);
  const [before, after] = await Promise.all([secondsIn(db, row, windows.before), windows.after ? secondsIn(db, row, windows.after) : null]);
  return {
    id: row.id,
    rep: { staffId: row.staffId, name: row.staffName },
    processId: row.processId,
    processName: row.processName,
    stepKey: row.stepKey,
    stepLabel: row.stepLabel,
    kind: row.kind,
    course: row.courseTitle && row.courseUrl ? { title: row.courseTitle, url: row.courseUrl } : null,
    mentor: row.mentorId ? { staffId: row.mentorId, name: row.mentorName ?? "" } : null,
    meetOn: row.meetOn,
    note: row.note,
    assignedBy: { staffId: row.assignedBy, name: row.assignedByName },
    assignedAt: row.assignedAt,
    completedAt: row.completedAt,
    effect: trainingEffect(before, after),
  };
}
