// Answers of the loyalty tab's reads: the tier summary with its history and the customer's
// metrics, campaigns (and a campaign's own page), incentives and rewards.
import * as v from "valibot";
import { CAMPAIGN_STATUSES } from "../domain/campaigns";

const Text = v.string();
const MaybeText = v.nullable(v.string());
const Count = v.number();
const When = v.number();
const MaybeWhen = v.nullable(v.number());

const TierSchema = v.object({ key: Text, name: Text, threshold: Count, benefit: Text });

const ScoreSchema = v.object({ score: Count, value: v.nullable(Count), cuts: v.array(Count) });
const TermSchema = v.object({ label: Text, input: Count, weight: Count, contribution: Count });
const ModelSchema = v.object({ probability: Count, z: Count, intercept: Count, terms: v.array(TermSchema) });

/** The customer's metrics, each with what it was computed from (shown on hover or tap). */
export const MetricsSchema = v.object({
  asOf: When,
  windowDays: Count,
  inputs: v.object({
    daysSinceLastPurchase: v.nullable(Count),
    purchases365: Count,
    spend365Cents: Count,
    checkins30: Count,
    daysSinceLastActivity: v.nullable(Count),
    visitsLast90: Count,
    visitsPrior90: Count,
    reachable: v.boolean(),
  }),
  rfm: v.object({ recency: ScoreSchema, frequency: ScoreSchema, monetary: ScoreSchema, population: Count, cutoffsAt: When }),
  propensity: ModelSchema,
  churn: v.object({ ...ModelSchema.entries, band: v.picklist(["low", "medium", "high"]) }),
});
export type Metrics = v.InferOutput<typeof MetricsSchema>;

/** GET /api/customers/:id/loyalty: the Loyalty tab. */
export const LoyaltySummarySchema = v.object({
  member: v.nullable(
    v.object({
      loyaltyNumber: MaybeText,
      since: When,
      /** Spendable points (the profile's balance). */
      points: Count,
      /** Points that count toward tiers this period. */
      qualifyingPoints: Count,
      system: v.object({ name: Text, kind: v.picklist(["own", "third_party"]), provider: MaybeText, currency: Text, termMonths: Count }),
    }),
  ),
  /** The tier ladder, or why it cannot be read (overlapping thresholds): a visible state, not a crash. */
  ladder: v.variant("ok", [
    v.object({ ok: v.literal(true), tiers: v.array(TierSchema) }),
    v.object({ ok: v.literal(false), code: v.picklist(["NO_TIERS", "TIERS_OVERLAP"]), message: Text }),
  ]),
  summary: v.nullable(
    v.object({
      tier: TierSchema,
      enteredAt: MaybeWhen,
      expiresAt: MaybeWhen,
      pointsToEnter: Count,
      next: v.nullable(TierSchema),
      nextStartsAt: v.nullable(Count),
      pointsNeeded: v.nullable(Count),
      pointsToKeep: Count,
      fraction: Count,
    }),
  ),
  history: v.array(
    v.object({
      id: Text,
      tier: v.object({ key: Text, name: Text }),
      enteredAt: When,
      expiresAt: MaybeWhen,
      leftAt: MaybeWhen,
      reason: v.picklist(["enrolled", "earned", "renewed", "lowered"]),
    }),
  ),
  metrics: MetricsSchema,
});
export type LoyaltySummary = v.InferOutput<typeof LoyaltySummarySchema>;

const CampaignStatusSchema = v.picklist(CAMPAIGN_STATUSES);
const ChannelSchema = v.picklist(["email", "push", "sms", "in_store"]);
const CampaignRefSchema = v.nullable(v.object({ id: Text, name: Text }));

/** GET /api/customers/:id/campaigns */
export const CampaignListSchema = v.object({
  items: v.array(
    v.object({
      id: Text,
      name: Text,
      channel: ChannelSchema,
      status: CampaignStatusSchema,
      startsAt: When,
      endsAt: When,
      membership: v.object({
        status: v.picklist(["targeted", "engaged", "converted", "opted_out"]),
        enrolledAt: When,
        touches: Count,
        lastTouchAt: MaybeWhen,
      }),
    }),
  ),
});
export type CampaignList = v.InferOutput<typeof CampaignListSchema>;

/** GET /api/campaigns/:id: the essentials, without leaving the customer. */
export const CampaignPageSchema = v.object({
  id: Text,
  name: Text,
  channel: ChannelSchema,
  status: CampaignStatusSchema,
  startsAt: When,
  endsAt: When,
  audience: Text,
  goal: Text,
  summary: Text,
  ownerName: Text,
  incentives: v.array(v.object({ id: Text, name: Text, value: Text, requirement: Text })),
  codes: v.array(v.object({ code: Text, description: Text, limiters: v.array(Text), startsAt: When, endsAt: When })),
  members: v.object({ targeted: Count, engaged: Count, converted: Count, opted_out: Count }),
});
export type CampaignPage = v.InferOutput<typeof CampaignPageSchema>;

/** GET /api/customers/:id/incentives */
export const IncentiveListSchema = v.object({
  items: v.array(
    v.object({
      id: Text,
      name: Text,
      kind: v.picklist(["bonus_points", "multiplier", "discount", "free_item"]),
      value: Text,
      requirement: Text,
      status: v.picklist(["offered", "activated", "completed", "expired"]),
      progress: Count,
      target: Count,
      offeredAt: When,
      expiresAt: When,
      campaign: CampaignRefSchema,
    }),
  ),
});
export type IncentiveList = v.InferOutput<typeof IncentiveListSchema>;

/** GET /api/customers/:id/rewards */
export const RewardListSchema = v.object({
  items: v.array(
    v.object({
      id: Text,
      name: Text,
      kind: v.picklist(["discount", "free_item", "gift_card", "points"]),
      valueCents: v.nullable(Count),
      pointsCost: Count,
      status: v.picklist(["earned", "redeemed", "expired"]),
      earnedAt: When,
      redeemedAt: MaybeWhen,
      expiresAt: When,
      campaign: CampaignRefSchema,
      storeName: MaybeText,
    }),
  ),
});
export type RewardList = v.InferOutput<typeof RewardListSchema>;
