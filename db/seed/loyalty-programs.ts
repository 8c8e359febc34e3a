// A customer's devices, campaigns, incentive offers and rewards, for the loyalty seed.
import { DAY } from "./bundle";
import type { Customer, LoyaltyBundle } from "./loyalty-bundle";
import type { Catalog } from "./loyalty-catalog";
import { CUSTOMER_ONE_STORY } from "./loyalty-one";
import * as words from "./loyalty-words";
import type { Random } from "./random";

const HOUR = 3_600_000;
const ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function addDevices(b: LoyaltyBundle, c: Customer, rng: Random, isOne: boolean, anchor: number): void {
  const picks = isOne
    ? [words.DEVICES[0], words.DEVICES[4]]
    : Array.from({ length: rng.chance(0.2) ? 0 : rng.int(1, 3) }, () => rng.pick(words.DEVICES));
  picks.forEach((device, i) => {
    if (!device) return;
    const app = device.platform !== "web";
    const first = c.createdAt + rng.int(0, 30) * DAY;
    b.devices.push({
      id: `dev_${c.id.slice(4)}_${i + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      deviceId: Array.from({ length: 16 }, () => ID_CHARS[rng.int(0, ID_CHARS.length - 1)]).join(""),
      platform: device.platform,
      model: device.model,
      osVersion: `${device.platform === "ios" ? "iOS " : device.platform === "android" ? "Android " : ""}${rng.pick(device.os)}`,
      appVersion: app ? rng.pick(words.APP_VERSIONS) : null,
      screen: device.screen,
      // the contract customer's phone takes notifications, the browser cannot
      notifications: isOne ? app : app && rng.chance(0.6),
      firstSeenAt: first,
      lastSeenAt: Math.max(first, anchor - rng.int(0, 40) * DAY - rng.int(1, 20) * HOUR),
    });
  });
}

export function addPrograms(b: LoyaltyBundle, c: Customer, rng: Random, catalog: Catalog, anchor: number, isOne: boolean): void {
  const campaigns = isOne
    ? CUSTOMER_ONE_STORY.campaigns.map((k) => catalog.campaigns.find((x) => x.id === `cmp_${catalog.key}_${k.key}`) && k)
    : catalog.campaigns
        .filter((x) => x.startsAt < anchor && rng.chance(0.35))
        .map((x) => ({ key: x.id.split("_").pop() ?? "", status: rng.pick(["targeted", "engaged", "converted", "opted_out"] as const) }));
  for (const m of campaigns) {
    const campaign = m && catalog.campaigns.find((x) => x.id === `cmp_${catalog.key}_${m.key}`);
    if (!m || !campaign) continue;
    const enrolledAt = campaign.startsAt + rng.int(0, 5) * DAY;
    const touches = m.status === "targeted" ? 1 : rng.int(2, 6);
    b.campaignMembers.push({
      campaignId: campaign.id,
      customerId: c.id,
      enrolledAt,
      status: m.status,
      touches,
      lastTouchAt: Math.min(anchor - HOUR, enrolledAt + touches * 3 * DAY),
    });
  }
  const offers = isOne
    ? CUSTOMER_ONE_STORY.incentives
    : catalog.incentives
        .filter(() => rng.chance(0.25))
        .map((i) => ({ key: i.id.slice(7), status: rng.pick(["offered", "activated", "completed", "expired"] as const), progress: -1 }));
  offers.forEach((o, n) => {
    const incentive = catalog.incentives.find((i) => i.id === `inc_${catalog.key}_${o.key}`);
    const target = words.INCENTIVES.find((w) => w.key === o.key)?.target ?? 1;
    if (!incentive) return;
    const progress = o.progress >= 0 ? o.progress : o.status === "completed" ? target : o.status === "offered" ? 0 : rng.int(0, target - 1);
    b.incentives.push({
      id: `cin_${c.id.slice(4)}_${n + 1}`,
      customerId: c.id,
      incentiveId: incentive.id,
      offeredAt: anchor - rng.int(5, 60) * DAY,
      status: o.status,
      progress,
      target,
      expiresAt: o.status === "expired" ? anchor - rng.int(1, 20) * DAY : anchor + rng.int(10, 60) * DAY,
    });
  });
  const rewards = isOne
    ? CUSTOMER_ONE_STORY.rewards
    : Array.from({ length: rng.int(0, 4) }, () => ({
        index: rng.int(0, words.REWARDS.length - 1),
        status: rng.pick(["earned", "redeemed", "expired"] as const),
      }));
  rewards.forEach((r, n) => {
    const reward = words.REWARDS[r.index];
    if (!reward) return;
    const earnedAt = anchor - rng.int(10, 200) * DAY;
    const store = b.customerStores[0]?.storeId ?? null;
    b.rewards.push({
      id: `rwd_${c.id.slice(4)}_${n + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      name: reward.name,
      kind: reward.kind,
      valueCents: reward.valueCents,
      pointsCost: reward.points,
      status: r.status,
      earnedAt,
      redeemedAt: r.status === "redeemed" ? earnedAt + rng.int(1, 9) * DAY : null,
      expiresAt: r.status === "expired" ? earnedAt + 30 * DAY : anchor + rng.int(15, 90) * DAY,
      campaignId: rng.chance(0.5) ? (catalog.campaigns[0]?.id ?? null) : null,
      storeId: r.status === "redeemed" ? store : null,
    });
  });
}
