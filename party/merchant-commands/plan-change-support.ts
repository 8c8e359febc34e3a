// What every plan-change step shares: loading the request, asking the state machine, the fence that
// lets only one of two racing steps win, the event row, and the endpoints the request leaves.
import { type CurrentEndpoint, resultingEndpoints } from "../../core/domain/endpoint-changes";
import type { PlanChangeDecision, PlanChangeState } from "../../core/domain/plan-change";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { EndpointChange } from "../../core/protocol/merchant-commands";
import { endpointsOf } from "../../db/repositories/merchant-endpoints";
import {
  findPlanChange,
  insertPlanChangeEvent,
  PLAN_CHANGE_FENCE,
  type PlanChangeRow,
  type PlanChangeSet,
  planChangeFence,
  updatePlanChange,
} from "../../db/repositories/plan-changes";
import type { CommandPlan } from "../commands/types";
import type { MerchantContext } from "./types";

export async function loadRequest(ctx: MerchantContext, requestId: string): Promise<PlanChangeRow> {
  const row = await findPlanChange(ctx.db, ctx.merchant.id, requestId);
  if (!row) throw new AppError("NOT_FOUND", "No such plan change on this merchant");
  return row;
}

export function stateOf(row: PlanChangeRow): PlanChangeState {
  return {
    stage: row.stage,
    releaseAt: row.releaseAt,
    money: row.moneyDirection ? { direction: row.moneyDirection, cents: row.moneyCents } : null,
    posted: row.ledgerTransactionId !== null,
  };
}

/** A refusal of the state machine as the typed error the caller gets. */
export function accepted(decision: PlanChangeDecision): Extract<PlanChangeDecision, { ok: true }> {
  if (!decision.ok) throw new AppError(decision.code, decision.message);
  return decision;
}

export function endpointChangesOf(row: PlanChangeRow): EndpointChange[] {
  return JSON.parse(row.endpointChanges) as EndpointChange[];
}

export async function currentEndpoints(ctx: MerchantContext): Promise<CurrentEndpoint[]> {
  return (await endpointsOf(ctx.db, [ctx.merchant.id])).map((e) => ({
    id: e.id,
    name: e.name,
    modelVersionId: e.modelVersionId,
    customised: e.customThresholds !== null,
  }));
}

export async function endpointsAfter(ctx: MerchantContext, changes: EndpointChange[]) {
  return resultingEndpoints(await currentEndpoints(ctx), changes);
}

/**
 * The step's writes: the fence (the request is still at the version this step saw), the request's
 * new stage, and the event with the person's note. Raises the version, so a second step decided on
 * the same version fails its fence.
 */
export function stepWrites(
  ctx: MerchantContext,
  row: PlanChangeRow,
  step: { stage: PlanChangeRow["stage"]; action: Parameters<typeof insertPlanChangeEvent>[1]["action"]; note: string; set?: PlanChangeSet },
): Pick<CommandPlan, "statements" | "guards"> {
  const actorName = ctx.actor.name;
  const role = ctx.actor.id.startsWith("sys_") ? "system" : ctx.actor.role;
  return {
    guards: [
      {
        statement: planChangeFence(ctx.db, row.id, row.version),
        constraint: PLAN_CHANGE_FENCE,
        error: new AppError("STAGE_OUT_OF_ORDER", "Someone else moved this request first; nothing was written. Reload it."),
      },
    ],
    statements: [
      updatePlanChange(ctx.db, row.id, { ...step.set, stage: step.stage, stageSince: ctx.now, version: row.version + 1 }),
      insertPlanChangeEvent(ctx.db, {
        id: ctx.id("pce"),
        requestId: row.id,
        at: ctx.now,
        actorId: role === "system" ? null : ctx.actor.id,
        actorName,
        role,
        action: step.action,
        fromStage: row.stage,
        toStage: step.stage,
        // Free text people type is stored redacted, like every note.
        note: redactFreeText(step.note.trim(), ctx.now),
      }),
    ],
  };
}
