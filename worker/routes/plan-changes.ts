// Plan changes (seed 004): sales opens a request on a merchant; each stage's role approves it or
// sends it back, each with a note, through the merchant's room; the board shows every request by
// stage with its age. The release is the room's own, on its alarm (party/merchant-room.ts).
import { Hono } from "hono";
import * as v from "valibot";
import type { PlanChangeBoard } from "../../core/protocol/merchant-answers";
import { PlanChangeApproveSchema, PlanChangeOpenSchema, PlanChangeSendBackSchema } from "../../core/protocol/merchant-commands";
import { MerchantParamSchema, RequestParamSchema } from "../../core/protocol/merchant-queries";
import { planChangeBoard } from "../../db/repositories/plan-changes";
import type { AppEnv } from "../env";
import { planChangeViews } from "../merchant-presenters";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughMerchantRoom } from "../rooms";

const OpenBodySchema = v.omit(PlanChangeOpenSchema, ["type"]);
const ApproveBodySchema = v.omit(PlanChangeApproveSchema, ["type", "requestId"]);
/** Send back, resubmit and cancel all carry a token and a note (a reason). */
const StepBodySchema = v.omit(PlanChangeSendBackSchema, ["type", "requestId"]);
/** Released and cancelled requests stay on the board this long. */
const CLOSED_SHOWN_MS = 14 * 86_400_000;

const opens = requirePermission("plan_change.open");
const approves = requirePermission("plan_change.approve");

/** Under /api/merchants (behind its merchant.read): the steps on one merchant's requests. */
export const merchantPlanChangeRoutes = new Hono<AppEnv>()
  .post("/:id/plan-changes", opens, validate("param", MerchantParamSchema), validateNoted(OpenBodySchema, "note"), async (c) => {
    return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "plan_change.open", ...c.req.valid("json") }, 201);
  })
  .post(
    "/:id/plan-changes/:requestId/approve",
    approves,
    validate("param", RequestParamSchema),
    validateNoted(ApproveBodySchema, "note"),
    async (c) => {
      const { id, requestId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "plan_change.approve", requestId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/plan-changes/:requestId/send-back",
    approves,
    validate("param", RequestParamSchema),
    validateNoted(StepBodySchema, "note"),
    async (c) => {
      const { id, requestId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "plan_change.send_back", requestId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/plan-changes/:requestId/resubmit",
    opens,
    validate("param", RequestParamSchema),
    validateNoted(StepBodySchema, "note"),
    async (c) => {
      const { id, requestId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "plan_change.resubmit", requestId, ...c.req.valid("json") });
    },
  )
  .post(
    "/:id/plan-changes/:requestId/cancel",
    opens,
    validate("param", RequestParamSchema),
    validateNoted(StepBodySchema, "note"),
    async (c) => {
      const { id, requestId } = c.req.valid("param");
      return mutateThroughMerchantRoom(c, id, { type: "plan_change.cancel", requestId, ...c.req.valid("json") });
    },
  );

/** /api/plan-changes: the board of the org's requests. */
export const planChangeBoardRoutes = new Hono<AppEnv>().use(requirePermission("merchant.read")).get("/", async (c) => {
  const now = Date.now();
  const rows = await planChangeBoard(c.var.db, c.var.actor.orgId, now - CLOSED_SHOWN_MS);
  return c.json<PlanChangeBoard>({ items: await planChangeViews(c.var.db, rows), serverTime: now });
});
