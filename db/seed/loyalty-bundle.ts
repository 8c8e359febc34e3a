// One customer's loyalty rows, as the loyalty seed generates them.
import type * as schema from "../schema";
import type { Row } from "./bundle";

export interface LoyaltyBundle {
  membership: Row<typeof schema.loyaltyMemberships>;
  tierHistory: Row<typeof schema.tierHistory>[];
  transactions: Row<typeof schema.loyaltyTransactions>[];
  engagement: Row<typeof schema.engagementEvents>[];
  devices: Row<typeof schema.customerDevices>[];
  customerStores: Row<typeof schema.customerStores>[];
  geo: Row<typeof schema.customerGeo>;
  campaignMembers: Row<typeof schema.campaignMembers>[];
  incentives: Row<typeof schema.customerIncentives>[];
  rewards: Row<typeof schema.rewards>[];
  claims: Row<typeof schema.promoClaims>[];
  claimErrors: Row<typeof schema.promoClaimErrors>[];
  lockout: Row<typeof schema.promoLockouts> | null;
  tags: Row<typeof schema.customerTags>[];
  activity: Row<typeof schema.activityEvents>[];
}

export type Customer = Row<typeof schema.customers>;
