// Engineering's endpoint commands: add an endpoint (its key shown once), rotate its key, change its
// decision model or thresholds, and send a test event. Endpoints are visible and changeable only by
// engineering; every change needs ownership and a note, a test event leaves a system note.
import type * as v from "valibot";
import { decideApplication, mayCustomiseThresholds, parseThresholds } from "../../core/domain/decision-models";
import { AppError } from "../../core/protocol/errors";
import type {
  EndpointCreateSchema,
  EndpointModelSchema,
  EndpointRotateKeySchema,
  EndpointTestSchema,
} from "../../core/protocol/merchant-commands";
import {
  endpointsOf,
  findEndpoint,
  insertDelivery,
  insertEndpoint,
  modelVersionsByIds,
  revokeKeys,
  updateEndpoint,
} from "../../db/repositories/merchant-endpoints";
import { allowedModel, currentPlan, issueKey } from "./endpoint-support";
import type { MerchantContext, MerchantHandler } from "./types";

const KIND_LABEL = { checkout: "checkout", order_webhook: "order webhook", settlement_webhook: "settlement webhook" } as const;

async function liveEndpoint(ctx: MerchantContext, endpointId: string) {
  const endpoint = await findEndpoint(ctx.db, ctx.merchant.id, endpointId);
  if (!endpoint || endpoint.status === "removed") throw new AppError("NOT_FOUND", "No such endpoint on this merchant");
  return endpoint;
}

export const endpointCreate: MerchantHandler<v.InferOutput<typeof EndpointCreateSchema>> = {
  permission: "endpoint.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const plan = await currentPlan(ctx);
    const existing = await endpointsOf(ctx.db, [ctx.merchant.id]);
    if (existing.length >= plan.includedEndpoints)
      throw new AppError("PLAN_LIMIT", `The ${plan.name} plan includes ${plan.includedEndpoints} endpoints; change the plan to add more`);
    await allowedModel(ctx, command.modelVersionId, plan);
    const endpointId = ctx.id("mep");
    const { key, keyPrefix, statement } = await issueKey(ctx, endpointId);
    return {
      statements: [
        insertEndpoint(ctx.db, {
          id: endpointId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          kind: command.kind,
          name: command.name,
          url: command.url,
          status: "active",
          modelVersionId: command.modelVersionId,
          customThresholds: null,
          createdAt: ctx.now,
        }),
        statement,
      ],
      note: { text: command.note, category: "general", action: "endpoint.create" },
      activity: { kind: "system", summary: `Endpoint added: ${command.name} (${KIND_LABEL[command.kind]})`, data: { endpointId } },
      audit: { action: "endpoint.create", targetType: "endpoint", targetId: endpointId, details: { kind: command.kind, keyPrefix } },
      // The key, once, to the engineer who asked: never broadcast, never logged.
      reply: { endpointId, key, keyPrefix },
      recordsChanged: [{ record: "endpoint", id: endpointId }],
    };
  },
};

export const endpointRotateKey: MerchantHandler<v.InferOutput<typeof EndpointRotateKeySchema>> = {
  permission: "endpoint.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const endpoint = await liveEndpoint(ctx, command.endpointId);
    const { key, keyPrefix, statement } = await issueKey(ctx, endpoint.id);
    return {
      statements: [
        revokeKeys(ctx.db, endpoint.id, ctx.now),
        statement,
        ...(endpoint.status === "pending_key" ? [updateEndpoint(ctx.db, endpoint.id, { status: "active" })] : []),
      ],
      note: { text: command.note, category: "general", action: "endpoint.rotate_key" },
      activity: {
        kind: "system",
        summary: `Key rotated for ${endpoint.name}; the old key no longer works`,
        data: { endpointId: endpoint.id },
      },
      audit: { action: "endpoint.rotate_key", targetType: "endpoint", targetId: endpoint.id, details: { keyPrefix } },
      reply: { endpointId: endpoint.id, key, keyPrefix },
      recordsChanged: [{ record: "endpoint", id: endpoint.id }],
    };
  },
};

export const endpointModel: MerchantHandler<v.InferOutput<typeof EndpointModelSchema>> = {
  permission: "endpoint.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const endpoint = await liveEndpoint(ctx, command.endpointId);
    const plan = await currentPlan(ctx);
    const model = await allowedModel(ctx, command.modelVersionId, plan);
    if (command.thresholds && !mayCustomiseThresholds(plan.modelTier))
      throw new AppError("MODELS_NOT_READY", `Only custom-tier plans may customise thresholds; ${plan.name} is ${plan.modelTier}`);
    return {
      statements: [
        updateEndpoint(ctx.db, endpoint.id, {
          modelVersionId: model.id,
          customThresholds: command.thresholds ? JSON.stringify(command.thresholds) : null,
        }),
      ],
      note: { text: command.note, category: "general", action: "endpoint.model" },
      activity: {
        kind: "system",
        summary: `${endpoint.name} now runs ${model.name} v${model.version}${command.thresholds ? " with custom thresholds" : ""}`,
        data: { endpointId: endpoint.id },
      },
      audit: {
        action: "endpoint.model",
        targetType: "endpoint",
        targetId: endpoint.id,
        details: { modelVersionId: model.id, customThresholds: command.thresholds !== null },
      },
      recordsChanged: [{ record: "endpoint", id: endpoint.id }],
    };
  },
};

/** The sample application a test event sends: a typical lease for a well-scored shopper. */
export const TEST_APPLICATION = { score: 680, amountCents: 120_000, termMonths: 12 };

export const endpointTest: MerchantHandler<v.InferOutput<typeof EndpointTestSchema>> = {
  permission: "endpoint.manage",
  requiresOwnership: false,
  async plan(ctx, command) {
    const started = Date.now();
    const endpoint = await liveEndpoint(ctx, command.endpointId);
    const model = (await modelVersionsByIds(ctx.db, [endpoint.modelVersionId])).get(endpoint.modelVersionId);
    const thresholds = parseThresholds(endpoint.customThresholds) ?? parseThresholds(model?.thresholds ?? null);
    let statusCode = 200;
    let error: string | null = null;
    let outcome = "";
    if (endpoint.status === "pending_key") [statusCode, error] = [401, "The endpoint has no key yet: rotate to issue one"];
    else if (endpoint.status === "disabled") [statusCode, error] = [403, "The endpoint is disabled"];
    else if (!thresholds || !model) [statusCode, error] = [500, "The endpoint's decision model has no valid thresholds"];
    else outcome = decideApplication(thresholds, TEST_APPLICATION).decision;
    const delivery = {
      id: ctx.id("dlv"),
      endpointId: endpoint.id,
      merchantId: ctx.merchant.id,
      at: ctx.now,
      event: "test.application",
      statusCode,
      ok: statusCode < 400,
      latencyMs: Math.max(1, Date.now() - started),
      error,
      test: true,
    };
    const result = error ? `failed (${statusCode}): ${error}` : `${outcome} by ${model?.name} v${model?.version} (${statusCode})`;
    return {
      statements: [insertDelivery(ctx.db, delivery)],
      note: { text: `Test event sent to ${endpoint.name}: ${result}`, category: "general", action: "endpoint.test", kind: "system" },
      activity: { kind: "system", summary: `Test event to ${endpoint.name}: ${result}`, data: { endpointId: endpoint.id } },
      audit: { action: "endpoint.test", targetType: "endpoint", targetId: endpoint.id, details: { statusCode } },
      reply: {
        delivery: {
          id: delivery.id,
          at: delivery.at,
          event: delivery.event,
          statusCode,
          ok: delivery.ok,
          latencyMs: delivery.latencyMs,
          error,
          test: true,
        },
      },
      recordsChanged: [{ record: "endpoint", id: endpoint.id }],
    };
  },
};
