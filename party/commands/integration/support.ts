// What every applied back-end event shares: finding Tandem's record for the back end's id, the
// version rule, and the ledger statements (the entity's version, the event marked applied) that
// commit in the same batch as the change, so a crash between them cannot apply an event twice.
import { versionVerdict } from "../../../core/domain/integrations";
import { AppError } from "../../../core/protocol/errors";
import type { IntegrationApplyCommand } from "../../../core/protocol/integration-commands";
import { entitiesNamed } from "../../../core/protocol/integration-events";
import type { Database } from "../../../db/client";
import {
  ENTITY_CHECK,
  type EntityRef,
  type EntityType,
  entitiesAhead,
  entitiesStillAsRead,
  entityKey,
  entityRef,
  recordEntityVersion,
} from "../../../db/repositories/integration-entities";
import { markEventApplied } from "../../../db/repositories/integration-events";
import type { CommandContext, SkipPlan, StagedEntities, Statement } from "../types";

/** Tandem's record for the back end's id: its mapping, or (not for customers) Tandem's own id of this customer's record. */
export async function resolveEntity(ctx: CommandContext, entityType: EntityType, externalId: string): Promise<EntityRef | null> {
  // In a group of events the record was read ahead, or an earlier event of the group (not committed yet) mapped or moved it.
  const key = entityKey(entityType, externalId);
  const ref = ctx.staged?.has(key)
    ? (ctx.staged.get(key) ?? null)
    : await entityRef(ctx.db, { orgId: ctx.actor.orgId, entityType, externalId, customerId: ctx.customer.id });
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

/** The records a group of events names (each event's entity, a payment's lease or loan), read in one round trip. */
export async function readAheadEntities(
  db: Database,
  orgId: string,
  customerId: string,
  events: readonly IntegrationApplyCommand["event"][],
): Promise<StagedEntities> {
  const [read] = await entitiesAhead(db, [{ orgId, customerId, named: events.flatMap(entitiesNamed) }]);
  return read ?? new Map();
}

/** The check a batch planned from records read ahead outside the room starts with (ENTITY_CHECK fails it if one moved). */
export function stillAsReadAhead(db: Database, orgId: string, customerId: string, ahead: StagedEntities) {
  return { statements: entitiesStillAsRead(db, orgId, customerId, ahead), constraint: ENTITY_CHECK };
}

export function ledgerStatements(
  ctx: CommandContext,
  command: IntegrationApplyCommand,
  entityType: EntityType,
  localId: string,
  version: number,
): Statement[] {
  ctx.staged?.set(entityKey(entityType, command.event.entity.id), { localId, customerId: ctx.customer.id, version });
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
