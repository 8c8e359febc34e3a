// The loyalty tabs' calls, each answer parsed with its schema from core/protocol, and how a tab
// learns that what it shows changed: the room's feed items about loyalty (or a resync).
import { RevealedSchema } from "../../../core/protocol/activity-answers";
import {
  DeviceListSchema,
  LocationListSchema,
  LockoutResetSchema,
  NearbyStoresSchema,
  PromoPanelSchema,
  TagListSchema,
  TransactionDetailSchema,
} from "../../../core/protocol/engagement-answers";
import {
  CampaignListSchema,
  CampaignPageSchema,
  IncentiveListSchema,
  LoyaltySummarySchema,
  RewardListSchema,
} from "../../../core/protocol/loyalty-answers";
import type { ServerFrame } from "../../../core/protocol/room";
import { api } from "./api";

const enc = encodeURIComponent;
const of = (id: string, tail: string) => `/api/customers/${enc(id)}/${tail}`;

export const loyaltyApi = {
  summary: (id: string) => api.get(of(id, "loyalty"), LoyaltySummarySchema),
  campaigns: (id: string) => api.get(of(id, "campaigns"), CampaignListSchema),
  campaign: (campaignId: string) => api.get(`/api/campaigns/${enc(campaignId)}`, CampaignPageSchema),
  incentives: (id: string) => api.get(of(id, "incentives"), IncentiveListSchema),
  rewards: (id: string) => api.get(of(id, "rewards"), RewardListSchema),
  promos: (id: string) => api.get(of(id, "promos"), PromoPanelSchema),
  tags: (id: string) => api.get(of(id, "tags"), TagListSchema),
  devices: (id: string) => api.get(of(id, "devices"), DeviceListSchema),
  locations: (id: string) => api.get(of(id, "locations"), LocationListSchema),
  nearby: (id: string, from: string, radius: number) =>
    api.get(of(id, `stores/nearby?from=${enc(from)}&radius=${radius}&limit=10`), NearbyStoresSchema),
  transaction: (id: string, transactionId: string) => api.get(of(id, `transactions/${enc(transactionId)}`), TransactionDetailSchema),
  resetLockout: (id: string, body: { lockToken: number; note: string }) =>
    api.post(of(id, "promos/lockout/reset"), body, LockoutResetSchema),
  revealDevice: (id: string, deviceId: string, note: string) =>
    api.post(of(id, "reveal"), { field: "deviceId", recordId: deviceId, note }, RevealedSchema),
};

/** Feed kinds that change the loyalty picture: purchases, visits, achievements. */
const LOYALTY_KINDS = new Set(["transaction", "checkin", "achievement"]);

/**
 * Whether a room frame means the loyalty tabs should reload: a loyalty event, or a loyalty change
 * (a feed item whose data names it, like a lockout reset). Resyncs are the room's `resyncs`.
 */
export function changesLoyalty(frame: ServerFrame): boolean {
  if (frame.type !== "activity") return false;
  return LOYALTY_KINDS.has(frame.item.kind) || typeof frame.item.data?.loyalty === "string";
}
