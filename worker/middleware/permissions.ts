// Route guards over the pure permission matrix; refusals are audited.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { can, type Permission } from "../../core/domain/permissions";
import { AppError } from "../../core/protocol/errors";
import { actorAudit, recordAudit } from "../audit";
import { markAudited } from "../audited-errors";
import type { AppEnv } from "../env";

/** Records a refused access in the audit log, then returns the error to throw. */
export async function refuse(
  c: Context<AppEnv>,
  error: AppError,
  target: { type: string; id?: string | null; customerId?: string | null },
): Promise<AppError> {
  await recordAudit(
    c,
    actorAudit(c, {
      action: `${c.req.method} ${c.req.routePath}`,
      targetType: target.type,
      targetId: target.id ?? null,
      customerId: target.customerId ?? null,
      outcome: "denied",
      details: { code: error.code },
    }),
  );
  markAudited(error);
  return error;
}

export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!can(c.var.actor.role, permission)) {
      throw await refuse(c, new AppError("FORBIDDEN", `Your role may not ${permission}`), { type: "route" });
    }
    await next();
  });
}
