// POST /api/monitor/steps: a batch of captured serving time sent by navigator.sendBeacon as the page
// hides (the socket may be gone by then). Beacons carry text, so the body is read and parsed here,
// then handed to the customer's room, which checks and stores it exactly as it does socket batches.
import { Hono } from "hono";
import * as v from "valibot";
import { AppError, describeIssues, ERROR_STATUS, type ErrorCode } from "../../core/protocol/errors";
import type { StepsStored } from "../../core/protocol/monitor-answers";
import { StepBeaconSchema } from "../../core/protocol/step-capture";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { customerRoom } from "../rooms";

export const monitorStepRoutes = new Hono<AppEnv>().post("/steps", requirePermission("monitor.self"), async (c) => {
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    throw new AppError("VALIDATION", "The body is not JSON");
  }
  const parsed = v.safeParse(StepBeaconSchema, json);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid step batch", describeIssues(parsed.issues));
  const { customerId, ...batch } = parsed.output;
  const room = await customerRoom(c.env, customerId);
  const result = await room.captureSteps(c.var.actor, batch);
  if (result.ok) return c.json<StepsStored>({ stored: result.stored });
  const { error } = result as Extract<typeof result, { ok: false }>;
  throw new AppError((error.code in ERROR_STATUS ? error.code : "INTERNAL") as ErrorCode, error.message, error.details);
});
