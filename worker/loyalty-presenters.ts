// Loyalty rows as the answers present them: the tier summary and metrics, the promo panel (with
// each limiter's standing), devices masked per role, stores.
import {
  churnRisk,
  METRIC_WINDOW_DAYS,
  type MetricInputs,
  type RfmCutoffs,
  rfmScores,
  spendPropensity,
} from "../core/domain/loyalty-metrics";
import { presentField } from "../core/domain/pii";
import { describeLimiter, type Limiter, limiterAllows } from "../core/domain/promo-limits";
import { lockoutView } from "../core/domain/promo-lockout";
import type { Role } from "../core/domain/roles";
import { checkLadder, tierProgress } from "../core/domain/tiers";
import type { DeviceList, PromoPanel, StoreView } from "../core/protocol/engagement-answers";
import type { LoyaltySummary, Metrics } from "../core/protocol/loyalty-answers";
import type { CustomerRow } from "../db/repositories/customers";
import type { DeviceRow } from "../db/repositories/engagement";
import type { loyaltyRecord } from "../db/repositories/loyalty";
import { lockoutState, type promoRecord } from "../db/repositories/promos";
import type { StoreRow } from "../db/repositories/stores";

export function presentStore(s: StoreRow): StoreView {
  return {
    id: s.id,
    storeNumber: s.storeNumber,
    name: s.name,
    kind: s.kind,
    addressLine1: s.addressLine1,
    city: s.city,
    state: s.state,
    postalCode: s.postalCode,
    phone: s.phone,
    hours: s.hours,
    franchised: s.franchised,
    open24h: s.open24h,
    promotion: s.promotion,
    lat: s.lat,
    lon: s.lon,
    geofenceRadiusM: s.geofenceRadiusM,
  };
}

export function presentMetrics(inputs: MetricInputs, cutoffs: RfmCutoffs & { computedAt: number }, now: number): Metrics {
  const rfm = rfmScores(inputs, cutoffs);
  return {
    asOf: now,
    windowDays: METRIC_WINDOW_DAYS,
    inputs,
    rfm: { ...rfm, cutoffsAt: cutoffs.computedAt },
    propensity: spendPropensity(rfm, inputs),
    churn: churnRisk(rfm, inputs),
  };
}

type LoyaltyRecord = NonNullable<Awaited<ReturnType<typeof loyaltyRecord>>>;

export function presentLoyalty(customer: CustomerRow, record: LoyaltyRecord | null, metrics: Metrics): LoyaltySummary {
  const tierOf = (t: { key: string; name: string; threshold: number; benefit: string }) => ({
    key: t.key,
    name: t.name,
    threshold: t.threshold,
    benefit: t.benefit,
  });
  if (!record) {
    return {
      member: null,
      ladder: { ok: false, code: "NO_TIERS", message: "Not enrolled in a tier system" },
      summary: null,
      history: [],
      metrics,
    };
  }
  const ladder = checkLadder(record.ladder);
  const current = record.history.find((h) => h.leftAt === null) ?? null;
  const progress = ladder.ok ? tierProgress(ladder.tiers, customer.tier, record.membership.qualifyingPoints) : null;
  return {
    member: {
      loyaltyNumber: customer.loyaltyNumber,
      since: record.membership.memberSince,
      points: customer.loyaltyPoints,
      qualifyingPoints: record.membership.qualifyingPoints,
      system: {
        name: record.system.name,
        kind: record.system.kind,
        provider: record.system.provider,
        currency: record.system.currency,
        termMonths: record.system.termMonths,
      },
    },
    ladder: ladder.ok ? { ok: true, tiers: ladder.tiers.map(tierOf) } : ladder,
    summary: progress && {
      tier: tierOf(progress.current),
      enteredAt: current?.enteredAt ?? null,
      expiresAt: current?.expiresAt ?? null,
      pointsToEnter: progress.pointsToEnter,
      next: progress.next && tierOf(progress.next),
      nextStartsAt: progress.nextStartsAt,
      pointsNeeded: progress.pointsNeeded,
      pointsToKeep: progress.pointsToKeep,
      fraction: progress.fraction,
    },
    history: record.history.map((h) => ({
      id: h.id,
      tier: { key: h.key, name: h.name },
      enteredAt: h.enteredAt,
      expiresAt: h.expiresAt,
      leftAt: h.leftAt,
      reason: h.reason,
    })),
    metrics,
  };
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function presentPromos(record: Awaited<ReturnType<typeof promoRecord>>, now: number): PromoPanel {
  const limiters = record.codes.flatMap((code) => {
    const rules = parseJson<Limiter[]>(code.limiters, []);
    if (rules.length === 0) return [];
    const claims = record.claims.filter((c) => c.claim.promoCodeId === code.id).map((c) => c.claim.claimedAt);
    return [
      {
        code: code.code,
        description: code.description,
        limiters: rules.map((limiter) => ({
          kind: limiter.kind,
          text: describeLimiter(limiter),
          standing: limiterAllows(limiter, claims, now, code.timeZone)
            ? ("available" as const)
            : limiter.kind === "window"
              ? ("closed" as const)
              : ("reached" as const),
          claims: claims.length,
          refusals: record.errors.filter((e) => e.promoCodeId === code.id && e.limiter === limiter.kind).length,
        })),
      },
    ];
  });
  return {
    claims: record.claims.map(({ claim, description, storeName }) => ({
      id: claim.id,
      code: claim.code,
      description,
      claimedAt: claim.claimedAt,
      channel: claim.channel,
      storeName,
    })),
    errors: record.errors.map((e) => ({
      id: e.id,
      codeTyped: e.codeTyped,
      reason: e.reason,
      limiter: e.limiter,
      at: e.at,
      channel: e.channel,
    })),
    limiters,
    lockout: lockoutView(lockoutState(record.lockout), record.lockout?.resetByName ?? null, now),
  };
}

export function presentDevices(rows: DeviceRow[], role: Role): DeviceList {
  return {
    items: rows.map((d) => {
      const deviceId = presentField(role, "deviceId", d.deviceId);
      return {
        id: d.id,
        ...(deviceId ? { deviceId } : {}),
        platform: d.platform,
        model: d.model,
        osVersion: d.osVersion,
        appVersion: d.appVersion,
        screen: d.screen,
        notifications: d.notifications,
        firstSeenAt: d.firstSeenAt,
        lastSeenAt: d.lastSeenAt,
      };
    }),
  };
}
