// Audit rows for what a signed-in caller did through an HTTP route: who, when and where filled in,
// appended to that person's own stream (rooms write the customers' streams).
import type { Context } from "hono";
import { type AuditEntry, appendAudit, auditSignerFor, commitWithAudit, type Statement } from "../db/repositories/audit";
import type { AppEnv } from "./env";
import { requestOrigin } from "./middleware/session";
import { auditAnchor } from "./rooms";

export function actorAudit(
  c: Context<AppEnv>,
  what: {
    action: string;
    targetType: string;
    targetId: string | null;
    customerId?: string | null;
    details?: Record<string, unknown>;
    outcome?: AuditEntry["outcome"];
  },
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
    customerId: what.customerId ?? null,
    outcome: what.outcome ?? "success",
    ...requestOrigin(c),
    details: what.details ?? {},
  };
}

/** Appends one entry (to its actor's stream). */
export async function recordAudit(c: Context<AppEnv>, entry: AuditEntry): Promise<void> {
  await appendAudit(c.var.db, await auditSignerFor(c.env), entry);
}

/** Runs `statements` and appends `entries` in one batch (the change and its record, or neither). */
export async function commitAudited(c: Context<AppEnv>, entries: AuditEntry[], statements: () => Statement[]): Promise<void> {
  await commitWithAudit(c.var.db, await auditSignerFor(c.env), entries, statements);
}

/** Someone of the org is at work: make sure its audit log is checkpointed while it moves. */
export function keepCheckpointing(c: Context<AppEnv>, orgId: string): void {
  c.executionCtx.waitUntil(
    auditAnchor(c.env, orgId)
      .keepCheckpointing(orgId)
      .catch(() => undefined),
  );
}
