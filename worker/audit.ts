// Audit rows for what a signed-in caller did through an HTTP route: who, when and where filled in.
import type { Context } from "hono";
import type { AuditEntry } from "../db/repositories/audit";
import type { AppEnv } from "./env";
import { requestOrigin } from "./middleware/session";

export function actorAudit(
  c: Context<AppEnv>,
  what: { action: string; targetType: string; targetId: string | null; details?: Record<string, unknown>; outcome?: AuditEntry["outcome"] },
  at = Date.now(),
): AuditEntry {
  const actor = c.var.actor;
  return {
    orgId: actor.orgId,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    action: what.action,
    targetType: what.targetType,
    targetId: what.targetId,
    customerId: null,
    outcome: what.outcome ?? "success",
    ...requestOrigin(c),
    details: what.details ?? {},
  };
}
