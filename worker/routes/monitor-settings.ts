// The processes a director edits: GET /api/monitor/processes (every process with its versions) and
// PUT /api/monitor/processes/:id (a new version, audited; it applies to interactions that start after).
import { Hono } from "hono";
import { STEP_LOCATIONS } from "../../core/domain/process-steps";
import { AppError } from "../../core/protocol/errors";
import { ProcessParamSchema, ProcessSaveSchema } from "../../core/protocol/monitor";
import type { Processes, ProcessSaved } from "../../core/protocol/monitor-answers";
import { errorText } from "../../db/client";
import { newId } from "../../db/crypto";
import { findProcess, processVersionsOf, saveVersionStatements } from "../../db/repositories/processes";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { processView, processViews } from "../monitor-presenters";

export const monitorSettingsRoutes = new Hono<AppEnv>()
  .get("/processes", requirePermission("monitor.view"), async (c) => {
    const versions = await processVersionsOf(c.var.db, c.var.actor.orgId);
    return c.json<Processes>({
      processes: processViews(versions),
      locations: Object.entries(STEP_LOCATIONS).map(([key, label]) => ({ key, label })),
    });
  })
  .put(
    "/processes/:id",
    requirePermission("process.manage"),
    validate("param", ProcessParamSchema),
    validate("json", ProcessSaveSchema),
    async (c) => {
      const { db, actor } = c.var;
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const process = await findProcess(db, actor.orgId, id);
      if (!process) throw new AppError("NOT_FOUND", "No such process");
      const now = Date.now();
      const next = {
        id: newId("prv"),
        processId: id,
        orgId: actor.orgId,
        version: process.currentVersion + 1,
        name: body.name,
        steps: body.steps,
        effectiveAt: now,
        createdBy: { staffId: actor.id, name: actor.name },
        note: body.note,
      };
      const details = { version: next.version, name: body.name, note: body.note, steps: body.steps.map((s) => s.key) };
      try {
        await commitAudited(c, [actorAudit(c, { action: "process.version", targetType: "process", targetId: id, details }, now)], () =>
          saveVersionStatements(db, next),
        );
      } catch (error) {
        if (/UNIQUE constraint failed: process_versions/i.test(errorText(error)))
          throw new AppError("CONFLICT", "Someone saved a newer version of this process just now; reload to see it");
        throw error;
      }
      const view = processView((await processVersionsOf(db, actor.orgId)).filter((v) => v.processId === id));
      if (!view) throw new AppError("INTERNAL", "The saved process could not be read back");
      return c.json<ProcessSaved>({ process: view });
    },
  );
