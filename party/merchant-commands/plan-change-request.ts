// plan_change.request: a merchant user asks for another plan from the portal. The merchant's room
// runs it as the system on the user's behalf (staff never run it; they approve as for any request),
// so it needs no ownership of the account. It opens the same request as sales does: engineering's
// check first, then finance, then sales. The request is opened in the name of the merchant's account
// manager (the sales rep who looks after them) and records the portal user who asked.
import type * as v from "valibot";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { PlanChangeRequestSchema } from "../../core/protocol/merchant-commands";
import { findPlanVersion } from "../../db/repositories/merchants";
import { insertPlanChange, insertPlanChangeEvent, planChangesOfMerchant } from "../../db/repositories/plan-changes";
import { currentPlan } from "./endpoint-support";
import type { MerchantHandler } from "./types";

const WAITING = new Set(["engineering", "finance", "sales", "scheduled", "returned"]);

export const planChangeRequest: MerchantHandler<v.InferOutput<typeof PlanChangeRequestSchema>> = {
  permission: "system",
  requiresOwnership: false,
  async plan(ctx, command) {
    const from = await currentPlan(ctx);
    const to = await findPlanVersion(ctx.db, ctx.actor.orgId, command.toPlanVersionId);
    if (!to) throw new AppError("NOT_FOUND", "No such plan");
    if (to.id === from.id)
      throw new AppError("VALIDATION", "You are on that plan already", [{ path: "toPlanVersionId", message: "same plan" }]);
    const manager = ctx.merchant.accountManagerId;
    if (!manager) throw new AppError("CONFLICT", "Your account has no account manager yet; open a help ticket to ask for the change");
    const open = (await planChangesOfMerchant(ctx.db, ctx.merchant.id)).find((r) => WAITING.has(r.request.stage));
    if (open) throw new AppError("CONFLICT", "A plan change is already in progress for your account; it must finish first");
    const requestId = ctx.id("pcr");
    const who = `${command.requester.name} (${command.requester.role}, through the merchant portal)`;
    const reason = redactFreeText(`Requested by ${who}: ${command.note.trim()}`, ctx.now).slice(0, 2_000);
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
          endpointChanges: "[]",
          moneyDirection: null,
          moneyCents: 0,
          stage: "engineering",
          stageSince: ctx.now,
          openedBy: manager,
          openedAt: ctx.now,
          requestedByUserId: command.requester.merchantUserId,
          requestedByName: command.requester.name,
        }),
        insertPlanChangeEvent(ctx.db, {
          id: ctx.id("pce"),
          requestId,
          at: ctx.now,
          actorId: null,
          actorName: who,
          role: `merchant_${command.requester.role}`,
          action: "open",
          fromStage: null,
          toStage: "engineering",
          note: reason,
        }),
      ],
      note: { text: reason, category: "general", action: "plan_change.request" },
      activity: {
        kind: "system",
        summary: `Plan change requested by the merchant: ${from.name} to ${to.name} (${direction}); waiting for engineering`,
        data: { requestId },
      },
      audit: {
        action: "plan_change.request",
        targetType: "plan_change",
        targetId: requestId,
        details: { from: from.id, to: to.id, merchantUserId: command.requester.merchantUserId },
      },
      reply: { requestId, stage: "engineering" },
      recordsChanged: [{ record: "plan-change", id: requestId }],
    };
  },
};
