// A merchant's checkout endpoint as its integration calls it: no staff session; the endpoint's key
// (Authorization: Bearer) is the credential, looked up by its SHA-256. The endpoint's decision model
// answers the application, and the delivery goes into the log engineering troubleshoots from. A key
// that was rotated out is refused with KEY_REVOKED and nothing is written.
import { Hono } from "hono";
import * as v from "valibot";
import { decideApplication, parseThresholds } from "../../core/domain/decision-models";
import { AppError } from "../../core/protocol/errors";
import type { ApplicationDecision } from "../../core/protocol/merchant-answers";
import { ApplicationBodySchema } from "../../core/protocol/merchant-queries";
import { newId, sha256Hex } from "../../db/crypto";
import { endpointByKeyHash, insertDelivery, modelVersionsByIds } from "../../db/repositories/merchant-endpoints";
import type { AppEnv } from "../env";
import { validate } from "../middleware/validate";

const EndpointParam = v.object({ endpointId: v.pipe(v.string(), v.regex(/^mep_[\w-]{1,60}$/, "is not an endpoint id")) });

export const publicEndpointRoutes = new Hono<AppEnv>().post("/:endpointId/applications", validate("param", EndpointParam), async (c) => {
  const started = Date.now();
  const key = /^Bearer (tdm_[\w-]{20,80})$/.exec(c.req.header("Authorization") ?? "")?.[1];
  if (!key) throw new AppError("UNAUTHENTICATED", "Send the endpoint's key as Authorization: Bearer tdm_...");
  const found = await endpointByKeyHash(c.var.db, await sha256Hex(key));
  // One answer for an unknown key and another endpoint's key, so keys cannot be probed.
  if (!found || found.endpoint.id !== c.req.valid("param").endpointId)
    throw new AppError("UNAUTHENTICATED", "This key is not valid for this endpoint");
  if (found.revokedAt !== null) throw new AppError("KEY_REVOKED", "This key was rotated out; use the endpoint's current key");
  const endpoint = found.endpoint;
  if (endpoint.status !== "active") throw new AppError("FORBIDDEN", "This endpoint is not active");
  if (endpoint.kind !== "checkout") throw new AppError("NOT_FOUND", "Only checkout endpoints take applications");
  const body = await c.req.json().catch(() => null);
  const parsed = v.safeParse(ApplicationBodySchema, body);
  if (!parsed.success)
    throw new AppError(
      "VALIDATION",
      "Invalid application",
      parsed.issues.map((i) => ({ path: i.path?.map((p) => String(p.key)).join(".") ?? "", message: i.message })),
    );
  const model = (await modelVersionsByIds(c.var.db, [endpoint.modelVersionId])).get(endpoint.modelVersionId);
  const thresholds = parseThresholds(endpoint.customThresholds) ?? parseThresholds(model?.thresholds ?? null);
  if (!model || !thresholds) throw new AppError("UNAVAILABLE", "The endpoint's decision model is not available");
  const { decision, reasons } = decideApplication(thresholds, parsed.output);
  const deliveryId = newId("dlv");
  await insertDelivery(c.var.db, {
    id: deliveryId,
    endpointId: endpoint.id,
    merchantId: endpoint.merchantId,
    at: started,
    event: parsed.output.event,
    statusCode: 200,
    ok: true,
    latencyMs: Math.max(1, Date.now() - started),
    error: null,
    test: false,
  });
  return c.json<ApplicationDecision>({ decision, reasons, model: { name: model.name, version: model.version }, deliveryId });
});
