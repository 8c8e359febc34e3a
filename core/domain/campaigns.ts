// A campaign's status, read from its dates: scheduled before it starts, active while it runs,
// ended after.

export const CAMPAIGN_STATUSES = ["scheduled", "active", "ended"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function campaignStatus(startsAt: number, endsAt: number, now: number): CampaignStatus {
  if (now < startsAt) return "scheduled";
  return now < endsAt ? "active" : "ended";
}
