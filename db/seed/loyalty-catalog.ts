// An org's loyalty catalog for the demo: stores and geofences around its cities (two not geocoded
// yet), its tier system, campaigns, incentives and promo codes.
import type { Limiter } from "../../core/domain/promo-limits";
import type * as schema from "../schema";
import { DAY, type Row } from "./bundle";
import * as words from "./loyalty-words";
import { createRandom } from "./random";

export interface Catalog {
  orgId: string;
  /** The org's id prefix: "nw", "hb". */
  key: string;
  stores: Row<typeof schema.stores>[];
  system: Row<typeof schema.tierSystems>;
  tiers: Row<typeof schema.tiers>[];
  campaigns: Row<typeof schema.campaigns>[];
  incentives: Row<typeof schema.incentives>[];
  codes: Row<typeof schema.promoCodes>[];
}

const LADDERS = {
  org_northwind: {
    system: { name: "Northwind Rewards", kind: "own" as const, provider: null },
    thresholds: [0, 2_500, 6_000, 12_000],
  },
  org_harbor: {
    system: { name: "Harbor Perks", kind: "third_party" as const, provider: "Loyalix" },
    thresholds: [0, 1_000, 3_000, 7_500],
  },
};
const TIER_NAMES = ["bronze", "silver", "gold", "platinum"] as const;
const BENEFITS = [
  "1 point per $1",
  "1.25 points per $1 and free delivery",
  "1.5 points per $1, free delivery and a birthday reward",
  "2 points per $1, free delivery and setup, and a dedicated phone line",
];
const WEEKENDS: Limiter = { kind: "window", days: [0, 6], startMinute: 9 * 60, endMinute: 21 * 60 };

export function buildCatalog(orgId: "org_northwind" | "org_harbor", seed: string, anchor: number): Catalog {
  const key = orgId === "org_northwind" ? "nw" : "hb";
  const rng = createRandom(`${seed}:${orgId}:catalog`, 1);
  const cities = orgId === "org_northwind" ? Object.keys(words.CITY_CENTRES) : ["Newark", "Richmond", "Charlotte"];
  const stores: Row<typeof schema.stores>[] = [];
  cities.forEach((city, c) => {
    const centre = words.CITY_CENTRES[city];
    if (!centre) return;
    const count = orgId === "org_northwind" ? 5 : 3;
    for (let s = 0; s < count + 1; s++) {
      const n = stores.length + 1;
      const geofence = s === count;
      const open24h = !geofence && rng.chance(0.12);
      // Two stores opened this month have no coordinates yet: they show without a distance.
      const geocoded = !(orgId === "org_northwind" && (n === 7 || n === 31));
      stores.push({
        id: `sto_${key}_${String(n).padStart(3, "0")}`,
        orgId,
        storeNumber: `${key.toUpperCase()}-${String(100 + n).padStart(4, "0")}`,
        name: geofence
          ? `${city} ${rng.pick(words.MALLS)}`
          : `${orgId === "org_northwind" ? "Northwind" : "Harbor Home"} ${city} ${words.NEIGHBOURHOODS[(s + c) % words.NEIGHBOURHOODS.length]}`,
        kind: geofence ? "geofence" : "store",
        addressLine1: `${rng.int(100, 9800)} ${rng.pick(words.STORE_STREETS)}`,
        city,
        state: centre.state,
        postalCode: `${centre.zip}${String(rng.int(1, 99)).padStart(2, "0")}`,
        phone: geofence ? null : `(${centre.phoneArea}) 555-${String(rng.int(100, 199)).padStart(4, "0")}`,
        hours: open24h ? words.OPEN_24_HOURS : rng.pick(words.HOURS),
        franchised: !geofence && rng.chance(0.3),
        open24h,
        promotion: rng.chance(0.35) ? rng.pick(words.STORE_PROMOTIONS) : null,
        lat: geocoded ? round(centre.lat + (rng.next() - 0.5) * 0.3) : null,
        lon: geocoded ? round(centre.lon + (rng.next() - 0.5) * 0.3) : null,
        geofenceRadiusM: geofence ? rng.int(3, 8) * 100 : null,
      });
    }
  });
  const ladder = LADDERS[orgId];
  const system = { id: `tsy_${key}`, orgId, ...ladder.system, currency: "points", termMonths: 12 };
  const tiers = TIER_NAMES.map((name, i) => ({
    id: `tir_${key}_${name}`,
    systemId: system.id,
    key: name,
    name: name[0]?.toUpperCase() + name.slice(1),
    rank: i + 1,
    threshold: ladder.thresholds[i] ?? 0,
    benefit: BENEFITS[i] ?? "",
  }));
  const at = (days: number) => anchor + days * DAY;
  const campaigns = words.CAMPAIGNS.map((c) => ({
    id: `cmp_${key}_${c.key}`,
    orgId,
    name: c.name,
    channel: c.channel,
    startsAt: at(c.start),
    endsAt: at(c.end),
    audience: c.audience,
    goal: c.goal,
    summary: c.summary,
    ownerName: c.owner,
  }));
  const incentives = words.INCENTIVES.map((i) => ({
    id: `inc_${key}_${i.key}`,
    orgId,
    campaignId: i.campaign ? `cmp_${key}_${i.campaign}` : null,
    name: i.name,
    kind: i.kind,
    value: i.value,
    requirement: i.requirement,
    startsAt: at(-90),
    endsAt: at(60),
  }));
  const code = (
    code: string,
    campaign: string | null,
    description: string,
    start: number,
    end: number,
    limiters: Limiter[],
    tiers?: string[],
  ) => ({
    id: `prc_${key}_${code.toLowerCase()}`,
    orgId,
    code,
    description,
    campaignId: campaign ? `cmp_${key}_${campaign}` : null,
    startsAt: at(start),
    endsAt: at(end),
    eligibleTiers: tiers ? JSON.stringify(tiers) : null,
    limiters: JSON.stringify(limiters),
    timeZone: "America/New_York",
  });
  const codes = [
    code("SPRING20", "spring", "20% off home accessories", -40, 20, [{ kind: "once_per_customer" }]),
    code("WEEKEND2X", "gold", "Double points on weekends", -10, 30, [WEEKENDS], ["gold", "platinum"]),
    code("TECH10", "tech", "$10 off electronics", -120, 60, [{ kind: "per_day", max: 2 }]),
    code("LAYAWAY5", "layaway", "$5 off the first layaway payment", -400, -330, [{ kind: "once_per_customer" }]),
    code("WELCOME15", "winback", "15% off your next purchase", -30, 60, [{ kind: "once_per_customer" }]),
    code("APPCHECKIN", "app", "A surprise reward for checking in", -90, 90, [{ kind: "per_day", max: 1 }]),
    code("FREESHIP", null, "Free shipping on online orders", -365, 365, []),
    code("TIRES50", "tires", "$50 off a set of four tires", 10, 40, [{ kind: "once_per_customer" }]),
  ];
  return { orgId, key, stores, system, tiers, campaigns, incentives, codes };
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
