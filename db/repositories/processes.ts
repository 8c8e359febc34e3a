// The org's processes and every version of them: read (steps parsed with the domain's schema) and
// a new version saved beside the old ones (never changed: interactions were measured against them).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import * as v from "valibot";
import { type ProcessStep, ProcessStepSchema, type ProcessVersion } from "../../core/domain/process-steps";
import type { Database } from "../client";
import { processes, processVersions } from "../schema";
import type { Statement } from "./audit";

const StepsJson = v.pipe(
  v.string(),
  v.transform((text) => JSON.parse(text) as unknown),
  v.array(ProcessStepSchema),
);

export interface VersionRow extends ProcessVersion {
  createdBy: { staffId: string; name: string } | null;
  note: string;
}

/** Every version of every process of the org, newest first within a process, processes in the org's order. */
export async function processVersionsOf(db: Database, orgId: string): Promise<VersionRow[]> {
  const rows = await db
    .select({
      processId: processes.id,
      processKey: processes.key,
      position: processes.position,
      name: processVersions.name,
      version: processVersions.version,
      effectiveAt: processVersions.effectiveAt,
      steps: processVersions.steps,
      createdBy: processVersions.createdBy,
      createdByName: processVersions.createdByName,
      note: processVersions.note,
    })
    .from(processVersions)
    .innerJoin(processes, eq(processes.id, processVersions.processId))
    .where(eq(processVersions.orgId, orgId))
    .orderBy(asc(processes.position), desc(processVersions.version));
  return rows.map((row) => ({
    processId: row.processId,
    processKey: row.processKey,
    position: row.position,
    name: row.name,
    version: row.version,
    effectiveAt: row.effectiveAt,
    steps: v.parse(StepsJson, row.steps),
    createdBy: row.createdBy ? { staffId: row.createdBy, name: row.createdByName ?? "" } : null,
    note: row.note,
  }));
}

export async function findProcess(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(processes)
    .where(and(eq(processes.orgId, orgId), eq(processes.id, id)));
  return row ?? null;
}

export interface NewVersion {
  id: string;
  processId: string;
  orgId: string;
  version: number;
  name: string;
  steps: ProcessStep[];
  effectiveAt: number;
  createdBy: { staffId: string; name: string } | null;
  note: string;
}

/**
 * A new version and the process row pointing at it. Two directors saving at once both aim at the
 * same next number: the unique (process, version) index fails the later batch, so neither is lost silently.
 */
export function saveVersionStatements(db: Database, next: NewVersion): Statement[] {
  return [
    db.insert(processVersions).values({
      id: next.id,
      processId: next.processId,
      orgId: next.orgId,
      version: next.version,
      name: next.name,
      steps: JSON.stringify(next.steps),
      effectiveAt: next.effectiveAt,
      createdBy: next.createdBy?.staffId ?? null,
      createdByName: next.createdBy?.name ?? null,
      note: next.note,
    }),
    db
      .update(processes)
      .set({ name: next.name, currentVersion: sql`max(${processes.currentVersion}, ${next.version})` })
      .where(eq(processes.id, next.processId)),
  ];
}

/** A process created with its first version (the seed, a new org). */
export function createProcessStatements(
  db: Database,
  process: { id: string; orgId: string; key: string; position: number; createdAt: number },
  first: NewVersion,
): Statement[] {
  return [
    db.insert(processes).values({ ...process, name: first.name, currentVersion: first.version }),
    ...saveVersionStatements(db, first).slice(0, 1),
  ];
}
