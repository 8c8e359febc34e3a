// Refusals decided inside a handler's plan are audited like the room's own refusals, then thrown.
import { AppError, type ErrorCode } from "../../core/protocol/errors";
import { appendAudit } from "../../db/repositories/audit";
import type { CommandContext } from "./types";

export async function deniedInPlan(
  ctx: CommandContext,
  action: string,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): Promise<AppError> {
  await appendAudit(ctx.db, {
    orgId: ctx.actor.orgId,
    at: ctx.now,
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    action,
    targetType: "customer",
    targetId: ctx.customer.id,
    customerId: ctx.customer.id,
    outcome: "denied",
    ...ctx.origin,
    details: { code, ...details },
  });
  return new AppError(code, message);
}
