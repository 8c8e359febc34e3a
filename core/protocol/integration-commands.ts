// The system command an accepted inbound event becomes: the queue's consumer hands it to the
// customer's room as the system actor (core/domain/system-actor.ts), which checks the entity's
// version and applies the snapshot or fact with a system note, the feed item and the audit row.
import * as v from "valibot";
import { EntityEventSchema } from "./integration-events";

export const IntegrationApplyCommandSchema = v.object({
  type: v.literal("integration.apply"),
  endpointId: v.string(),
  /** The back end's name as the org configured it, for the note ("from Loan management"). */
  endpointName: v.string(),
  /** The ledger row (integration_events) marked applied in the same batch as the change. */
  eventId: v.string(),
  event: EntityEventSchema,
});
export type IntegrationApplyCommand = v.InferOutput<typeof IntegrationApplyCommandSchema>;
