// The metric inputs as the database aggregates them (db/repositories/metrics.ts), on libSQL (unit
// layer) and D1 (workers layer) alike, since D1 maps a batch's rows by column name: a hand-placed story of purchases, check-ins, an achievement and devices, and the figures a person
// counts from it by the rules in core/domain/loyalty-metrics.ts (a year of purchases; check-ins in
// 30 days; visits in the last 90 days and the 90 before; last activity is a purchase or check-in).
// The Loyalty tab's one-batch read must give the same figures, and nothing for another org.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { loyaltyTabRead } from "../../db/repositories/loyalty-tab";
import { metricInputs } from "../../db/repositories/metrics";
import { customerDevices, customers, engagementEvents, loyaltyTransactions, orgs } from "../../db/schema";

const ORG = "org_metrics";
const NOW = Date.UTC(2026, 10, 2, 15);
const DAY = 86_400_000;
const ago = (days: number) => NOW - days * DAY;

const customer = (id: string) => ({
  id,
  orgId: ORG,
  firstName: "Test",
  lastName: id,
  fullName: `Test ${id}`,
  phone: "(555) 010-0000",
  phoneDigits: "15550100000",
  createdAt: ago(500),
  updatedAt: ago(500),
});
const purchase = (id: string, customerId: string, days: number, totalCents: number) => ({
  id,
  orgId: ORG,
  customerId,
  at: ago(days),
  channel: "in_store" as const,
  items: 1,
  subtotalCents: totalCents,
  totalCents,
  tierKey: "silver",
});
const event = (id: string, customerId: string, days: number, kind: "checkin" | "achievement" = "checkin") => ({
  id,
  orgId: ORG,
  customerId,
  kind,
  name: kind === "checkin" ? "app" : "First visit",
  at: ago(days),
});
const device = (id: string, customerId: string, notifications: boolean) => ({
  id,
  orgId: ORG,
  customerId,
  deviceId: `DEV${id}`,
  platform: "ios" as const,
  model: "iPhone",
  osVersion: "18.1",
  screen: "1170x2532",
  notifications,
  firstSeenAt: ago(300),
  lastSeenAt: ago(1),
});

export function describeMetricInputsContract(driver: string, open: () => Promise<Database>) {
  describe(`metric inputs on ${driver}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await open();
      await db.insert(orgs).values({ id: ORG, name: "Metrics", slug: "metrics", ssoDomain: "metrics.test", createdAt: 0 });
      await db.insert(customers).values([customer("cus_busy"), customer("cus_lapsed"), customer("cus_new")]);
      await db.insert(loyaltyTransactions).values([
        purchase("t1", "cus_busy", 10, 5_000),
        purchase("t2", "cus_busy", 100, 2_500),
        purchase("t3", "cus_busy", 200, 1_000),
        purchase("t4", "cus_busy", 400, 9_999), // older than a year: no RFM figure counts it
        purchase("t5", "cus_lapsed", 400, 7_000),
      ]);
      await db
        .insert(engagementEvents)
        .values([
          event("e1", "cus_busy", 3),
          event("e2", "cus_busy", 29),
          event("e3", "cus_busy", 31),
          event("e4", "cus_busy", 95),
          event("e5", "cus_busy", 1, "achievement"),
        ]);
      await db
        .insert(customerDevices)
        .values([device("d1", "cus_busy", false), device("d2", "cus_lapsed", false), device("d3", "cus_lapsed", true)]);
    });

    // Counted by hand from the rows above.
    const expected = {
      cus_busy: {
        daysSinceLastPurchase: 10,
        purchases365: 3, // 10, 100 and 200 days ago
        spend365Cents: 8_500, // 5,000 + 2,500 + 1,000
        checkins30: 2, // 3 and 29 days ago
        daysSinceLastActivity: 3, // the check-in; the achievement a day ago is not a visit
        visitsLast90: 4, // the purchase 10 days ago and the check-ins 3, 29 and 31 days ago
        visitsPrior90: 2, // the purchase 100 days ago and the check-in 95 days ago
        reachable: false, // its one device has notifications off
      },
      cus_lapsed: {
        daysSinceLastPurchase: null,
        purchases365: 0,
        spend365Cents: 0,
        checkins30: 0,
        daysSinceLastActivity: 400,
        visitsLast90: 0,
        visitsPrior90: 0,
        reachable: true,
      },
      cus_new: {
        daysSinceLastPurchase: null,
        purchases365: 0,
        spend365Cents: 0,
        checkins30: 0,
        daysSinceLastActivity: null,
        visitsLast90: 0,
        visitsPrior90: 0,
        reachable: false,
      },
    };

    describe("metric inputs from a customer's activity", () => {
      for (const [id, inputs] of Object.entries(expected))
        it(`${id}: as counted by hand`, async () => {
          expect(await metricInputs(db, id, NOW)).toEqual(inputs);
        });
    });

    describe("the Loyalty tab's one-batch read", () => {
      const read = (orgId: string, customerId: string) =>
        loyaltyTabRead(db, { orgId, customerId, staffId: "stf_nobody", viewedSince: ago(1), now: NOW });

      it("gives the same inputs, no tier record for a customer in no tier system, and no recent visit", async () => {
        const got = await read(ORG, "cus_busy");
        expect(got?.customer.id).toBe("cus_busy");
        expect(got?.inputs).toEqual(expected.cus_busy);
        expect(got?.record).toBeNull();
        expect(got?.viewedRecently).toBe(false);
        expect(got?.storedCutoffs).toBeUndefined();
      });

      it("finds nothing of a customer in another org", async () => {
        expect(await read("org_elsewhere", "cus_busy")).toBeNull();
      });
    });
  });
}
