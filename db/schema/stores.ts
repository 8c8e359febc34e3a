// Stores and geofences of an org (with coordinates for "nearby"), the stores tied to each customer,
// and each customer's geocoded home (PII: used to measure distances, never sent).
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs } from "./org";

export const stores = sqliteTable(
  "stores",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    /** The number staff and customers use, e.g. "NW-0142". */
    storeNumber: text("store_number").notNull(),
    name: text("name").notNull(),
    /** A store, or a geofence (a mall, a stadium) where check-ins count. */
    kind: text("kind", { enum: ["store", "geofence"] }).notNull(),
    addressLine1: text("address_line1").notNull(),
    city: text("city").notNull(),
    state: text("state").notNull(),
    postalCode: text("postal_code").notNull(),
    phone: text("phone"),
    /** Opening hours as people read them, e.g. "Mon–Sat 9 am–9 pm · Sun 11 am–6 pm". */
    hours: text("hours").notNull(),
    franchised: integer("franchised", { mode: "boolean" }).notNull().default(false),
    open24h: integer("open_24h", { mode: "boolean" }).notNull().default(false),
    /** A program or promotion the store takes part in. */
    promotion: text("promotion"),
    /** WGS84 degrees; null when the store has not been geocoded (it then has no distance). */
    lat: real("lat"),
    lon: real("lon"),
    geofenceRadiusM: integer("geofence_radius_m"),
  },
  // The nearby query's box: a latitude range on this index, longitude checked from it too.
  (t) => [index("stores_org_lat_lon_idx").on(t.orgId, t.lat, t.lon), index("stores_org_number_idx").on(t.orgId, t.storeNumber)],
);

export const customerStores = sqliteTable(
  "customer_stores",
  {
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    storeId: text("store_id")
      .notNull()
      .references(() => stores.id),
    /** home: where the account was opened; frequent: visited often; recent: last visit. */
    relation: text("relation", { enum: ["home", "frequent", "recent"] }).notNull(),
    visits: integer("visits").notNull().default(0),
    lastVisitAt: integer("last_visit_at"),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.storeId] })],
);

/** contact PII: the customer's home address as coordinates. Distances from it are shown only to roles that see the address in full. */
export const customerGeo = sqliteTable("customer_geo", {
  customerId: text("customer_id")
    .primaryKey()
    .references(() => customers.id),
  lat: real("lat").notNull(),
  lon: real("lon").notNull(),
  geocodedAt: integer("geocoded_at").notNull(),
});
