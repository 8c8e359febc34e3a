// Answers about how a customer engages: promo codes (claims, failed claims, limiters, lockout), tags,
// devices (the identifier masked per role), stores and nearby stores, a purchase's detail, and what
// the lockout reset and the loyalty connector answer.
import * as v from "valibot";
import { CLAIM_REFUSALS, LIMITER_KINDS } from "../domain/promo-limits";
import { PresentedFieldSchema } from "./customer-view";
import { commandReply } from "./replies";

const Text = v.string();
const MaybeText = v.nullable(v.string());
const Count = v.number();
const When = v.number();
const MaybeWhen = v.nullable(v.number());
const ChannelSchema = v.picklist(["app", "web", "in_store"]);

export const LockoutViewSchema = v.object({
  locked: v.boolean(),
  lockedAt: MaybeWhen,
  lockedUntil: MaybeWhen,
  resetAt: MaybeWhen,
  resetBy: MaybeText,
  /** Failed claims counting toward the next lockout. */
  recentFailures: Count,
  rule: v.object({ failures: Count, windowMinutes: Count, lockHours: Count }),
});
export type LockoutView = v.InferOutput<typeof LockoutViewSchema>;

/** GET /api/customers/:id/promos: the Promo codes tab. */
export const PromoPanelSchema = v.object({
  claims: v.array(v.object({ id: Text, code: Text, description: Text, claimedAt: When, channel: ChannelSchema, storeName: MaybeText })),
  errors: v.array(
    v.object({
      id: Text,
      codeTyped: Text,
      reason: v.picklist(CLAIM_REFUSALS),
      limiter: v.nullable(v.picklist(LIMITER_KINDS)),
      at: When,
      channel: ChannelSchema,
    }),
  ),
  /** Codes this customer met that have limiters, and how the customer stands with each limiter. */
  limiters: v.array(
    v.object({
      code: Text,
      description: Text,
      limiters: v.array(
        v.object({
          kind: v.picklist(LIMITER_KINDS),
          text: Text,
          /** available: one more claim would pass; reached: used up; closed: outside its days and hours now. */
          standing: v.picklist(["available", "reached", "closed"]),
          claims: Count,
          refusals: Count,
        }),
      ),
    }),
  ),
  lockout: LockoutViewSchema,
});
export type PromoPanel = v.InferOutput<typeof PromoPanelSchema>;

/** GET /api/customers/:id/tags */
export const TagListSchema = v.object({
  items: v.array(v.object({ tag: Text, label: Text, source: v.picklist(["rule", "manual"]), rule: MaybeText, appliedAt: When })),
});
export type TagList = v.InferOutput<typeof TagListSchema>;

/** GET /api/customers/:id/devices: the identifier is identity PII (masked, or absent for roles that may not see it). */
export const DeviceListSchema = v.object({
  items: v.array(
    v.object({
      id: Text,
      deviceId: v.optional(PresentedFieldSchema),
      platform: v.picklist(["ios", "android", "web"]),
      model: Text,
      osVersion: Text,
      appVersion: MaybeText,
      screen: Text,
      notifications: v.boolean(),
      firstSeenAt: When,
      lastSeenAt: When,
    }),
  ),
});
export type DeviceList = v.InferOutput<typeof DeviceListSchema>;

export const StoreViewSchema = v.object({
  id: Text,
  storeNumber: Text,
  name: Text,
  kind: v.picklist(["store", "geofence"]),
  addressLine1: Text,
  city: Text,
  state: Text,
  postalCode: Text,
  phone: MaybeText,
  hours: Text,
  franchised: v.boolean(),
  open24h: v.boolean(),
  promotion: MaybeText,
  lat: v.nullable(Count),
  lon: v.nullable(Count),
  geofenceRadiusM: v.nullable(Count),
});
export type StoreView = v.InferOutput<typeof StoreViewSchema>;

/** GET /api/customers/:id/locations */
export const LocationListSchema = v.object({
  items: v.array(
    v.object({ relation: v.picklist(["home", "frequent", "recent"]), visits: Count, lastVisitAt: MaybeWhen, store: StoreViewSchema }),
  ),
  /** Whether "from the customer's address" can be offered: geocoded, and the role sees the address in full. */
  fromHome: v.picklist(["available", "not_geocoded", "not_for_role"]),
});
export type LocationList = v.InferOutput<typeof LocationListSchema>;

/** GET /api/customers/:id/stores/nearby?from=&radius=&limit= */
export const NearbyStoresSchema = v.object({
  from: v.variant("kind", [v.object({ kind: v.literal("store"), id: Text, name: Text }), v.object({ kind: v.literal("home") })]),
  radiusMiles: Count,
  items: v.array(v.object({ miles: Count, store: StoreViewSchema })),
  /** Why there can be no distances (the store or the home has no coordinates): a visible state. */
  problem: v.nullable(v.object({ code: v.literal("NO_COORDINATES"), message: Text })),
});
export type NearbyStores = v.InferOutput<typeof NearbyStoresSchema>;

/** GET /api/customers/:id/transactions/:transactionId: the detail sheet. */
export const TransactionDetailSchema = v.object({
  id: Text,
  at: When,
  channel: v.picklist(["in_store", "online", "app"]),
  items: Count,
  subtotalCents: Count,
  discountCents: Count,
  taxCents: Count,
  totalCents: Count,
  pointsEarned: Count,
  tier: v.object({ key: Text, name: Text }),
  promoCode: MaybeText,
  store: v.nullable(StoreViewSchema),
});
export type TransactionDetail = v.InferOutput<typeof TransactionDetailSchema>;

/** POST /api/customers/:id/promos/lockout/reset */
export const LockoutResetSchema = commandReply({ lockout: LockoutViewSchema });
export type LockoutReset = v.InferOutput<typeof LockoutResetSchema>;

/** POST /api/connectors/loyalty/events: what the room made of the event. */
export const LoyaltyEventRecordedSchema = commandReply({
  outcome: v.picklist(["recorded", "claimed", "refused"]),
  reason: v.optional(v.picklist(CLAIM_REFUSALS)),
  message: v.optional(Text),
});
export type LoyaltyEventRecorded = v.InferOutput<typeof LoyaltyEventRecordedSchema>;
