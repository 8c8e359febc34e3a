// Queries and bodies of the process monitor's HTTP routes: the dashboard and its drill-down, the
// processes a director edits, and training assignments.
import * as v from "valibot";
import { ProcessStepsSchema } from "../domain/process-steps";

const IsoDate = v.pipe(v.string(), v.isoDate("must be a date like 2026-11-23"));
const Id = (prefix: string) => v.pipe(v.string(), v.maxLength(64), v.startsWith(`${prefix}_`, `is not a ${prefix}_ id`));
const StepKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,39}$/, "is not a step key"));

const RangeFields = {
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
};
const inOrder = <T extends { from?: string; to?: string }>() =>
  v.check<T, string>((q) => !q.from || !q.to || q.from <= q.to, "`from` must not be after `to`");

/** `GET /api/monitor`: one process, optionally one team, a range of days in the org's time zone. */
export const MonitorQuerySchema = v.pipe(
  v.object({ process: v.optional(Id("prc")), team: v.optional(v.pipe(v.string(), v.maxLength(64))), ...RangeFields }),
  inOrder(),
);
export type MonitorQuery = v.InferOutput<typeof MonitorQuerySchema>;

/** `GET /api/monitor/drill`: the interactions behind one cell (a rep and a step), newest first. */
export const DrillQuerySchema = v.pipe(
  v.object({
    process: Id("prc"),
    staff: Id("stf"),
    step: StepKey,
    ...RangeFields,
    /**
     * Paging: interactions listed after this one, newest first (the previous page's `nextBefore`,
     * `<startedAt>.<interactionId>`: the id breaks ties between interactions started the same moment).
     */
    before: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{1,15}\.int_[A-Za-z0-9_-]{1,64}$/),
        v.transform((cursor) => {
          const dot = cursor.indexOf(".");
          return { startedAt: Number(cursor.slice(0, dot)), interactionId: cursor.slice(dot + 1) };
        }),
      ),
    ),
  }),
  inOrder(),
);
export type DrillQuery = v.InferOutput<typeof DrillQuerySchema>;

export const ProcessParamSchema = v.object({ id: Id("prc") });

/** `PUT /api/monitor/processes/:id`: the whole new version, and why it changed (audited). */
export const ProcessSaveSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(80)),
  steps: ProcessStepsSchema,
  note: v.pipe(v.string(), v.trim(), v.minLength(3, "say why the process changed"), v.maxLength(500)),
});
export type ProcessSave = v.InferOutput<typeof ProcessSaveSchema>;

const AssignmentBase = {
  staffId: Id("stf"),
  processId: Id("prc"),
  stepKey: StepKey,
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500)), ""),
};

/** `POST /api/monitor/assignments`: a course from the step's catalogue, or a meeting with a mentor. */
export const AssignmentCreateSchema = v.variant("kind", [
  v.object({ kind: v.literal("course"), ...AssignmentBase, courseId: StepKey }),
  v.object({ kind: v.literal("mentor"), ...AssignmentBase, mentorId: Id("stf"), meetOn: IsoDate }),
]);
export type AssignmentCreate = v.InferOutput<typeof AssignmentCreateSchema>;

export const AssignmentParamSchema = v.object({ id: Id("trn") });
