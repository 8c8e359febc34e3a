// plan_change.open: sales opens a request to move a merchant to another plan (upgrade or downgrade),
// with endpoints to add, remove or customise and money to deposit or withdraw. It starts at
// engineering's check. One request per merchant at a time.
import type * as v from "valibot";
import { unknownEndpoints } from "../../core/domain/endpoint-changes";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { PlanChangeOpenSchema } from "../../core/protocol/merchant-commands";
import { findPlanVersion } from "../../db/repositories/merchants";
import { insertPlanChange, insertPlanChangeEvent, planChangesOfMerchant } from "../../db/repositories/plan-changes";
import { currentPlan } from "./endpoint-support";
import { currentEndpoints, endpointsAfter } from "./plan-change-support";
import type { MerchantHandler } from "./types";

const WAITING = new Set(["engineering", "finance", "sales", "scheduled", "returned"]);

export const planChangeOpen: MerchantHandler<v.InferOutput<typeof PlanChangeOpenSchema>> = {
  permission: "plan_change.open",
  requiresOwnership: true,
  async plan(ctx, command) {
    const from = await currentPlan(ctx);
    const to = await findPlanVersion(ctx.db, ctx.actor.orgId, command.toPlanVersionId);
    if (!to) throw new AppError("NOT_FOUND", "No such plan version");
    if (to.id === from.id)
      throw new AppError("VALIDATION", "The merchant is on that plan already", [{ path: "toPlanVersionId", message: "same plan" }]);
    const open = (await planChangesOfMerchant(ctx.db, ctx.merchant.id)).find((r) => WAITING.has(r.request.stage));
    if (open) throw new AppError("CONFLICT", "This merchant already has a plan change in progress; finish or cancel it first");
    const unknown = unknownEndpoints(await currentEndpoints(ctx), command.endpointChanges);
    if (unknown.length > 0) throw new AppError("NOT_FOUND", `No such endpoint on this merchant: ${unknown.join(", ")}`);
    const after = await endpointsAfter(ctx, command.endpointChanges);
    if (after.length > to.includedEndpoints)
      throw new AppError(
        "PLAN_LIMIT",
        `The ${to.name} plan includes ${to.includedEndpoints} endpoints; this request leaves ${after.length}`,
      );
    const requestId = ctx.id("pcr");
    const reason = redactFreeText(command.note.trim(), ctx.now).slice(0, 2_000);
    const direction = to.monthlyFeeCents >= from.monthlyFeeCents ? "upgrade" : "downgrade";
    return {
      statements: [
        insertPlanChange(ctx.db, {
          id: requestId,
          orgId: ctx.actor.orgId,
          merchantId: ctx.merchant.id,
          fromPlanVersionId: from.id,
          toPlanVersionId: to.id,
          reason,
          endpointChanges: JSON.stringify(command.endpointChanges),
          moneyDirection: command.money?.direction ?? null,
          moneyCents: command.money?.amountCents ?? 0,
          stage: "engineering",
          stageSince: ctx.now,
          openedBy: ctx.actor.id,
          openedAt: ctx.now,
        }),
        insertPlanChangeEvent(ctx.db, {
          id: ctx.id("pce"),
          requestId,
          at: ctx.now,
          actorId: ctx.actor.id,
          actorName: ctx.actor.name,
          role: ctx.actor.role,
          action: "open",
          fromStage: null,
          toStage: "engineering",
          note: reason,
        }),
      ],
      note: { text: command.note, category: "general", action: "plan_change.open" },
      activity: {
        kind: "system",
        summary: `Plan change opened: ${from.name} to ${to.name} (${direction}); waiting for engineering`,
        data: { requestId },
      },
      audit: { action: "plan_change.open", targetType: "plan_change", targetId: requestId, details: { from: from.id, to: to.id } },
      reply: { requestId, stage: "engineering" },
      recordsChanged: [{ record: "plan-change", id: requestId }],
    };
  },
};
