// What the web app sends about a rep's serving time (over the room socket, or by beacon when the page
// hides) and what the room tells it: the interaction it is measuring, if any.
import * as v from "valibot";
import { StepLocationSchema } from "../domain/step-locations";
import { CustomerIdSchema } from "./api";

/** Enough for a burst of place changes; the web app sends a batch every few seconds of use. */
export const MAX_BATCH_INTERVALS = 60;

const Ms = v.pipe(v.number(), v.integer("whole milliseconds"), v.minValue(0));
export const InteractionIdSchema = v.pipe(v.string(), v.regex(/^int_[a-z0-9]{8,40}$/, "is not an interaction id"));

export const StepIntervalSchema = v.object({ at: StepLocationSchema, from: Ms, to: Ms });

/**
 * One batch of captured time. Times are the device's clock (`sentAt` too), checked against each
 * other; `batchId` makes a resent batch a no-op; `current` is the place in front of the rep now
 * (null while the clock is stopped), for the floor's live view.
 */
export const StepBatchFields = {
  interactionId: InteractionIdSchema,
  batchId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, "is not a batch id")),
  sentAt: Ms,
  intervals: v.pipe(v.array(StepIntervalSchema), v.maxLength(MAX_BATCH_INTERVALS)),
  current: v.nullable(v.object({ at: StepLocationSchema, since: Ms })),
};
export const StepBatchSchema = v.object(StepBatchFields);
export type StepBatchInput = v.InferOutput<typeof StepBatchSchema>;

/** `POST /api/monitor/steps` (navigator.sendBeacon on page hide): the batch and its account. */
export const StepBeaconSchema = v.object({ customerId: CustomerIdSchema, ...StepBatchFields });

/** The interaction the room is measuring for this person, or null when it is not (any more). */
export const ServingViewSchema = v.nullable(
  v.object({ id: InteractionIdSchema, kind: v.picklist(["ownership", "call"]), since: v.number() }),
);
export type ServingView = v.InferOutput<typeof ServingViewSchema>;
