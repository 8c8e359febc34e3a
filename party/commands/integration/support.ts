// What every applied back-end event shares: finding Tandem's record for the back end's id, the
// version rule, and the ledger statements (the entity's version, the event marked applied) that
// commit in the same batch as the change, so a crash between them cannot apply an event twice.
import { versionVerdict } from "../../../core/domain/integrations";
import { AppError } from "../../../core/protocol/errors";
import type { IntegrationApplyCommand } from "../../../core/protocol/integration-commands";
import { type EntityRef, type EntityType, entityRef, recordEntityVersion } from "../../../db/repositories/integration-entities";
import { markEventApplied } from "../../../db/repositories/integration-events";
import type { CommandContext, SkipPlan, Statement } from "../types";

/** Tandem's record for the back end's id: its mapping, or (not for customers) Tandem's own id of this customer's record. */
export async function resolveEntity(ctx: CommandContext, entityType: EntityType, externalId: string): Promise<EntityRef | null> {
  // An earlier event of the same group (not committed yet) may have mapped or moved it.
  const ref =
    ctx.staged?.get(stagedKey(entityType, externalId)) ??
    (await entityRef(ctx.db, { orgId: ctx.actor.orgId, entityType, externalId, customerId: ctx.customer.id }));
  if (ref && ref.customerId !== ctx.customer.id)
    throw new AppError("CONFLICT", `${entityType} ${externalId} belongs to another customer in Tandem`);
  return ref;
}

/** Null when the event applies; a skip (nothing written) when the entity already has this version or a newer one. */
export function skipFor(ref: EntityRef | null, version: number): SkipPlan | null {
  // A record known without a mapping (version 0) has had no snapshot applied: any version applies.
  const verdict = versionVerdict(ref ? ref.version : null, version);
  return verdict === "apply" ? null : { skip: verdict };
}

const stagedKey = (entityType: EntityType, externalId: string) => `${entityType}:${externalId}`;

export function ledgerStatements(
  ctx: CommandContext,
  command: IntegrationApplyCommand,
  entityType: EntityType,
  localId: string,
  version: number,
): Statement[] {
  ctx.staged?.set(stagedKey(entityType, command.event.entity.id), { localId, customerId: ctx.customer.id, version });
  return [
    recordEntityVersion(ctx.db, {
      orgId: ctx.actor.orgId,
      entityType,
      externalId: command.event.entity.id,
      localId,
      customerId: ctx.customer.id,
      version,
      at: ctx.now,
    }),
    markEventApplied(ctx.db, { endpointId: command.endpointId, eventId: command.eventId }, ctx.customer.id, ctx.now),
  ];
}

/** The audit row of an applied event: which back end, which event, which entity and version. */
export function eventAudit(command: IntegrationApplyCommand, targetType: string, targetId: string, details: Record<string, unknown> = {}) {
  return {
    action: `integration.${command.event.type}`,
    targetType,
    targetId,
    details: {
      endpointId: command.endpointId,
      eventId: command.eventId,
      externalId: command.event.entity.id,
      version: command.event.entity.version,
      ...details,
    },
  };
}
