// What endpoint commands share: issuing a key (shown once, only its hash kept), and checking a model
// version against the merchant's plan.
import { tierAllows } from "../../core/domain/decision-models";
import type { PlanVersionView } from "../../core/domain/merchant-view";
import { AppError } from "../../core/protocol/errors";
import { newToken, sha256Hex } from "../../db/crypto";
import { findModelVersion, insertKey } from "../../db/repositories/merchant-endpoints";
import { findPlanVersion } from "../../db/repositories/merchants";
import type { Statement } from "../commands/types";
import type { MerchantContext } from "./types";

/** A new endpoint key: `tdm_` and 256 random bits. The key goes to the caller once; the database keeps its SHA-256. */
export async function issueKey(
  ctx: MerchantContext,
  endpointId: string,
): Promise<{ key: string; keyPrefix: string; statement: Statement }> {
  const key = `tdm_${newToken()}`;
  const keyPrefix = `${key.slice(0, 12)}…`;
  const statement = insertKey(ctx.db, {
    id: ctx.id("key"),
    endpointId,
    keyHash: await sha256Hex(key),
    prefix: keyPrefix,
    createdAt: ctx.now,
  });
  return { key, keyPrefix, statement };
}

export async function currentPlan(ctx: MerchantContext): Promise<PlanVersionView> {
  const plan = await findPlanVersion(ctx.db, ctx.actor.orgId, ctx.merchant.planVersionId);
  if (!plan) throw new Error(`merchant ${ctx.merchant.id} has no plan`);
  return plan;
}

/** The model version, if it is this org's and the plan's tier allows it. */
export async function allowedModel(ctx: MerchantContext, modelVersionId: string, plan: PlanVersionView) {
  const model = await findModelVersion(ctx.db, ctx.actor.orgId, modelVersionId);
  if (model?.status !== "active") throw new AppError("NOT_FOUND", "No such decision model version");
  if (!model || !tierAllows(plan.modelTier, model.tier))
    throw new AppError("MODELS_NOT_READY", `The ${plan.name} plan allows ${plan.modelTier} models; ${model.name} is ${model.tier}`);
  return model;
}
