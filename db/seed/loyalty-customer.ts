// One customer's loyalty story: membership and tier history, purchases, check-ins and achievements,
// devices, stores, campaigns, incentives, rewards, and promo claims decided by the real rules
// (core/domain/promo-limits.ts, promo-lockout.ts), so failed claims and lockouts are consistent.
import { haversineMiles, isValidPoint } from "../../core/domain/geo";
import { decideClaim, type Limiter } from "../../core/domain/promo-limits";
import { afterAttempt, CLEAR_LOCKOUT, isLockedOut } from "../../core/domain/promo-lockout";
import { normalizeTag, ruleTags } from "../../core/domain/tag-rules";
import type * as schema from "../schema";
import { DAY, type Row } from "./bundle";
import type { Catalog } from "./loyalty-catalog";
import { type Attempt, CUSTOMER_ONE_STORY } from "./loyalty-one";
import * as words from "./loyalty-words";
import type { Random } from "./random";

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

type Customer = Row<typeof schema.customers>;
const HOUR = 3_600_000;
const RATES: Record<string, number> = { bronze: 1, silver: 1.25, gold: 1.5, platinum: 2 };
const ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateLoyalty(c: Customer, rng: Random, catalog: Catalog, anchor: number): LoyaltyBundle {
  const isOne = c.id === "cus_0001";
  const num = c.id.slice(4);
  const tierKey = c.tier ?? "bronze";
  const rank = catalog.tiers.find((t) => t.key === tierKey)?.rank ?? 1;
  const b: LoyaltyBundle = {
    membership: { customerId: c.id, orgId: c.orgId, systemId: catalog.system.id, memberSince: c.createdAt, qualifyingPoints: 0 },
    tierHistory: [],
    transactions: [],
    engagement: [],
    devices: [],
    customerStores: [],
    geo: { customerId: c.id, lat: 0, lon: 0, geocodedAt: c.createdAt },
    campaignMembers: [],
    incentives: [],
    rewards: [],
    claims: [],
    claimErrors: [],
    lockout: null,
    tags: [],
    activity: [],
  };
  const activity = (kind: "transaction" | "checkin" | "achievement", summary: string, at: number, data: Record<string, unknown>) =>
    b.activity.push({
      id: `act_${num}_L${b.activity.length + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      kind,
      summary,
      data: JSON.stringify(data),
      actorId: null,
      actorName: null,
      at,
    });

  // --- tiers: enrolled in Bronze, earned each tier up to the one on record ------------------------
  const start = c.createdAt;
  const span = Math.max(DAY, anchor - 5 * DAY - start);
  const history: { key: string; at: number; reason: "enrolled" | "earned" | "lowered" }[] = [];
  for (let r = 1; r <= rank; r++)
    history.push({
      key: catalog.tiers[r - 1]?.key ?? "bronze",
      at: start + Math.floor(((r - 1) * span) / rank),
      reason: r === 1 ? "enrolled" : "earned",
    });
  if (!isOne && rank < 4 && rank > 1 && rng.chance(0.25)) {
    // reached the tier above for a while, then lowered at renewal
    const last = history[history.length - 1];
    if (last) {
      const up = last.at + Math.floor((anchor - last.at) / 3);
      history.push(
        { key: catalog.tiers[rank]?.key ?? "gold", at: up, reason: "earned" },
        { key: tierKey, at: up + Math.floor((anchor - up) / 2), reason: "lowered" },
      );
    }
  }
  history.forEach((h, i) => {
    const next = history[i + 1];
    b.tierHistory.push({
      id: `tih_${num}_${i + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      systemId: catalog.system.id,
      tierId: catalog.tiers.find((t) => t.key === h.key)?.id ?? "",
      enteredAt: h.at,
      expiresAt: h.at + 365 * DAY,
      leftAt: next?.at ?? null,
      reason: h.reason,
    });
  });
  const tierAt = (at: number) => [...history].reverse().find((h) => h.at <= at)?.key ?? "bronze";
  const threshold = (key: string) => catalog.tiers.find((t) => t.key === key)?.threshold ?? 0;
  const nextThreshold = catalog.tiers[rank]?.threshold ?? threshold(tierKey) + 8_000;
  b.membership.qualifyingPoints = isOne
    ? CUSTOMER_ONE_STORY.qualifyingPoints
    : rank > 1 && rng.chance(0.15)
      ? threshold(tierKey) - rng.int(100, Math.floor(threshold(tierKey) * 0.3))
      : rng.int(threshold(tierKey), nextThreshold - 1);

  // --- home and stores ---------------------------------------------------------------------------
  const centre = words.CITY_CENTRES[c.city ?? ""] ?? { lat: 39.8, lon: -98.6 };
  b.geo = {
    customerId: c.id,
    lat: round(centre.lat + (rng.next() - 0.5) * 0.16),
    lon: round(centre.lon + (rng.next() - 0.5) * 0.16),
    geocodedAt: c.createdAt,
  };
  const byDistance = catalog.stores
    .filter((s) => s.kind === "store" && isValidPoint({ lat: s.lat ?? null, lon: s.lon ?? null }))
    .map((s) => ({ s, miles: haversineMiles(b.geo, { lat: s.lat as number, lon: s.lon as number }) }))
    .sort((x, y) => x.miles - y.miles);
  const mine = byDistance.slice(0, 3).map((x) => x.s);
  const geofence = catalog.stores.find((s) => s.kind === "geofence" && s.city === mine[0]?.city);

  // --- purchases -----------------------------------------------------------------------------------
  // Nothing happens before the account opened.
  const since = (days: number) => anchor - days * DAY > c.createdAt + DAY;
  const purchases = (
    isOne ? CUSTOMER_ONE_STORY.purchaseDays : Array.from({ length: rng.chance(0.15) ? 0 : rng.int(1, 14) }, () => rng.int(1, 380))
  ).filter(since);
  const visited = new Map<string, { visits: number; last: number }>();
  const visit = (storeId: string | null | undefined, at: number) => {
    if (!storeId) return;
    const v = visited.get(storeId) ?? { visits: 0, last: 0 };
    visited.set(storeId, { visits: v.visits + 1, last: Math.max(v.last, at) });
  };
  [...purchases]
    .sort((x, y) => y - x)
    .forEach((days, i) => {
      const at = anchor - days * DAY + rng.int(14, 22) * HOUR + rng.int(0, 59) * 60_000;
      const channel = rng.chance(0.7) ? "in_store" : rng.pick(["online", "app"] as const);
      const store = channel === "in_store" ? (mine[rng.int(0, Math.max(0, mine.length - 1))] ?? null) : null;
      const subtotal = rng.int(15, 900) * 100 + rng.int(0, 99);
      const discount = rng.chance(0.25) ? Math.round(subtotal * 0.1) : 0;
      const tax = Math.round((subtotal - discount) * 0.07);
      const total = subtotal - discount + tax;
      const tier = tierAt(at);
      const id = `ltx_${num}_${i + 1}`;
      const points = Math.floor((total / 100) * (RATES[tier] ?? 1));
      b.transactions.push({
        id,
        orgId: c.orgId,
        customerId: c.id,
        storeId: store?.id ?? null,
        at,
        channel,
        items: rng.int(1, 6),
        subtotalCents: subtotal,
        discountCents: discount,
        taxCents: tax,
        totalCents: total,
        pointsEarned: points,
        tierKey: tier,
        promoCode: null,
      });
      visit(store?.id, at);
      activity(
        "transaction",
        `Purchase of ${dollars(total)} ${store ? `at ${store.name}` : channel === "online" ? "online" : "in the app"}`,
        at,
        { transactionId: id, totalCents: total, points },
      );
      if (i === 0) activity("achievement", "Achievement: First purchase", at + 60_000, { name: "First purchase" });
    });

  // --- check-ins and achievements -------------------------------------------------------------------
  const checkins = (isOne ? CUSTOMER_ONE_STORY.checkinDays : Array.from({ length: rng.int(0, 8) }, () => rng.int(1, 150))).filter(since);
  checkins.forEach((days, i) => {
    const at = anchor - days * DAY + rng.int(15, 21) * HOUR;
    const place = geofence && rng.chance(0.3) ? geofence : mine[0];
    if (!place) return;
    const method = place.kind === "geofence" ? "geofence" : rng.pick(words.CHECKIN_METHODS);
    b.engagement.push({
      id: `eng_${num}_c${i + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      kind: "checkin",
      storeId: place.id,
      name: method,
      points: 50,
      at,
    });
    visit(place.id, at);
    activity("checkin", `Checked in at ${place.name} (${method})`, at, { storeId: place.id, points: 50 });
  });
  const achievements = isOne ? ["Tier up", "Five visits in a month"] : rng.chance(0.4) ? [rng.pick(words.ACHIEVEMENTS.slice(1))] : [];
  achievements.forEach((name, i) => {
    const at = name === "Tier up" ? (history[history.length - 1]?.at ?? anchor - 30 * DAY) + HOUR : anchor - rng.int(2, 60) * DAY;
    const points = name === "Tier up" ? 250 : 100;
    b.engagement.push({
      id: `eng_${num}_a${i + 1}`,
      orgId: c.orgId,
      customerId: c.id,
      kind: "achievement",
      storeId: null,
      name,
      points,
      at,
    });
    activity("achievement", `Achievement: ${name}`, at, { name, points });
  });

  mine.forEach((store, i) => {
    const seen = visited.get(store.id);
    b.customerStores.push({
      customerId: c.id,
      storeId: store.id,
      relation: i === 0 ? "home" : "frequent",
      visits: seen?.visits ?? 0,
      lastVisitAt: seen?.last ?? null,
    });
  });
  if (geofence && visited.has(geofence.id)) {
    const seen = visited.get(geofence.id);
    b.customerStores.push({
      customerId: c.id,
      storeId: geofence.id,
      relation: "recent",
      visits: seen?.visits ?? 0,
      lastVisitAt: seen?.last ?? null,
    });
  }

  addDevices(b, c, rng, isOne, anchor);
  addPrograms(b, c, rng, catalog, anchor, isOne);
  const lockedOut = addClaims(b, c, rng, catalog, anchor, tierAt, isOne);
  const apps = b.devices.filter((d) => d.platform !== "web");
  const facts = {
    tier: tierKey,
    hasApp: apps.length > 0,
    pushOff: apps.length > 0 && apps.every((d) => !d.notifications),
    lockedOut,
    claims: b.claims.length,
    lifetimeSpendCents: b.transactions.reduce((sum, t) => sum + t.totalCents, 0),
    storesVisited: visited.size,
  };
  const manual = parseTags(c.tags ?? "[]");
  for (const label of manual)
    b.tags.push({
      customerId: c.id,
      orgId: c.orgId,
      tag: normalizeTag(label),
      label,
      source: "manual",
      rule: null,
      appliedAt: c.updatedAt ?? anchor,
    });
  for (const t of ruleTags(facts))
    b.tags.push({ customerId: c.id, orgId: c.orgId, tag: t.tag, label: t.tag, source: "rule", rule: t.rule, appliedAt: anchor - DAY });
  return b;
}

function addDevices(b: LoyaltyBundle, c: Customer, rng: Random, isOne: boolean, anchor: number): void {
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

function addPrograms(b: LoyaltyBundle, c: Customer, rng: Random, catalog: Catalog, anchor: number, isOne: boolean): void {
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

/** Who reset the lockouts the seed shows as reset on an earlier call: a rep of the customer's own org. */
const RESETTERS: Record<string, { id: string; name: string }> = {
  org_northwind: { id: "stf_ben", name: "Ben Brooks" },
  org_harbor: { id: "stf_zoe", name: "Zoe Lindqvist" },
};

const TYPOS = ["SPRNG20", "WEEKEND2", "TECH 10", "FREESHIPP", "WELCOM15", "SAVE50", "GIFT100"];

/** Claims decided by the real rules, in time order; answers whether the customer is locked out at the anchor. */
function addClaims(
  b: LoyaltyBundle,
  c: Customer,
  rng: Random,
  catalog: Catalog,
  anchor: number,
  tierAt: (at: number) => string,
  isOne: boolean,
): boolean {
  const attempts: Attempt[] = isOne
    ? CUSTOMER_ONE_STORY.attempts(anchor)
    : Array.from({ length: rng.chance(0.3) ? 0 : rng.int(1, 4) }, (): Attempt[] => {
        const channel = rng.pick(["app", "web", "in_store"] as const);
        if (rng.chance(0.25)) return [{ typed: rng.pick(TYPOS), at: anchor - rng.int(1, 200) * DAY + rng.int(13, 23) * HOUR, channel }];
        // Mostly while the code runs; now and then after it ended. Some try the same code again the next day.
        const code = rng.pick(catalog.codes.filter((x) => x.startsAt < anchor));
        const from = Math.max(code.startsAt, anchor - 200 * DAY);
        const to = Math.min(code.endsAt, anchor) - HOUR;
        const at = rng.chance(0.85) && to > from ? from + Math.floor(rng.next() * (to - from)) : code.endsAt + rng.int(1, 20) * DAY;
        const first = { typed: code.code, at: Math.min(at, anchor - HOUR), channel };
        return rng.chance(0.3) ? [first, { ...first, at: Math.min(first.at + DAY, anchor - HOUR) }] : [first];
      }).flat();
  // A few customers hammer the promo box with guesses: five misses in minutes lock them out.
  if (!isOne && rng.chance(0.06)) {
    const base = anchor - rng.int(0, 2) * DAY - rng.int(2, 20) * HOUR;
    for (let k = 0; k < 5; k++) attempts.push({ typed: rng.pick(TYPOS), at: base + k * 90_000, channel: "app" });
  }
  let state = CLEAR_LOCKOUT;
  const accepted = new Map<string, number[]>();
  for (const attempt of attempts.sort((x, y) => x.at - y.at)) {
    const row = catalog.codes.find((x) => x.code === attempt.typed.toUpperCase()) ?? null;
    const rule = row && {
      code: row.code,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      eligibleTiers: row.eligibleTiers ? (JSON.parse(row.eligibleTiers) as string[]) : null,
      limiters: JSON.parse(row.limiters ?? "[]") as Limiter[],
      timeZone: row.timeZone ?? "America/New_York",
    };
    const previous = row ? (accepted.get(row.id) ?? []) : [];
    const decision = decideClaim({ rule, tier: tierAt(attempt.at), previous, at: attempt.at, lockedOut: isLockedOut(state, attempt.at) });
    const n = b.claims.length + b.claimErrors.length + 1;
    if (decision.ok && row) {
      accepted.set(row.id, [...previous, attempt.at]);
      b.claims.push({
        id: `pcl_${c.id.slice(4)}_${n}`,
        orgId: c.orgId,
        customerId: c.id,
        promoCodeId: row.id,
        code: row.code,
        claimedAt: attempt.at,
        channel: attempt.channel,
        storeId: attempt.channel === "in_store" ? (b.customerStores[0]?.storeId ?? null) : null,
      });
    } else if (!decision.ok) {
      b.claimErrors.push({
        id: `pce_${c.id.slice(4)}_${n}`,
        orgId: c.orgId,
        customerId: c.id,
        codeTyped: attempt.typed,
        promoCodeId: row?.id ?? null,
        reason: decision.reason,
        limiter: decision.limiter,
        at: attempt.at,
        channel: attempt.channel,
      });
    }
    state = afterAttempt(state, decision.ok, attempt.at);
  }
  if (b.claimErrors.length > 0 || state.lockedAt !== null) {
    // Some lockouts were reset by a rep on an earlier call.
    const reset = !isOne && state.lockedUntil !== null && state.lockedUntil > anchor && rng.chance(0.3);
    const resetAt = reset ? Math.max(state.lockedAt ?? anchor, anchor - HOUR * 2) : state.resetAt;
    b.lockout = {
      customerId: c.id,
      orgId: c.orgId,
      failures: JSON.stringify(state.failures),
      lockedAt: state.lockedAt,
      lockedUntil: reset ? resetAt : state.lockedUntil,
      resetAt,
      resetById: reset ? RESETTERS[c.orgId]?.id : null,
      resetByName: reset ? RESETTERS[c.orgId]?.name : null,
    };
    if (reset) state = { ...state, lockedUntil: resetAt, resetAt };
  }
  return isLockedOut(state, anchor);
}

function parseTags(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
