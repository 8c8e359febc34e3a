// One customer's loyalty story: membership and tier history, purchases, check-ins and achievements,
// stores, tags; devices and programs (loyalty-programs.ts) and promo claims (loyalty-claims.ts).
import { haversineMiles, isValidPoint } from "../../core/domain/geo";
import { normalizeTag, ruleTags } from "../../core/domain/tag-rules";
import { DAY } from "./bundle";
import type { Customer, LoyaltyBundle } from "./loyalty-bundle";
import type { Catalog } from "./loyalty-catalog";
import { addClaims } from "./loyalty-claims";
import { CUSTOMER_ONE_STORY } from "./loyalty-one";
import { addDevices, addPrograms } from "./loyalty-programs";
import * as words from "./loyalty-words";
import type { Random } from "./random";

export type { LoyaltyBundle } from "./loyalty-bundle";

const HOUR = 3_600_000;
const RATES: Record<string, number> = { bronze: 1, silver: 1.25, gold: 1.5, platinum: 2 };

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
