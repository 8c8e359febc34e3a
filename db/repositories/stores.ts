// Stores: nearby ones by distance (a box on the (org, lat, lon) index, then exact haversine), the
// stores tied to a customer, and the customer's geocoded home.
import { and, asc, between, eq, isNull, or, sql } from "drizzle-orm";
import { boundingBoxes, nearestWithin, type Point } from "../../core/domain/geo";
import type { Database } from "../client";
import { customerGeo, customerStores, stores } from "../schema";

export type StoreRow = typeof stores.$inferSelect;

/** Stores within `radiusMiles` of `center`, nearest first, each with its distance in miles. */
export async function nearbyStores(
  db: Database,
  orgId: string,
  center: Point,
  radiusMiles: number,
  limit: number,
): Promise<{ stores: (StoreRow & { miles: number })[]; candidates: number }> {
  const boxes = boundingBoxes(center, radiusMiles);
  const inBoxes = or(...boxes.map((box) => and(between(stores.lat, box.minLat, box.maxLat), between(stores.lon, box.minLon, box.maxLon))));
  const candidates = await db
    .select()
    .from(stores)
    .where(and(eq(stores.orgId, orgId), inBoxes));
  return { stores: nearestWithin(center, candidates, radiusMiles, limit), candidates: candidates.length };
}

/**
 * Every store's coordinates in the org, read without the coordinate index: the full scan the
 * nearby query is measured against (bench), and the reference its property test compares with.
 */
export async function allStorePoints(db: Database, orgId: string): Promise<{ id: string; lat: number | null; lon: number | null }[]> {
  return db.all(sql`SELECT id, lat, lon FROM stores NOT INDEXED WHERE org_id = ${orgId}`);
}

export async function findStore(db: Database, orgId: string, storeId: string): Promise<StoreRow | null> {
  const [row] = await db
    .select()
    .from(stores)
    .where(and(eq(stores.orgId, orgId), eq(stores.id, storeId)))
    .limit(1);
  return row ?? null;
}

/** The customer's stores (home, frequent, recent) with the store's details. */
export async function customerStoreList(db: Database, customerId: string) {
  return (
    db
      .select({ relation: customerStores.relation, visits: customerStores.visits, lastVisitAt: customerStores.lastVisitAt, store: stores })
      .from(customerStores)
      .innerJoin(stores, eq(stores.id, customerStores.storeId))
      .where(eq(customerStores.customerId, customerId))
      // home first, then frequent, then a recent visit
      .orderBy(sql`CASE ${customerStores.relation} WHEN 'home' THEN 0 WHEN 'frequent' THEN 1 ELSE 2 END`, asc(stores.storeNumber))
  );
}

/** How many of the org's stores have no coordinates (they can have no distance). */
export async function storesWithoutCoordinates(db: Database, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(stores)
    .where(and(eq(stores.orgId, orgId), or(isNull(stores.lat), isNull(stores.lon))));
  return row?.n ?? 0;
}

/** The customer's home as coordinates (contact PII: never sent, only measured from). */
export async function customerHome(db: Database, customerId: string): Promise<Point | null> {
  const [row] = await db
    .select({ lat: customerGeo.lat, lon: customerGeo.lon })
    .from(customerGeo)
    .where(eq(customerGeo.customerId, customerId));
  return row ?? null;
}

/** A check-in or purchase at a store: the customer's tie to it gains a visit. */
export function visitStore(db: Database, customerId: string, storeId: string, at: number) {
  return db
    .insert(customerStores)
    .values({ customerId, storeId, relation: "recent", visits: 1, lastVisitAt: at })
    .onConflictDoUpdate({
      target: [customerStores.customerId, customerStores.storeId],
      set: { visits: sql`${customerStores.visits} + 1`, lastVisitAt: at },
    });
}
