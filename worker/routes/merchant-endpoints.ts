// A merchant's endpoints and the decision models serving them: visible and changeable only by
// engineering. The list with URLs, key prefixes, models, thresholds and the recent delivery log;
// adding one, rotating its key, changing its model and sending a test event go through the room.
import { Hono } from "hono";
import * as v from "valibot";
import { parseThresholds } from "../../core/domain/decision-models";
import { AppError } from "../../core/protocol/errors";
import type { EndpointDetail, EndpointDetails } from "../../core/protocol/merchant-answers";
import { EndpointCreateSchema, EndpointModelSchema, EndpointRotateKeySchema } from "../../core/protocol/merchant-commands";
import { EndpointParamSchema, MerchantParamSchema } from "../../core/protocol/merchant-queries";
import {
  activeKeyPrefixes,
  deliveryStats,
  endpointsOf,
  lastDeliveries,
  modelVersionsByIds,
  RECENT_MS,
  recentDeliveries,
} from "../../db/repositories/merchant-endpoints";
import { findPlanVersion } from "../../db/repositories/merchants";
import type { AppEnv } from "../env";
import { readMerchant } from "../merchant-access";
import { endpointSummaries } from "../merchant-presenters";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughMerchantRoom } from "../rooms";

const CreateBodySchema = v.omit(EndpointCreateSchema, ["type"]);
const RotateBodySchema = v.pick(EndpointRotateKeySchema, ["lockToken", "note"]);
const ModelBodySchema = v.omit(EndpointModelSchema, ["type", "endpointId"]);

// Mounted beside the merchants' routes (which check merchant.read for all of /api/merchants): each
// route adds its own, narrower permission.
const engineering = requirePermission("endpoint.manage");

export const merchantEndpointRoutes = new Hono<AppEnv>()
  .get("/:id/endpoints", engineering, validate("param", MerchantParamSchema), async (c) => {
    const merchant = await readMerchant(c, c.req.valid("param").id);
    const db = c.var.db;
    const now = Date.now();
    const endpoints = await endpointsOf(db, [merchant.id]);
    const ids = endpoints.map((e) => e.id);
    const [stats, last, prefixes, models, plan, logs] = await Promise.all([
      deliveryStats(db, [merchant.id], now - RECENT_MS),
      lastDeliveries(db, ids),
      activeKeyPrefixes(db, ids),
      modelVersionsByIds(
        db,
        endpoints.map((e) => e.modelVersionId),
      ),
      findPlanVersion(db, merchant.orgId, merchant.planVersionId),
      Promise.all(ids.map((id) => recentDeliveries(db, id, 20))),
    ]);
    const summaries = endpointSummaries(endpoints, stats, last, now);
    const items: EndpointDetail[] = endpoints.map((e, index) => {
      const model = models.get(e.modelVersionId);
      const summary = summaries[index];
      const thresholds = parseThresholds(model?.thresholds ?? null);
      if (!model || !summary || !thresholds) throw new AppError("INTERNAL", `Endpoint ${e.id} has no valid decision model`);
      return {
        ...summary,
        url: e.url,
        keyPrefix: prefixes.get(e.id) ?? null,
        model: { id: model.id, name: model.name, version: model.version, tier: model.tier, product: model.product },
        thresholds,
        customThresholds: parseThresholds(e.customThresholds),
        deliveries: (logs[index] ?? []).map((d) => ({
          id: d.id,
          at: d.at,
          event: d.event,
          statusCode: d.statusCode,
          ok: d.ok,
          latencyMs: d.latencyMs,
          error: d.error,
          test: d.test,
        })),
      };
    });
    return c.json<EndpointDetails>({ items, planTier: plan?.modelTier ?? "standard" });
  })
  .post("/:id/endpoints", engineering, validate("param", MerchantParamSchema), validateNoted(CreateBodySchema, "note"), async (c) => {
    return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "endpoint.create", ...c.req.valid("json") }, 201);
  })
  .post(
    "/:id/endpoints/:endpointId/rotate-key",
    engineering,
    validate("param", EndpointParamSchema),
    validateNoted(RotateBodySchema, "note"),
    async (c) => {
      const { id, endpointId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "endpoint.rotate_key", endpointId, ...c.req.valid("json") });
    },
  )
  .patch(
    "/:id/endpoints/:endpointId/model",
    engineering,
    validate("param", EndpointParamSchema),
    validateNoted(ModelBodySchema, "note"),
    async (c) => {
      const { id, endpointId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "endpoint.model", endpointId, ...c.req.valid("json") });
    },
  )
  .post("/:id/endpoints/:endpointId/test", engineering, validate("param", EndpointParamSchema), async (c) => {
    const { id, endpointId } = c.req.valid("param");
    return mutateThroughMerchantRoom(c, id, { type: "endpoint.test", endpointId }, 201);
  });
