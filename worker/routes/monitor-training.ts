// Training from a drawdown: POST /api/monitor/assignments (a course from the step's catalogue, or a
// mentor meeting) and POST /api/monitor/assignments/:id/done (the rep, for their own). Both audited.
import { Hono } from "hono";
import { canMonitorTeam } from "../../core/domain/permissions";
import { versionsInEffect } from "../../core/domain/process-steps";
import { AppError } from "../../core/protocol/errors";
import { AssignmentCreateSchema, AssignmentParamSchema } from "../../core/protocol/monitor";
import type { AssignmentSaved } from "../../core/protocol/monitor-answers";
import { newId } from "../../db/crypto";
import { measuredStaff, mentorsOf } from "../../db/repositories/monitor-reads";
import { processVersionsOf } from "../../db/repositories/processes";
import { findStaffById } from "../../db/repositories/staff";
import { assignmentsOf, completeAssignment, insertAssignment } from "../../db/repositories/training";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { assignmentView } from "../monitor-presenters";

export const monitorTrainingRoutes = new Hono<AppEnv>()
  .post("/assignments", requirePermission("training.assign"), validate("json", AssignmentCreateSchema), async (c) => {
    const { db, actor } = c.var;
    const body = c.req.valid("json");
    const [rep, versions] = await Promise.all([findStaffById(db, body.staffId), processVersionsOf(db, actor.orgId)]);
    const measured =
      rep && rep.orgId === actor.orgId && canMonitorTeam(actor, rep.teamId) ? await measuredStaff(db, actor.orgId, null) : [];
    if (!rep || !measured.some((m) => m.staffId === rep.id)) throw new AppError("NOT_FOUND", "No such rep");
    const process = versionsInEffect(versions, Number.MAX_SAFE_INTEGER).find((p) => p.processId === body.processId);
    const step = process?.steps.find((s) => s.key === body.stepKey);
    if (!process || !step) throw new AppError("NOT_FOUND", "No such step");
    let what: { courseTitle: string; courseUrl: string } | { mentorId: string; mentorName: string; meetOn: string };
    if (body.kind === "course") {
      const course = step.courses.find((k) => k.id === body.courseId);
      if (!course)
        throw new AppError("VALIDATION", "That course is not in this step's catalogue", [{ path: "courseId", message: "unknown course" }]);
      what = { courseTitle: course.title, courseUrl: course.url };
    } else {
      const mentor = (await mentorsOf(db, actor.orgId)).find((m) => m.staffId === body.mentorId);
      if (!mentor || mentor.staffId === rep.id) throw new AppError("NOT_FOUND", "No such mentor");
      what = { mentorId: mentor.staffId, mentorName: mentor.name, meetOn: body.meetOn };
    }
    const now = Date.now();
    const row = {
      id: newId("trn"),
      orgId: actor.orgId,
      staffId: rep.id,
      processId: process.processId,
      stepKey: step.key,
      stepLabel: step.label,
      kind: body.kind,
      note: body.note,
      assignedBy: actor.id,
      assignedByName: actor.name,
      assignedAt: now,
      ...what,
    };
    const details = { staffId: rep.id, processId: process.processId, stepKey: step.key, kind: body.kind, ...what };
    await commitAudited(c, [actorAudit(c, { action: "training.assign", targetType: "training", targetId: row.id, details }, now)], () => [
      insertAssignment(db, row),
    ]);
    const [saved] = await assignmentsOf(db, actor.orgId, { id: row.id });
    if (!saved) throw new AppError("INTERNAL", "The assignment could not be read back");
    return c.json<AssignmentSaved>({ assignment: await assignmentView(db, saved, now) }, 201);
  })
  .post("/assignments/:id/done", requirePermission("monitor.self"), validate("param", AssignmentParamSchema), async (c) => {
    const { db, actor } = c.var;
    const { id } = c.req.valid("param");
    const [row] = await assignmentsOf(db, actor.orgId, { id, staffIds: [actor.id] });
    if (!row) throw new AppError("NOT_FOUND", "No such assignment of yours");
    const now = Date.now();
    // Done once: a second tap answers the same assignment and records nothing new.
    if (row.completedAt === null)
      await commitAudited(c, [actorAudit(c, { action: "training.complete", targetType: "training", targetId: id }, now)], () => [
        completeAssignment(db, id, actor.id, now),
      ]);
    const [saved] = await assignmentsOf(db, actor.orgId, { id });
    if (!saved) throw new AppError("INTERNAL", "The assignment could not be read back");
    return c.json<AssignmentSaved>({ assignment: await assignmentView(db, saved, now) });
  });
