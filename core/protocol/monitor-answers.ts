// Answers of the process monitor's routes: processes and their versions, the director's dashboard
// (cells per rep and step, weekly trend), the interactions behind a cell, a rep's own figures, and
// training assignments with their before/after medians.
import * as v from "valibot";
import { ProcessStepSchema } from "../domain/process-steps";
import { TRAINING_KINDS } from "../domain/training";

const Seconds = v.nullable(v.number());
const Person = v.object({ staffId: v.string(), name: v.string() });
export const LEVELS = ["under-min", "on-target", "over-reference", "drawdown"] as const;

export const ProcessViewSchema = v.object({
  id: v.string(),
  key: v.string(),
  name: v.string(),
  position: v.number(),
  version: v.number(),
  effectiveAt: v.number(),
  steps: v.array(ProcessStepSchema),
  /** Every version, newest first: who changed it, when, and why. */
  history: v.array(v.object({ version: v.number(), effectiveAt: v.number(), by: v.nullable(Person), note: v.string(), steps: v.number() })),
});
export type ProcessView = v.InferOutput<typeof ProcessViewSchema>;

/** GET /api/monitor/processes */
export const ProcessesSchema = v.object({
  processes: v.array(ProcessViewSchema),
  locations: v.array(v.object({ key: v.string(), label: v.string() })),
});
export type Processes = v.InferOutput<typeof ProcessesSchema>;
/** PUT /api/monitor/processes/:id */
export const ProcessSavedSchema = v.object({ process: ProcessViewSchema });
export type ProcessSaved = v.InferOutput<typeof ProcessSavedSchema>;

export const EffectSchema = v.object({
  before: v.object({ median: Seconds, interactions: v.number() }),
  after: v.nullable(v.object({ median: Seconds, interactions: v.number() })),
  changePercent: v.nullable(v.number()),
});

export const AssignmentViewSchema = v.object({
  id: v.string(),
  rep: Person,
  processId: v.string(),
  processName: v.string(),
  stepKey: v.string(),
  stepLabel: v.string(),
  kind: v.picklist(TRAINING_KINDS),
  course: v.nullable(v.object({ title: v.string(), url: v.string() })),
  mentor: v.nullable(Person),
  meetOn: v.nullable(v.string()),
  note: v.string(),
  assignedBy: Person,
  assignedAt: v.number(),
  completedAt: v.nullable(v.number()),
  effect: EffectSchema,
});
export type AssignmentView = v.InferOutput<typeof AssignmentViewSchema>;
/** POST /api/monitor/assignments, POST /api/monitor/assignments/:id/done */
export const AssignmentSavedSchema = v.object({ assignment: AssignmentViewSchema });
export type AssignmentSaved = v.InferOutput<typeof AssignmentSavedSchema>;

const Figures = { interactions: v.number(), median: Seconds, p90: Seconds, level: v.nullable(v.picklist(LEVELS)) };

/** GET /api/monitor */
export const MonitorSchema = v.object({
  /** Whole days in the org's time zone, both inclusive. */
  range: v.object({ from: v.string(), to: v.string() }),
  timeZone: v.string(),
  teams: v.array(v.object({ id: v.string(), name: v.string() })),
  selectedTeam: v.nullable(v.string()),
  processes: v.array(v.object({ id: v.string(), name: v.string() })),
  process: v.nullable(v.object({ id: v.string(), name: v.string(), version: v.number(), steps: v.array(ProcessStepSchema) })),
  reps: v.array(v.object({ staffId: v.string(), name: v.string(), teamId: v.nullable(v.string()), interactions: v.number() })),
  /** One per rep and step that has interactions in the range. */
  cells: v.array(v.object({ staffId: v.string(), stepKey: v.string(), ...Figures })),
  /** The selected teams as a whole, per step. */
  steps: v.array(v.object({ stepKey: v.string(), ...Figures })),
  /** Per week (its Monday) and step: the median. */
  trend: v.array(v.object({ week: v.string(), stepKey: v.string(), interactions: v.number(), median: Seconds })),
  /** The cell furthest past its step's maximum (median over max), if any cell is: where to start. */
  worst: v.nullable(v.object({ staffId: v.string(), stepKey: v.string(), overMaxPercent: v.number() })),
  assignments: v.array(AssignmentViewSchema),
  mentors: v.array(v.object({ staffId: v.string(), name: v.string(), role: v.string() })),
});
export type Monitor = v.InferOutput<typeof MonitorSchema>;

/** GET /api/monitor/drill */
export const DrillSchema = v.object({
  rep: Person,
  step: v.object({ key: v.string(), label: v.string() }),
  items: v.array(
    v.object({
      interactionId: v.string(),
      customer: v.object({ id: v.string(), name: v.string() }),
      kind: v.picklist(["ownership", "call"]),
      startedAt: v.number(),
      endedAt: v.number(),
      /** The drilled step's seconds in this interaction. */
      seconds: v.number(),
      steps: v.array(v.object({ key: v.string(), label: v.string(), seconds: v.number() })),
      elsewhereSeconds: v.number(),
      activeSeconds: v.number(),
    }),
  ),
  /** Where the next page starts (`before`), or null on the last page. */
  nextBefore: v.nullable(v.string()),
});
export type Drill = v.InferOutput<typeof DrillSchema>;

/** GET /api/monitor/me: a rep's own figures over the last weeks, next to each step's reference. */
export const MyMonitorSchema = v.object({
  range: v.object({ from: v.string(), to: v.string() }),
  processes: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      steps: v.array(
        v.object({
          key: v.string(),
          label: v.string(),
          minSeconds: v.number(),
          referenceSeconds: v.number(),
          maxSeconds: v.number(),
          ...Figures,
        }),
      ),
    }),
  ),
  assignments: v.array(AssignmentViewSchema),
});
export type MyMonitor = v.InferOutput<typeof MyMonitorSchema>;

/** POST /api/monitor/steps (the beacon): stored, or already stored before (a resend). */
export const StepsStoredSchema = v.object({ stored: v.boolean() });
export type StepsStored = v.InferOutput<typeof StepsStoredSchema>;
