// Processes of serving a client, as ordered steps, each tied to where its work happens in the console
// and timed against reference, minimum and maximum seconds; plus the versions they keep.
import * as v from "valibot";
import { type StepLocation, StepLocationSchema } from "./step-locations";

export { STEP_LOCATION_KEYS, type StepLocation, StepLocationSchema } from "./step-locations";

/** How each place reads on the settings screen and the floor's live view. */
export const STEP_LOCATIONS: Record<StepLocation, string> = {
  "profile.overview": "Profile: overview",
  "profile.orders": "Profile: orders tab",
  "profile.products": "Profile: leases & loans tab",
  "profile.activity": "Profile: activity tab",
  "profile.notes": "Profile: notes tab",
  "profile.loyalty": "Profile: loyalty tab",
  "profile.profile": "Profile: details tab",
  "order.detail": "Order page",
  "shopper.intake": "Personal shopper: intake",
  "dialog.payment": "Dialog: record a payment",
  "dialog.promise": "Dialog: promise to pay",
  "dialog.promise-resolve": "Dialog: resolve a promise",
  "dialog.agreement": "Dialog: send the agreement",
  "dialog.card": "Dialog: one-time card",
  "dialog.order-status": "Dialog: order status",
  "dialog.note": "Dialog: add a note",
};

/** Longest step anyone may define: a step past two hours is not a step. */
export const MAX_STEP_SECONDS = 7_200;

const Seconds = v.pipe(v.number(), v.integer("whole seconds"), v.minValue(1, "at least 1 second"), v.maxValue(MAX_STEP_SECONDS));
const Slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,39}$/, "lowercase letters, digits and dashes"));

export const CourseSchema = v.object({
  id: Slug,
  title: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(120)),
  url: v.pipe(v.string(), v.url("a full link, https://..."), v.maxLength(500), v.startsWith("https://", "an https:// link")),
});
export type Course = v.InferOutput<typeof CourseSchema>;

export const ProcessStepSchema = v.object({
  key: Slug,
  label: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80)),
  location: StepLocationSchema,
  minSeconds: Seconds,
  referenceSeconds: Seconds,
  maxSeconds: Seconds,
  courses: v.pipe(v.array(CourseSchema), v.maxLength(10)),
});
export type ProcessStep = v.InferOutput<typeof ProcessStepSchema>;

/** A process's steps as a director saves them: in order, each timed, each in its own place. */
export const ProcessStepsSchema = v.pipe(
  v.array(ProcessStepSchema),
  v.minLength(1, "a process has at least one step"),
  v.maxLength(12, "at most 12 steps"),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of stepProblems(dataset.value)) addIssue({ message: problem.message, path: problem.path });
  }),
);

type IssuePath = [{ type: "array"; origin: "value"; input: unknown[]; key: number; value: unknown }];

/** What is wrong with a list of steps, per step: times out of order, a key or a place used twice. */
export function stepProblems(steps: readonly ProcessStep[]): { message: string; path: IssuePath }[] {
  const problems: { message: string; path: IssuePath }[] = [];
  const at = (key: number): IssuePath => [{ type: "array", origin: "value", input: steps as unknown[], key, value: steps[key] }];
  steps.forEach((step, i) => {
    if (!(step.minSeconds <= step.referenceSeconds && step.referenceSeconds <= step.maxSeconds))
      problems.push({ message: `${step.label}: minimum <= reference <= maximum`, path: at(i) });
    if (steps.findIndex((s) => s.key === step.key) !== i)
      problems.push({ message: `${step.label}: key ${step.key} is used twice`, path: at(i) });
    // One place, one step: time spent there must say which step it was.
    if (steps.findIndex((s) => s.location === step.location) !== i)
      problems.push({ message: `${step.label}: ${STEP_LOCATIONS[step.location]} already belongs to another step`, path: at(i) });
  });
  return problems;
}

/** One version of a process, as it applies to interactions that started at or after `effectiveAt`. */
export interface ProcessVersion {
  processId: string;
  processKey: string;
  name: string;
  position: number;
  version: number;
  effectiveAt: number;
  steps: ProcessStep[];
}

/**
 * The versions an interaction that started at `startedAt` is measured against: for each process, the
 * latest version already in effect then (a change applies to new interactions only).
 */
export function versionsInEffect(versions: readonly ProcessVersion[], startedAt: number): ProcessVersion[] {
  const latest = new Map<string, ProcessVersion>();
  for (const version of versions) {
    if (version.effectiveAt > startedAt) continue;
    const known = latest.get(version.processId);
    if (!known || version.version > known.version) latest.set(version.processId, version);
  }
  return [...latest.values()].sort((a, b) => a.position - b.position);
}

/** The step a place belongs to in a process, if any. */
export function stepAt(process: Pick<ProcessVersion, "steps">, location: string): ProcessStep | undefined {
  return process.steps.find((s) => s.location === location);
}
