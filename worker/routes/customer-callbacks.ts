// A customer's callbacks: schedule (from the profile or from a note that says when), reschedule and
// complete, each through the customer's room (note, audit, broadcast, the floors told). No ownership.
import { Hono } from "hono";
import * as v from "valibot";
import { CustomerParamSchema } from "../../core/protocol/api";
import {
  CallbackCompleteCommandSchema,
  CallbackIdSchema,
  CallbackRescheduleCommandSchema,
  CallbackScheduleCommandSchema,
} from "../../core/protocol/callback-commands";
import type { AppEnv } from "../env";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughRoom } from "../rooms";

const ScheduleBody = v.omit(CallbackScheduleCommandSchema, ["type"]);
const RescheduleBody = v.omit(CallbackRescheduleCommandSchema, ["type", "callbackId"]);
const CompleteBody = v.omit(CallbackCompleteCommandSchema, ["type", "callbackId"]);
const CallbackParam = v.object({ id: CustomerParamSchema.entries.id, callbackId: CallbackIdSchema });

export const customerCallbackRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .post(
    "/:id/callbacks",
    requirePermission("callback.manage"),
    validate("param", CustomerParamSchema),
    validateNoted(ScheduleBody, "note"),
    async (c) => mutateThroughRoom(c, c.req.valid("param").id, { type: "callback.schedule", ...c.req.valid("json") }, 201),
  )
  .post(
    "/:id/callbacks/:callbackId/reschedule",
    requirePermission("callback.manage"),
    validate("param", CallbackParam),
    validateNoted(RescheduleBody, "note"),
    async (c) => {
      const { id, callbackId } = c.req.valid("param");
      return mutateThroughRoom(c, id, { type: "callback.reschedule", callbackId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/callbacks/:callbackId/complete",
    requirePermission("callback.manage"),
    validate("param", CallbackParam),
    validateNoted(CompleteBody, "note"),
    async (c) => {
      const { id, callbackId } = c.req.valid("param");
      return mutateThroughRoom(c, id, { type: "callback.complete", callbackId, ...c.req.valid("json") });
    },
  );
