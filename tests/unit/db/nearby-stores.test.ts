// The nearby-stores query on libSQL (a box on the (org, lat, lon) index, then haversine) against a
// full scan of every store measured the same way: for any centre and radius, the same stores in the
// same order; stores spread over the globe, bunched at the antimeridian and near a pole.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { nearestWithin } from "../../../core/domain/geo";
import type { Database } from "../../../db/client";
import { allStorePoints, nearbyStores } from "../../../db/repositories/stores";
import { orgs, stores } from "../../../db/schema";
import { randomStream } from "../../bench/stats";
import { openTestDatabase } from "../support/libsql";

const ORG = "org_geo";
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.insert(orgs).values({ id: ORG, name: "Geo", slug: "geo", ssoDomain: "geo.test", createdAt: 0 });
  const random = randomStream(4242);
  const place = (i: number): { lat: number | null; lon: number | null } => {
    if (i % 50 === 0) return { lat: null, lon: null }; // not geocoded
    if (i % 5 === 1) return { lat: -20 + random() * 40, lon: i % 2 ? 179 + random() : -180 + random() }; // either side of the antimeridian
    if (i % 5 === 2) return { lat: 86 + random() * 4, lon: -180 + random() * 360 }; // near the pole
    return { lat: -60 + random() * 120, lon: -180 + random() * 360 };
  };
  const rows = Array.from({ length: 3_000 }, (_, i) => ({
    id: `sto_geo_${i}`,
    orgId: ORG,
    storeNumber: `G-${i}`,
    name: `Store ${i}`,
    kind: "store" as const,
    addressLine1: "1 Main St",
    city: "Anytown",
    state: "KS",
    postalCode: "66000",
    hours: "Every day",
    ...place(i),
  }));
  for (let i = 0; i < rows.length; i += 200) await db.insert(stores).values(rows.slice(i, i + 200));
});

const scaled = (min: number, max: number, by: number) => fc.integer({ min, max }).map((n) => n / by);

describe("nearby stores on libSQL", () => {
  it("finds exactly what a full scan finds, nearest first, for any centre and radius (property)", async () => {
    const all = await allStorePoints(db, ORG);
    expect(all).toHaveLength(3_000);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ lat: scaled(-20_000, 20_000, 1_000), lon: fc.constantFrom(179.95, -179.95, 180, -180) }),
          fc.record({ lat: scaled(85_000, 90_000, 1_000), lon: scaled(-180_000, 180_000, 1_000) }),
          fc.record({ lat: scaled(-60_000, 60_000, 1_000), lon: scaled(-180_000, 180_000, 1_000) }),
        ),
        scaled(10, 1_500, 1),
        fc.integer({ min: 1, max: 40 }),
        async (center, radius, limit) => {
          const found = await nearbyStores(db, ORG, center, radius, limit);
          const scan = nearestWithin(center, all, radius, limit);
          expect(found.stores.map((s) => s.id)).toEqual(scan.map((s) => s.id));
          for (const s of found.stores) expect(s.miles).toBeLessThanOrEqual(radius);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays inside its org", async () => {
    const found = await nearbyStores(db, "org_elsewhere", { lat: 0, lon: 180 }, 1_500, 10);
    expect(found.stores).toEqual([]);
    await db.delete(stores).where(eq(stores.id, "nothing"));
  });
});
