// The process monitor: processes and their versions, finished interactions with their step times,
// rollups the dashboard reads (binned counts per block of days and per week), and training assignments.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs, staff } from "./org";

export const processes = sqliteTable(
  "processes",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    key: text("key").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    currentVersion: integer("current_version").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [uniqueIndex("processes_org_key_idx").on(t.orgId, t.key)],
);

/** Every version a director saved; never changed afterwards. Interactions use the one in effect when they started. */
export const processVersions = sqliteTable(
  "process_versions",
  {
    id: text("id").primaryKey(),
    processId: text("process_id")
      .notNull()
      .references(() => processes.id),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    /** The steps as JSON (core/domain/process-steps.ts ProcessStep[]), checked before saving. */
    steps: text("steps").notNull(),
    effectiveAt: integer("effective_at").notNull(),
    createdBy: text("created_by").references(() => staff.id),
    createdByName: text("created_by_name"),
    note: text("note").notNull(),
  },
  (t) => [uniqueIndex("process_versions_process_version_idx").on(t.processId, t.version), index("process_versions_org_idx").on(t.orgId)],
);

/** One finished interaction: a rep serving a client, from the start of measuring to its end. */
export const monitorInteractions = sqliteTable(
  "monitor_interactions",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    /** The rep's team when it started ("" for none). */
    teamId: text("team_id").notNull(),
    processId: text("process_id").notNull(),
    processVersion: integer("process_version").notNull(),
    kind: text("kind", { enum: ["ownership", "call"] }).notNull(),
    startedAt: integer("started_at").notNull(),
    endedAt: integer("ended_at").notNull(),
    /** The org's calendar day it started on, `YYYY-MM-DD`. */
    day: text("day").notNull(),
    activeSeconds: integer("active_seconds").notNull(),
    elsewhereSeconds: integer("elsewhere_seconds").notNull(),
    endReason: text("end_reason").notNull(),
  },
  (t) => [index("monitor_interactions_org_staff_idx").on(t.orgId, t.staffId, t.startedAt)],
);

/** Seconds per step of a finished interaction: the drill-down, a rep's own figures and training effects read these. */
export const monitorInteractionSteps = sqliteTable(
  "monitor_interaction_steps",
  {
    interactionId: text("interaction_id")
      .notNull()
      .references(() => monitorInteractions.id),
    stepKey: text("step_key").notNull(),
    orgId: text("org_id").notNull(),
    processId: text("process_id").notNull(),
    staffId: text("staff_id").notNull(),
    startedAt: integer("started_at").notNull(),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    seconds: integer("seconds").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.interactionId, t.stepKey] }),
    index("monitor_steps_cell_idx").on(t.orgId, t.processId, t.staffId, t.stepKey, t.startedAt, t.seconds),
  ],
);

/** One rep's one step of one process (in a team): the rollups key their rows by this small number. */
export const monitorSeries = sqliteTable(
  "monitor_series",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: text("org_id").notNull(),
    processId: text("process_id").notNull(),
    /** The rep's team when the interaction started ("" for none). */
    teamId: text("team_id").notNull(),
    staffId: text("staff_id").notNull(),
    stepKey: text("step_key").notNull(),
  },
  (t) => [uniqueIndex("monitor_series_key_idx").on(t.orgId, t.processId, t.teamId, t.staffId, t.stepKey)],
);

/**
 * Binned step times per series and block of days (core/domain/day-blocks.ts: every day counts into
 * its aligned 1, 2, 4 ... 64-day blocks): how many interactions fell in the bin and their seconds.
 * A range of days reads the few blocks that cover it; the covering index answers without the table.
 */
export const monitorBlocks = sqliteTable(
  "monitor_blocks",
  {
    series: integer("series").notNull(),
    level: integer("level").notNull(),
    start: integer("start").notNull(),
    bin: integer("bin").notNull(),
    n: integer("n").notNull(),
    total: integer("total").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.series, t.level, t.start, t.bin] }),
    index("monitor_blocks_cover_idx").on(t.series, t.level, t.start, t.bin, t.n, t.total),
  ],
);

/** The same counts per team and week (its Monday), for the weekly trend per step. */
export const monitorStepWeekly = sqliteTable(
  "monitor_step_weekly",
  {
    orgId: text("org_id").notNull(),
    processId: text("process_id").notNull(),
    stepKey: text("step_key").notNull(),
    week: text("week").notNull(),
    bin: integer("bin").notNull(),
    teamId: text("team_id").notNull(),
    n: integer("n").notNull(),
    total: integer("total").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.processId, t.stepKey, t.week, t.bin, t.teamId] }),
    index("monitor_step_weekly_cover_idx").on(t.orgId, t.processId, t.stepKey, t.week, t.bin, t.teamId, t.n, t.total),
  ],
);

/** A course or a mentor meeting assigned to a rep for one step; done when the rep says so. */
export const trainingAssignments = sqliteTable(
  "training_assignments",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    processId: text("process_id")
      .notNull()
      .references(() => processes.id),
    stepKey: text("step_key").notNull(),
    stepLabel: text("step_label").notNull(),
    kind: text("kind", { enum: ["course", "mentor"] }).notNull(),
    courseTitle: text("course_title"),
    courseUrl: text("course_url"),
    mentorId: text("mentor_id").references(() => staff.id),
    mentorName: text("mentor_name"),
    meetOn: text("meet_on"),
    note: text("note").notNull(),
    assignedBy: text("assigned_by")
      .notNull()
      .references(() => staff.id),
    assignedByName: text("assigned_by_name").notNull(),
    assignedAt: integer("assigned_at").notNull(),
    completedAt: integer("completed_at"),
  },
  (t) => [index("training_org_staff_idx").on(t.orgId, t.staffId, t.assignedAt)],
);
