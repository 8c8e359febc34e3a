// Ended interactions become finished ones when their record is applied: the process versions in
// effect when each started (a change applies to new interactions only) say which process it was
// and what its steps took; the org's time zone says which day it belongs to.
import { finalSteps } from "../../core/domain/interaction-steps";
import { localDate, weekOf } from "../../core/domain/org-time";
import { versionsInEffect } from "../../core/domain/process-steps";
import type { Database } from "../../db/client";
import type { FinishedInteraction } from "../../db/repositories/monitor-records";
import { orgTimeZone } from "../../db/repositories/org";
import { processVersionsOf } from "../../db/repositories/processes";

/** What a record carries of an interaction that ended: JSON-safe, classified into steps when applied. */
export interface InteractionEnd {
  id: string;
  orgId: string;
  customerId: string;
  staffId: string;
  teamId: string | null;
  kind: "ownership" | "call";
  startedAt: number;
  endedAt: number;
  endReason: string;
  /** Milliseconds per place over the folded timeline. */
  perPlace: Record<string, number>;
}

export async function finishInteractions(db: Database, ends: readonly InteractionEnd[]): Promise<FinishedInteraction[]> {
  const finished: FinishedInteraction[] = [];
  for (const end of ends) {
    const [versions, timeZone] = await Promise.all([processVersionsOf(db, end.orgId), orgTimeZone(db, end.orgId)]);
    const final = finalSteps(new Map(Object.entries(end.perPlace)), versionsInEffect(versions, end.startedAt));
    // Nothing measured, or an org without processes: the audit row still says the interaction happened.
    if (!final || final.steps.length === 0) continue;
    const day = localDate(end.startedAt, timeZone);
    finished.push({
      id: end.id,
      orgId: end.orgId,
      customerId: end.customerId,
      staffId: end.staffId,
      teamId: end.teamId ?? "",
      kind: end.kind,
      startedAt: end.startedAt,
      endedAt: end.endedAt,
      endReason: end.endReason,
      day,
      week: weekOf(day),
      final,
    });
  }
  return finished;
}
