// The catalogues: plans (read by everyone who works merchants; a change is a new version, by admins)
// and decision models (engineering only). Neither belongs to one account, so changes are audited in
// the person's own stream, as the admin screens' are.
import { Hono } from "hono";
import { parseThresholds } from "../../core/domain/decision-models";
import { AppError } from "../../core/protocol/errors";
import type { ModelCatalog, PlanCatalog, PlanVersionAdded } from "../../core/protocol/merchant-answers";
import { PlanParamSchema, PlanVersionBodySchema } from "../../core/protocol/merchant-queries";
import { errorText } from "../../db/client";
import { newId } from "../../db/crypto";
import { findPlan, insertPlanVersion, latestPlanVersion, planCatalog } from "../../db/repositories/merchant-catalog";
import { modelCatalog } from "../../db/repositories/merchant-endpoints";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

export const planRoutes = new Hono<AppEnv>()
  .get("/", requirePermission("merchant.read"), async (c) => c.json<PlanCatalog>({ plans: await planCatalog(c.var.db, c.var.actor.orgId) }))
  .post(
    "/:id/versions",
    requirePermission("plan.manage"),
    validate("param", PlanParamSchema),
    validate("json", PlanVersionBodySchema),
    async (c) => {
      const { db, actor } = c.var;
      const plan = await findPlan(db, actor.orgId, c.req.valid("param").id);
      if (!plan) throw new AppError("NOT_FOUND", "No such plan");
      const body = c.req.valid("json");
      const row = {
        id: newId("plv"),
        planId: plan.id,
        version: (await latestPlanVersion(db, plan.id)) + 1,
        ...body,
        createdBy: actor.id,
        createdAt: Date.now(),
      };
      try {
        await commitAudited(
          c,
          [
            actorAudit(c, {
              action: "plan.version",
              targetType: "plan",
              targetId: plan.id,
              details: { version: row.version, planVersionId: row.id },
            }),
          ],
          () => [insertPlanVersion(db, row)],
        );
      } catch (error) {
        // Two admins saving the same plan at once: one version wins, the other is told to look again.
        if (errorText(error).includes("plan_versions_plan_version_idx"))
          throw new AppError("CONFLICT", "Someone saved a new version first; reload the plan");
        throw error;
      }
      const { createdBy: _, ...version } = row;
      return c.json<PlanVersionAdded>({ plan: { ...version, code: plan.code, name: plan.name } }, 201);
    },
  );

export const decisionModelRoutes = new Hono<AppEnv>().use(requirePermission("endpoint.manage")).get("/", async (c) => {
  const rows = await modelCatalog(c.var.db, c.var.actor.orgId);
  const models = new Map<string, ModelCatalog["models"][number]>();
  for (const row of rows) {
    const thresholds = parseThresholds(row.thresholds);
    if (!thresholds) continue;
    const model = models.get(row.modelId) ?? { id: row.modelId, name: row.name, product: row.product, tier: row.tier, versions: [] };
    model.versions.push({ id: row.id, version: row.version, thresholds, notes: row.notes, status: row.status });
    models.set(row.modelId, model);
  }
  return c.json<ModelCatalog>({ models: [...models.values()] });
});
