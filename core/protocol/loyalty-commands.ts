// The loyalty program's commands through the customer's room (the lockout reset a rep makes, the
// events the loyalty platform reports) and the queries and path parameters of its reads.
import * as v from "valibot";
import { CustomerIdSchema, NoteTextSchema } from "./api";

const intInRange = (min: number, max: number, fallback: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.regex(/^\d+$/, "must be a whole number"),
    v.transform(Number),
    v.minValue(min),
    v.maxValue(max),
  );

export const StoreIdSchema = v.pipe(v.string(), v.regex(/^sto_[\w-]{1,64}$/, "is not a store id"));

/** A rep lifts a promo lockout on the call: ownership and a note, like any change to the account. */
export const PromoLockoutResetCommandSchema = v.object({
  type: v.literal("promo.lockout_reset"),
  lockToken: v.pipe(v.number(), v.integer(), v.minValue(1)),
  note: NoteTextSchema,
});

/** What a customer typed into the promo box: anything short and printable (it is redacted before it is stored). */
export const TypedCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(32),
  v.regex(/^[\p{L}\p{N} ._-]+$/u, "is not a code"),
);

const cents = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));

/** Events the loyalty platform reports for a customer (the loyalty connector). */
export const LoyaltyEventSchema = v.variant("kind", [
  v.object({ kind: v.literal("checkin"), storeId: StoreIdSchema, method: v.picklist(["geofence", "app", "QR code at the till"]) }),
  v.object({
    kind: v.literal("purchase"),
    storeId: v.nullable(StoreIdSchema),
    channel: v.picklist(["in_store", "online", "app"]),
    items: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999)),
    subtotalCents: cents,
    discountCents: cents,
    taxCents: cents,
  }),
  v.object({
    kind: v.literal("achievement"),
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
    points: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  }),
  v.object({
    kind: v.literal("promo-claim"),
    code: TypedCodeSchema,
    channel: v.picklist(["app", "web", "in_store"]),
    storeId: v.optional(v.nullable(StoreIdSchema)),
  }),
]);
export type LoyaltyEvent = v.InferOutput<typeof LoyaltyEventSchema>;

/** Runs only as the system actor: the connector verified the platform's signature first. */
export const LoyaltyEventCommandSchema = v.object({
  type: v.literal("loyalty.event"),
  /** The platform's id for the event: a resend is recognised and recorded once. */
  eventId: v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/, "is not an event id")),
  event: LoyaltyEventSchema,
});

/** POST /api/connectors/loyalty/events */
export const LoyaltyEventBodySchema = v.object({
  customerId: CustomerIdSchema,
  eventId: LoyaltyEventCommandSchema.entries.eventId,
  event: LoyaltyEventSchema,
});

export const LOYALTY_COMMAND_SCHEMAS = [PromoLockoutResetCommandSchema, LoyaltyEventCommandSchema] as const;

/** GET /api/customers/:id/stores/nearby: from one of the org's stores or the customer's address. */
export const NearbyQuerySchema = v.object({
  from: v.optional(v.pipe(v.string(), v.regex(/^(home|store:sto_[\w-]{1,64})$/, "must be home or store:<id>")), "home"),
  radius: intInRange(1, 250, 25),
  limit: intInRange(1, 50, 10),
});

export const TransactionParamSchema = v.object({
  id: CustomerIdSchema,
  transactionId: v.pipe(v.string(), v.regex(/^ltx_[\w-]{1,64}$/, "is not a purchase id")),
});

export const CampaignParamSchema = v.object({ id: v.pipe(v.string(), v.regex(/^cmp_[\w-]{1,64}$/, "is not a campaign id")) });
